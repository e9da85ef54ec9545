package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The occurrences of a recurring target: each day is in exactly one, and they tile time. */
class RecurrenceTest {

  private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

  private static Gen<LocalDate> days() {
    return integers().between(0, 365 * 60).map(n -> FIRST.plusDays(n));
  }

  private static Gen<Recurrence> recurrences() {
    return integers().between(0, Recurrence.values().length - 1).map(i -> Recurrence.values()[i]);
  }

  @Test
  void occurrence_containsTheDay_andTheNextStartsTheDayAfterItEnds() {
    qt().forAll(recurrences(), days())
        .checkAssert(
            (r, day) -> {
              DateRange o = r.occurrenceContaining(day);
              assertThat(o.contains(day)).isTrue();
              DateRange next = r.occurrenceContaining(o.end().plusDays(1));
              assertThat(next.start()).isEqualTo(o.end().plusDays(1));
              assertThat(r.occurrenceContaining(o.start())).isEqualTo(o);
              assertThat(r.occurrenceContaining(o.end())).isEqualTo(o);
            });
  }

  @Test
  void occurrence_hasTheLengthAndStartOfItsKind() {
    qt().forAll(recurrences(), days())
        .checkAssert(
            (r, day) -> {
              DateRange o = r.occurrenceContaining(day);
              long months = ChronoUnit.MONTHS.between(o.start(), o.end().plusDays(1));
              switch (r) {
                case WEEKLY -> {
                  assertThat(o.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                  assertThat(o.end()).isEqualTo(o.start().plusDays(6));
                }
                case MONTHLY -> {
                  assertThat(o.start().getDayOfMonth()).isEqualTo(1);
                  assertThat(months).isEqualTo(1);
                }
                case QUARTERLY -> {
                  assertThat(o.start().getDayOfMonth()).isEqualTo(1);
                  assertThat(o.start().getMonthValue()).isIn(1, 4, 7, 10);
                  assertThat(months).isEqualTo(3);
                }
                default -> {
                  assertThat(o.start()).isEqualTo(LocalDate.of(o.start().getYear(), 4, 1));
                  assertThat(months).isEqualTo(12);
                }
              }
            });
  }

  @Test
  void financialYear_runsAprilToMarch() {
    assertThat(Recurrence.ANNUALLY.occurrenceContaining(LocalDate.of(2015, 3, 31)))
        .isEqualTo(DateRange.of(LocalDate.of(2014, 4, 1), LocalDate.of(2015, 3, 31)));
    assertThat(Recurrence.ANNUALLY.occurrenceContaining(LocalDate.of(2015, 4, 1)))
        .isEqualTo(DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)));
    assertThat(Recurrence.QUARTERLY.occurrenceContaining(LocalDate.of(2015, 6, 30)))
        .isEqualTo(DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 6, 30)));
  }
}
