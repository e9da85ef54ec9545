package org.improvementframework.model;

/**
 * The number of examples a property draws: its own where nothing is said, or the {@code
 * QT_EXAMPLES} system property, which QuickTheories itself reads for properties that name no
 * number. The mutation runs set it low, since they run each property once per mutant.
 */
final class Examples {

  private Examples() {}

  /** Returns {@code QT_EXAMPLES} if it is set, else the usual number of examples. */
  static int orUsual(int usual) {
    return Integer.getInteger("QT_EXAMPLES", usual);
  }
}
