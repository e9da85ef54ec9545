package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.improvementframework.model.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The kept dates of a period are the dates {@link LocalDate} makes, and the day twelve months
 * before is {@link LocalDate#minusMonths}'s, for cached and uncached periods alike (the end of
 * February and the 31st of a month are the cases a shortcut would get wrong).
 */
class PeriodDaysTest {

  @Test
  void dateAndTwelveMonthsBefore_areLocalDates_inAndBeyondTheCache() {
    qt().withExamples(500)
        .forAll(
            integers().between(-50_000, 50_000),
            integers().between(0, PeriodDays.CACHED + 10),
            integers().between(0, 1000))
        .checkAssert(
            (start, length, offset) -> {
              LocalDate first = LocalDate.ofEpochDay(start);
              PeriodDays days = new PeriodDays(DateRange.of(first, first.plusDays(length)));
              long day = first.toEpochDay() + Math.min(offset, length);
              assertThat(days.contains(day)).isTrue();
              assertThat(days.contains(first.toEpochDay() - 1)).isFalse();
              assertThat(days.contains(first.toEpochDay() + length + 1)).isFalse();
              LocalDate date = LocalDate.ofEpochDay(day);
              for (int twice = 0; twice < 2; twice++) {
                assertThat(days.date(day)).isEqualTo(date);
                assertThat(days.twelveMonthsBefore(day))
                    .isEqualTo(date.minusMonths(12).toEpochDay());
              }
            });
  }
}
