package org.improvementframework.metrics;

/**
 * The state of a milestone as of a date.
 */
public enum MilestoneState {
  /** Its status says it is done (complete or ongoing). */
  COMPLETE,
  /** Not done, and its deadline is before the as-of date. */
  OVERDUE,
  /** Not done, and its deadline falls within the due window from the as-of date. */
  DUE,
  /** Not done, and its deadline is beyond the due window. */
  NOT_DUE,
  /** Not done, and it has no deadline: to be confirmed, an open start, unrecognised or none. */
  UNDATED
}
