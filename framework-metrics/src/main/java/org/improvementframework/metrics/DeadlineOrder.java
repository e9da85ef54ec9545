package org.improvementframework.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts dated milestones in deadline order, ties in the order given: what a stable sort by
 * deadline gives, in time linear in the milestones where the deadlines span few days.
 */
final class DeadlineOrder {

  private static final Comparator<DatedMilestone> BY_DEADLINE =
      (a, b) -> a.deadline().compareTo(b.deadline());

  private DeadlineOrder() {}

  /**
   * Sorts milestones by deadline, earliest first; equal deadlines keep their order.
   *
   * <p>A report's deadlines lie within a few years, so they are counted into one slot per day
   * (a stable counting sort): a comparison sort's log n steps per milestone, each a comparison of
   * two dates elsewhere in the heap, were what grew with the size of a plan. Deadlines that span
   * many more days than there are milestones are sorted by comparison instead.
   *
   * @param list the milestones; not null
   * @return the milestones in deadline order; a new list, whose elements may be set
   */
  static List<DatedMilestone> sorted(List<DatedMilestone> list) {
    Gathered g = new Gathered();
    g.addAll(list);
    return g.sorted();
  }

  /**
   * Milestones gathered in plan order with their deadlines as epoch days, read as each one is
   * added: a report adds an action's milestones just after judging them, while they are in cache,
   * so that the sort does not visit every milestone's date again once it has left the cache.
   */
  static final class Gathered {
    private final List<DatedMilestone> list = new ArrayList<>();
    private long[] days = new long[16];

    /** Adds milestones, after those added before. */
    void addAll(List<DatedMilestone> more) {
      int n = list.size();
      if (n + more.size() > days.length) {
        days = Arrays.copyOf(days, Math.max(2 * days.length, n + more.size()));
      }
      for (DatedMilestone d : more) {
        days[n++] = d.deadline().toEpochDay();
      }
      list.addAll(more);
    }

    /** Sorts what was added, as {@link DeadlineOrder#sorted(List)} describes. */
    List<DatedMilestone> sorted() {
      return DeadlineOrder.sorted(list, days);
    }
  }

  private static List<DatedMilestone> sorted(List<DatedMilestone> list, long[] days) {
    int n = list.size();
    if (n < 2) {
      return new ArrayList<>(list);
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, days[i]);
      max = Math.max(max, days[i]);
    }
    long span = max - min + 1;
    if (span > 4L * n + 4096) {
      List<DatedMilestone> out = new ArrayList<>(list);
      out.sort(BY_DEADLINE);
      return out;
    }
    int[] start = new int[(int) span + 1];
    for (int i = 0; i < n; i++) {
      start[(int) (days[i] - min) + 1]++;
    }
    for (int s = 1; s < start.length; s++) {
      start[s] += start[s - 1];
    }
    DatedMilestone[] out = new DatedMilestone[n];
    for (int i = 0; i < n; i++) {
      out[start[(int) (days[i] - min)]++] = list.get(i);
    }
    return Arrays.asList(out);
  }
}
