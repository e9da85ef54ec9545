package org.improvementframework.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a recurring target falls due.
 */
public enum Recurrence {
  /** Every week, Monday to Sunday. */
  WEEKLY,
  /** Every calendar month. */
  MONTHLY,
  /** Every financial-year quarter: April-June, July-September, October-December, January-March. */
  QUARTERLY,
  /** Every financial year, April to March. */
  ANNUALLY;

  /**
   * Gets the occurrence of this recurrence that contains the day.
   *
   * @param day the day; not null
   * @return the period that contains it; not null
   */
  public DateRange occurrenceContaining(LocalDate day) {
    return switch (this) {
      case WEEKLY -> {
        LocalDate start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield DateRange.of(start, start.plusDays(6));
      }
      case MONTHLY ->
          DateRange.of(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
      case QUARTERLY -> {
        // Financial quarters start in April, July, October and January.
        int firstMonth = ((day.getMonthValue() - 1) / 3) * 3 + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        yield DateRange.of(start, start.plusMonths(3).minusDays(1));
      }
      default -> {
        int startYear =
            day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
        yield DateRange.of(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
      }
    };
  }
}
