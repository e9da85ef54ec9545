package org.improvementframework.metrics.casework;

import org.improvementframework.model.DateRange;

/** Checks that two accumulators may be merged. */
final class Merging {

  private Merging() {}

  static void samePeriod(DateRange mine, DateRange theirs) {
    if (!mine.equals(theirs)) {
      throw new IllegalArgumentException(
          "cannot merge calculators of different periods: " + mine + " and " + theirs);
    }
  }
}
