package org.improvementframework.metrics.rules;

/**
 * How serious a finding is.
 */
public enum Severity {
  /** The plan is wrong or cannot be judged here: a missing reference, a cycle. */
  ERROR,
  /** The plan is weak here: something a board would ask about. */
  WARNING,
  /** Worth knowing, no action needed. */
  INFO
}
