package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayConventionTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  @Test
  void count_dayOne_isTheInclusiveDayByDayCount_andOneMoreThanExcludedOnAWorkingStartDay() {
    qt().forAll(integers().between(0, 7000), integers().between(0, 60))
        .checkAssert(
            (a, n) -> {
              LocalDate from = LocalDate.of(2010, 1, 1).plusDays(a);
              LocalDate to = from.plusDays(n);
              int inclusive = 0;
              for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                inclusive += calendar.isWorkingDay(d) ? 1 : 0;
              }
              int dayOne = WorkingDayConvention.START_DAY_IS_DAY_ONE.count(calendar, from, to);
              int excluded = WorkingDayConvention.START_DAY_EXCLUDED.count(calendar, from, to);
              assertThat(dayOne).isEqualTo(inclusive);
              assertThat(dayOne - excluded).isEqualTo(calendar.isWorkingDay(from) ? 1 : 0);
              // the inner-loop count agrees with the checked one
              assertThat(
                      WorkingDayConvention.START_DAY_IS_DAY_ONE.countUnchecked(
                          calendar, from.toEpochDay(), to.toEpochDay()))
                  .isEqualTo(dayOne);
            });
  }

  @Test
  void count_validatorExample_is15() {
    assertThat(
            WorkingDayConvention.dfe()
                .count(calendar, LocalDate.of(2022, 3, 11), LocalDate.of(2022, 3, 31)))
        .isEqualTo(15);
    assertThat(
            WorkingDayConvention.START_DAY_EXCLUDED.count(
                calendar, LocalDate.of(2022, 3, 11), LocalDate.of(2022, 3, 31)))
        .isEqualTo(14);
  }
}
