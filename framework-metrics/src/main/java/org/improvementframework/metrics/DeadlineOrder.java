package org.improvementframework.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * Puts a report's overdue or due milestones in deadline order, ties in the order gathered: what
 * a stable sort by deadline gives, in time linear in the milestones where the deadlines span few
 * days.
 */
final class DeadlineOrder {

  private DeadlineOrder() {}

  /**
   * Milestones gathered in plan order, each as the index of its action's facts, its position in
   * the action and its deadline as an epoch day, read as it is added: a report adds an action's
   * milestones just after judging them, while they are in cache, so that the sort does not visit
   * every milestone's date again once it has left the cache.
   */
  static final class Gathered {
    private int size;
    private int[] factAt = new int[16];
    private int[] positions = new int[16];
    private long[] days = new long[16];

    /** Adds one milestone, after those added before. */
    void add(int fact, int position, long day) {
      if (size == days.length) {
        int grown = 2 * size;
        factAt = Arrays.copyOf(factAt, grown);
        positions = Arrays.copyOf(positions, grown);
        days = Arrays.copyOf(days, grown);
      }
      factAt[size] = fact;
      positions[size] = position;
      days[size++] = day;
    }

    /** Puts what was added in deadline order, as a list of the facts' milestones. */
    List<DatedMilestone> sorted(List<ActionFacts> facts) {
      int[] order = order(days, size);
      int[] f = new int[size];
      int[] p = new int[size];
      for (int i = 0; i < size; i++) {
        f[i] = factAt[order[i]];
        p[i] = positions[order[i]];
      }
      return DatedList.ofReport(facts, f, p);
    }
  }

  /**
   * Gives the order of the first {@code n} days, earliest first; equal days keep their order.
   *
   * <p>A report's deadlines lie within a few years, so they are counted into one slot per day
   * (a stable counting sort): a comparison sort's log n steps per milestone were what grew with
   * the size of a plan. Days that span many more days than there are milestones are sorted by
   * comparison instead.
   *
   * @param days the days; not null
   * @param n how many of them to order
   * @return the indexes of the days in order; a new array of n
   */
  static int[] order(long[] days, int n) {
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, days[i]);
      max = Math.max(max, days[i]);
    }
    long span = max - min + 1;
    if (span > 4L * n + 4096) {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (a, b) -> Long.compare(days[a], days[b]));
      for (int i = 0; i < n; i++) {
        out[i] = boxed[i];
      }
      return out;
    }
    int[] start = new int[(int) span + 1];
    for (int i = 0; i < n; i++) {
      start[(int) (days[i] - min) + 1]++;
    }
    for (int s = 1; s < start.length; s++) {
      start[s] += start[s - 1];
    }
    for (int i = 0; i < n; i++) {
      out[start[(int) (days[i] - min)]++] = i;
    }
    return out;
  }
}
