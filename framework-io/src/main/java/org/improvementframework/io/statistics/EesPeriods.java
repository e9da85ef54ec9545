package org.improvementframework.io.statistics;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.model.ReportingPeriod;

/**
 * The periods of Explore Education Statistics files: a {@code time_period} read by its {@code
 * time_identifier}, as {@link PublishedStatistics#period(String, String)} documents them.
 */
final class EesPeriods {

  private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})(\\d{2})");
  private static final Pattern ONE_YEAR = Pattern.compile("\\d{4}");
  private static final Pattern QUARTER = Pattern.compile("(Financial|Calendar) year Q([1-4])");

  private EesPeriods() {}

  /** The period, empty if the identifier has no mapping; both arguments stripped and not null. */
  static Optional<ReportingPeriod> period(String tp, String id) {
    ReportingPeriod year =
        switch (id) {
          case "Reporting year" -> ReportingPeriod.financialYear(oneYear(tp, id) - 1);
          case "Calendar year" -> ReportingPeriod.calendarYear(oneYear(tp, id));
          case "Financial year" -> ReportingPeriod.financialYear(twoYears(tp, id));
          case "Academic year" -> ReportingPeriod.academicYear(twoYears(tp, id));
          default -> null;
        };
    if (year != null) {
      return Optional.of(year);
    }
    Matcher q = QUARTER.matcher(id);
    if (q.matches()) {
      int quarter = Integer.parseInt(q.group(2));
      if (q.group(1).equals("Financial")) {
        return Optional.of(ReportingPeriod.quarter(twoYears(tp, id), quarter));
      }
      // A calendar quarter is the financial quarter of the same three months.
      int calendar = oneYear(tp, id);
      return Optional.of(
          quarter == 1
              ? ReportingPeriod.quarter(calendar - 1, 4)
              : ReportingPeriod.quarter(calendar, quarter - 1));
    }
    for (Month m : Month.values()) {
      if (m.getDisplayName(TextStyle.FULL, Locale.UK).equals(id)) {
        return Optional.of(ReportingPeriod.month(YearMonth.of(oneYear(tp, id), m)));
      }
    }
    return Optional.empty();
  }

  private static int oneYear(String tp, String id) {
    if (!ONE_YEAR.matcher(tp).matches()) {
      throw misfit(tp, id, "a year such as 2022");
    }
    return Integer.parseInt(tp);
  }

  private static int twoYears(String tp, String id) {
    Matcher m = TWO_YEARS.matcher(tp);
    if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
      throw misfit(tp, id, "two consecutive years such as 202122");
    }
    return Integer.parseInt(m.group(1));
  }

  private static IllegalArgumentException misfit(String tp, String id, String expected) {
    return new IllegalArgumentException(
        "time_period '" + tp + "' does not fit time_identifier '" + id + "': expected " + expected);
  }
}
