package org.improvementframework.io.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.model.Milestone;

/**
 * The milestones read for one action, in the order of their rows, with the row each came from,
 * for the message about a duplicate.
 *
 * <p>It replaces a map keyed by reference with an entry and a record per milestone, all kept
 * alive until the plan is built: at 10^6 milestones the collector copied them with the plan.
 * An action has a few milestones, so a duplicate is found by scanning their numbers; an index
 * is made only for an action with many. Not thread-safe.
 */
final class MilestoneRows {

  /** Above this many milestones, numbers are looked up in an index instead of scanned. */
  static final int SCANNED = 16;

  // Two arrays, no list: a list and an array of numbers per action stayed alive, and were
  // copied by the collector, for as long as the plan was read. The numbers are the milestones'.
  private Milestone[] milestones = new Milestone[8];
  private long[] rows = new long[8];
  private int size;
  private Map<Integer, Integer> index;

  /**
   * Gets the row of the milestone with a number, if one was added.
   *
   * @param number the milestone's number within its action
   * @return the row it was read from, or -1 if none was added
   */
  long rowOf(int number) {
    if (index != null) {
      Integer at = index.get(number);
      return at == null ? -1 : rows[at];
    }
    for (int i = 0; i < size; i++) {
      if (milestones[i].ref().number() == number) {
        return rows[i];
      }
    }
    return -1;
  }

  /**
   * Adds a milestone, whose number must not have been added before ({@link #rowOf} tells).
   *
   * @param milestone the milestone
   * @param row the row it was read from
   */
  void add(Milestone milestone, long row) {
    int i = size;
    if (i == milestones.length) {
      milestones = Arrays.copyOf(milestones, i * 2);
      rows = Arrays.copyOf(rows, i * 2);
    }
    milestones[i] = milestone;
    rows[i] = row;
    size = i + 1;
    if (index != null) {
      index.put(milestone.ref().number(), i);
    } else if (size > SCANNED) {
      index = new HashMap<>();
      for (int k = 0; k < size; k++) {
        index.put(milestones[k].ref().number(), k);
      }
    }
  }

  /**
   * Gets the milestones in the order added.
   *
   * @return the milestones, a view of this object's array; not null
   */
  List<Milestone> milestones() {
    return Arrays.asList(milestones).subList(0, size);
  }
}
