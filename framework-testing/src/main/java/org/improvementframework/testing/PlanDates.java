package org.improvementframework.testing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The dates a generated plan hangs on: when it was reported ("as at") and the period it covers,
 * which starts one to eighteen months before the as-at date and ends on the 31 March after it.
 */
final class PlanDates {

  final LocalDate asAt;
  final LocalDate start;
  final LocalDate end;

  private PlanDates(LocalDate asAt, LocalDate start, LocalDate end) {
    this.asAt = asAt;
    this.start = start;
    this.end = end;
  }

  static PlanDates draw(Randomness r, LocalDate earliest, LocalDate latest) {
    long days = ChronoUnit.DAYS.between(earliest, latest);
    LocalDate asAt = earliest.plusDays(Draw.between(r, 0L, days));
    // Councils report "as at" the end of a month more often than not.
    if (Draw.chance(r, 60)) {
      LocalDate monthEnd = asAt.with(TemporalAdjusters.lastDayOfMonth());
      asAt = monthEnd.isAfter(latest) ? asAt : monthEnd;
    }
    LocalDate start = asAt.minusMonths(Draw.between(r, 1, 18)).withDayOfMonth(1);
    LocalDate end = LocalDate.of(financialYear(asAt) + 1 + Draw.between(r, 0, 1), 3, 31);
    return new PlanDates(asAt, start, end);
  }

  /** The year in which the financial year containing the day starts. */
  static int financialYear(LocalDate day) {
    return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
  }

  /**
   * A day from {@code from} to at most {@code maxDays} later, but not after the end of the
   * period unless {@code from} is; the simplest is {@code from}. Always one choice of the same
   * range, so that the number of choices does not depend on the dates.
   */
  LocalDate dayFrom(Randomness r, LocalDate from, long maxDays) {
    long room = Math.max(0, ChronoUnit.DAYS.between(from, end));
    return from.plusDays(Math.min(room, Draw.between(r, 0L, maxDays)));
  }
}
