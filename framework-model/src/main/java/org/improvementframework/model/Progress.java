package org.improvementframework.model;

/**
 * How far a milestone has got, read from the words of its status (see {@link Status} for how
 * words are read).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Progress {
  /** Nothing has started yet. */
  NOT_STARTED,
  /** Work is under way. */
  IN_PROGRESS,
  /** The milestone is done. */
  COMPLETE,
  /** Done once and continuing as routine work ("Completed- ongoing monthly reviewing"). */
  ONGOING,
  /** No status was written. */
  NOT_REPORTED;

  /**
   * Checks whether this progress counts as done: {@link #COMPLETE} or {@link #ONGOING}.
   *
   * @return true if the milestone is done
   */
  public boolean isDone() {
    return this == COMPLETE || this == ONGOING;
  }
}
