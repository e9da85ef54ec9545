package org.improvementframework.metrics.indicators;

/**
 * Which way an indicator moved between two observations, taking its polarity into account.
 */
public enum DirectionOfTravel {
  /** Moved the better way for its polarity. */
  IMPROVING,
  /** Moved the worse way for its polarity. */
  WORSENING,
  /** Moved by no more than the no-change threshold. */
  NO_CHANGE,
  /** Moved, but its polarity is neutral, so neither way is better. */
  CHANGED,
  /** Fewer than two observations, or one of the two is not a number (suppressed, missing). */
  INSUFFICIENT_DATA
}
