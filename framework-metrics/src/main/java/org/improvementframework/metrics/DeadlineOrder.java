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
    int n = list.size();
    if (n < 2) {
      return new ArrayList<>(list);
    }
    long[] days = new long[n];
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long d = list.get(i).deadline().toEpochDay();
      days[i] = d;
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    long span = max - min + 1;
    if (span > 4L * n + 4096) {
      List<DatedMilestone> out = new ArrayList<>(list);
      out.sort(BY_DEADLINE);
      return out;
    }
    int[] start = new int[(int) span + 1];
    for (long d : days) {
      start[(int) (d - min) + 1]++;
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
