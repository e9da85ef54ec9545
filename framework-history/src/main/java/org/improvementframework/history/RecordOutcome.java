package org.improvementframework.history;

/**
 * What recording a plan did.
 */
public enum RecordOutcome {
  /** The plan was new for its date and is now recorded. */
  RECORDED,
  /** The same plan (the same canonical JSON) was already recorded for its date: nothing done. */
  UNCHANGED
}
