package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.improvementframework.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  @ParameterizedTest(name = "{0} to {1} is {2} working days")
  @CsvSource({
    "2023-04-28, 2023-04-28, 0", // same day
    "2023-04-28, 2023-05-01, 0", // Fri to early May bank holiday Monday
    "2023-04-28, 2023-05-02, 1",
    "2023-04-28, 2023-05-23, 15", // coronation day 8 May left out too
    "2023-04-28, 2023-05-24, 16",
    "2024-12-20, 2025-01-15, 15", // Christmas, Boxing Day and New Year's Day
    "2024-02-28, 2024-03-01, 2", // leap day is a Thursday, a working day
    "2020-05-01, 2020-05-11, 5", // VE day moved to Friday 8 May 2020
    "2015-01-02, 2015-01-05, 1", // a weekend
    "2015-01-03, 2015-01-04, 0", // Saturday to Sunday
  })
  void workingDaysBetween_countsDaysAfterStartUpToEnd(LocalDate from, LocalDate to, int days) {
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(days);
  }

  @Test
  void workingDaysBetween_agreesWithCountingDayByDay() {
    qt().forAll(integers().between(0, 7000), integers().between(0, 60))
        .checkAssert(
            (a, n) -> {
              LocalDate from = LocalDate.of(2010, 1, 1).plusDays(a);
              LocalDate to = from.plusDays(n);
              int expected = 0;
              for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                expected += calendar.isWorkingDay(d) ? 1 : 0;
              }
              assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
            });
  }

  @Test
  void isWorkingDay_bankHolidaysAndWeekendsAreNot() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse(); // state funeral
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 12, 25))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2010, 1, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 1))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 3))).isTrue();
  }

  @Test
  void withExtraHolidays_addsADayAndLeavesTheOriginalAlone() {
    LocalDate occasion = LocalDate.of(2027, 6, 7);
    WorkingDayCalendar extended = calendar.withExtraHolidays(List.of(occasion));
    assertThat(extended.isWorkingDay(occasion)).isFalse();
    assertThat(calendar.isWorkingDay(occasion)).isTrue();
    assertThat(extended.workingDaysBetween(occasion.minusDays(3), occasion.plusDays(1)))
        .isEqualTo(calendar.workingDaysBetween(occasion.minusDays(3), occasion.plusDays(1)) - 1);
    assertThat(extended).isNotEqualTo(calendar);
    assertThat(calendar.withExtraHolidays(List.of(LocalDate.of(2027, 6, 5)))) // a Saturday
        .isEqualTo(calendar);
  }

  @Test
  void workingDaysBetween_outsideCoverage_throws() {
    assertThatThrownBy(
            () -> calendar.workingDaysBetween(LocalDate.of(2009, 12, 30), LocalDate.of(2010, 1, 5)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("2009-12-30")
        .hasMessageContaining("2010-01-01/2030-12-31");
  }

  @Test
  void workingDaysBetween_endBeforeStart_throws() {
    assertThatThrownBy(
            () -> calendar.workingDaysBetween(LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 9)))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void plusWorkingDays_isInverseOfCounting() {
    LocalDate from = LocalDate.of(2024, 12, 20);
    assertThat(calendar.plusWorkingDays(from, 15)).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(calendar.plusWorkingDays(from, 0)).isEqualTo(from);
  }

  /**
   * The running count a calendar keeps over its coverage gives the counts of the arithmetic a
   * calendar too long to keep one uses, inside the coverage, at the day before it (which the
   * DfE's convention counts from) and beyond it.
   */
  @Test
  void countUnchecked_keptCount_agreesWithTheArithmetic_insideAndAroundTheCoverage() {
    qt().forAll(
            lists().of(integers().between(0, 5 * 366)).ofSizeBetween(0, 40),
            integers().between(-40, 5 * 366 + 40),
            integers().between(-40, 5 * 366 + 40))
        .checkAssert(
            (holidays, a, b) -> {
              LocalDate first = LocalDate.of(2020, 1, 1);
              List<LocalDate> days = holidays.stream().map(first::plusDays).toList();
              WorkingDayCalendar kept =
                  WorkingDayCalendar.of(days, DateRange.of(first, LocalDate.of(2024, 12, 31)));
              WorkingDayCalendar arithmetic =
                  WorkingDayCalendar.of(
                      days, DateRange.of(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31)));
              long s = first.toEpochDay() + Math.min(a, b);
              long e = first.toEpochDay() + Math.max(a, b);
              assertThat(kept.countUnchecked(s, e)).isEqualTo(arithmetic.countUnchecked(s, e));
            });
  }

  @Test
  void of_customCalendar_usesOnlyItsHolidays() {
    WorkingDayCalendar none =
        WorkingDayCalendar.of(
            List.of(), DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(none.isWorkingDay(LocalDate.of(2024, 12, 25))).isTrue();
    assertThat(none.coverage().end()).isEqualTo(LocalDate.of(2024, 12, 31));
  }
}
