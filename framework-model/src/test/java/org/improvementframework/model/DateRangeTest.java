package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class DateRangeTest {

  static Gen<DateRange> ranges() {
    Gen<LocalDate> days =
        SourceDSL.longs()
            .between(
                LocalDate.of(-9999, 1, 1).toEpochDay(), LocalDate.of(99999, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return days.zip(
        SourceDSL.integers().between(0, 2000),
        (start, length) -> DateRange.of(start, start.plusDays(length)));
  }

  @Test
  void parse_toStringOfAnyRange_isThatRange() {
    qt().forAll(ranges())
        .checkAssert(
            r -> {
              assertThat(DateRange.parse(r.toString())).isEqualTo(r);
              assertThat(DateRange.parse(r.toString())).hasSameHashCodeAs(r);
            });
  }

  @Test
  void parse_isoInterval_givesDays() {
    DateRange r = DateRange.parse("2015-04-01/2015-06-30");

    assertThat(r.start()).isEqualTo(LocalDate.of(2015, 4, 1));
    assertThat(r.end()).isEqualTo(LocalDate.of(2015, 6, 30));
    assertThat(r.contains(LocalDate.of(2015, 6, 30))).isTrue();
    assertThat(r.contains(LocalDate.of(2015, 7, 1))).isFalse();
    assertThat(r.contains(LocalDate.of(2015, 3, 31))).isFalse();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2015-04-01                   | 0
          ''                           | 0
          2015-04-01/                  | 11
          /2015-04-01                  | 0
          01/04/2015                   | 0
          2015-04-01/2015-06-31        | 11
          2015-04-01/2015-03-31        | 11
          2015-04-01/2015-06-30/x      | 11
          """)
  void parse_notAnInterval_throwsNamingTextAndPosition(String text, int atOrAfter) {
    assertThatThrownBy(() -> DateRange.parse(text))
        .isInstanceOfSatisfying(
            DateTimeParseException.class,
            e -> {
              assertThat(e.getMessage()).contains("'" + text + "'");
              assertThat(e.getParsedString()).isEqualTo(text);
              assertThat(e.getErrorIndex()).isGreaterThanOrEqualTo(atOrAfter);
            });
  }

  @Test
  void of_endBeforeStart_isRejectedShowingBoth() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2015, 4, 2), LocalDate.of(2015, 4, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date range end 2015-04-01 must not be before its start 2015-04-02");
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    assertThatThrownBy(() -> DateRange.of(null, LocalDate.of(2015, 1, 1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("start");
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2015, 1, 1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("end");
    assertThatThrownBy(() -> DateRange.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void ofDay_isOneDay() {
    LocalDate day = LocalDate.of(2015, 3, 31);

    assertThat(DateRange.ofDay(day))
        .isEqualTo(DateRange.of(day, day))
        .hasToString("2015-03-31/2015-03-31");
  }

  @Test
  void compareTo_byStartThenEnd_andEqualityByBoth() {
    DateRange a = DateRange.parse("2015-04-01/2015-06-30");

    assertThat(a)
        .isLessThan(DateRange.parse("2015-04-01/2015-07-01"))
        .isGreaterThan(DateRange.parse("2015-03-31/2015-12-31"))
        .isEqualTo(DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 6, 30)))
        .hasSameHashCodeAs(DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 6, 30)));
  }
}
