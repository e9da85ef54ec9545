package org.improvementframework.history;

import java.util.List;
import java.util.Objects;
import org.improvementframework.model.MilestoneRef;

/**
 * How a milestone's deadline moved across the history: each move, in date order. Deadlines are
 * compared as {@link org.improvementframework.metrics.slippage.Slippage} compares them, both as
 * of the later report's date, so a recurring target whose text did not change never moves.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ref the milestone; not null
 * @param moves the moves, in date order; not null
 */
public record DeadlineHistory(MilestoneRef ref, List<DeadlineMove> moves) {

  /**
   * Checks and copies the parts.
   *
   * @param ref the milestone; not null
   * @param moves the moves; not null, no null elements
   * @throws NullPointerException if a part is null
   */
  public DeadlineHistory {
    Objects.requireNonNull(ref, "ref");
    moves = List.copyOf(moves);
  }

  /**
   * Counts the moves.
   *
   * @return how many times the deadline moved, 0 or more
   */
  public int count() {
    return moves.size();
  }

  /**
   * Adds up the moves: how far the deadline is now from where it first was.
   *
   * @return the net number of days, positive when later
   */
  public long netDays() {
    return moves.stream().mapToLong(DeadlineMove::days).sum();
  }

  /**
   * Adds up the moves later, ignoring those earlier: the slippage a board asks about.
   *
   * @return the number of days, 0 or more
   */
  public long daysLater() {
    return moves.stream().mapToLong(DeadlineMove::days).filter(d -> d > 0).sum();
  }
}
