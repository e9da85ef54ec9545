package org.improvementframework.metrics.slippage;

/**
 * What changed between two reports.
 */
public enum ChangeKind {
  /** An area, action or milestone appears that the earlier report did not have. */
  ADDED,
  /** An area, action or milestone of the earlier report is gone. */
  REMOVED,
  /** A milestone's deadline moved later: slippage. */
  DEADLINE_LATER,
  /** A milestone's deadline moved earlier. */
  DEADLINE_EARLIER,
  /** A milestone's deadline appeared or disappeared (a date became TBC, or TBC became a date). */
  DEADLINE_SET_OR_CLEARED,
  /** A milestone's progress went backwards, such as complete to in progress. */
  STATUS_BACKWARDS,
  /** A milestone's progress went forwards. */
  STATUS_FORWARDS,
  /** An action's reported RAG rating got worse. */
  RAG_WORSENED,
  /** An action's reported RAG rating got better. */
  RAG_IMPROVED,
  /** Text changed with no change of meaning above: a description, title, lead, resolution,
   *  the words of a target or status. */
  TEXT_CHANGED
}
