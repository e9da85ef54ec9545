package org.improvementframework.model;

import java.util.List;

/** The invariants that tie a target's periods and recurrence to its kind. */
final class TargetChecks {

  private TargetChecks() {}

  static void check(Target t) {
    List<DateRange> periods = t.periods();
    TargetKind kind = t.kind();
    if (kind == TargetKind.NONE) {
      require(t, t.text().isBlank(), "text must be blank for kind NONE");
    } else {
      require(t, !t.text().isBlank(), "text must not be blank for this kind");
    }
    require(
        t,
        t.recurrence().isPresent() == (kind == TargetKind.RECURRING),
        "a recurrence is present exactly when the kind is RECURRING");
    switch (kind) {
      case DAY -> {
        require(
            t,
            periods.size() == 1 && periods.get(0).start().equals(periods.get(0).end()),
            "a DAY target has one period of one day");
      }
      case MONTH -> {
        require(
            t,
            periods.size() == 1
                && periods.get(0).start().getDayOfMonth() == 1
                && periods
                    .get(0)
                    .end()
                    .equals(
                        periods
                            .get(0)
                            .start()
                            .withDayOfMonth(periods.get(0).start().lengthOfMonth())),
            "a MONTH target has one period of a whole month");
      }
      case QUARTER, FINANCIAL_YEAR, SEASON, TERM, RANGE -> {
        require(t, periods.size() == 1, "a target of this kind has one period");
      }
      case LIST -> {
        require(t, periods.size() >= 2, "a LIST target has two or more periods");
      }
      case RECURRING, OPEN_START -> {
        require(t, periods.size() <= 1, "a target of this kind has at most one period");
      }
      default -> {
        require(t, periods.isEmpty(), "a target of this kind has no period");
      }
    }
  }

  private static void require(Target t, boolean condition, String rule) {
    if (!condition) {
      throw new IllegalArgumentException(
          "target '"
              + t.text()
              + "' of kind "
              + t.kind()
              + " with periods "
              + t.periods()
              + ": "
              + rule);
    }
  }
}
