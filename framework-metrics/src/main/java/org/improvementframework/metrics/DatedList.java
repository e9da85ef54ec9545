package org.improvementframework.metrics;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An overdue or due list as a view of the judgements kept in {@link ActionFacts}: positions of
 * milestones (and, for a report's list, of their actions' facts), each entry made when asked.
 * A report keeps 4 or 8 bytes for a listed milestone instead of a {@link DatedMilestone} of 32
 * and its slot in a list; a 10^6-milestone report was copied by young collections while it was
 * built, and the smaller it is, the less is copied.
 *
 * <p>This class is immutable and thread-safe; entries are equal, not identical, from call to
 * call.
 */
final class DatedList extends AbstractList<DatedMilestone> implements RandomAccess {

  private final ActionFacts single;
  private final List<ActionFacts> facts;
  private final int[] factAt;
  private final int[] positions;
  private final int from;
  private final int size;

  private DatedList(
      ActionFacts single,
      List<ActionFacts> facts,
      int[] factAt,
      int[] positions,
      int from,
      int to) {
    this.single = single;
    this.facts = facts;
    this.factAt = factAt;
    this.positions = positions;
    this.from = from;
    this.size = to - from;
  }

  /** A list of one action's milestones at {@code positions[from..to)}. */
  static DatedList ofAction(ActionFacts facts, int[] positions, int from, int to) {
    return new DatedList(facts, null, null, positions, from, to);
  }

  /** A list of the milestones of {@code facts.get(factAt[i])} at {@code positions[i]}. */
  static DatedList ofReport(List<ActionFacts> facts, int[] factAt, int[] positions) {
    return new DatedList(null, facts, factAt, positions, 0, positions.length);
  }

  @Override
  public DatedMilestone get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of a list of " + size);
    }
    int i = from + index;
    ActionFacts f = single != null ? single : facts.get(factAt[i]);
    return f.dated(positions[i]);
  }

  @Override
  public int size() {
    return size;
  }
}
