package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where {@link DateRange#parse} says a bad range goes wrong, and its edges. */
class DateRangeMutationTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' fails at {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2015-04-01/2015-4-01    | 16 | '2015-4-01' at position 11 is not an ISO date
          2015-4-01/2015-04-30    | 5  | '2015-4-01' at position 0 is not an ISO date
          2015-04-01/2015-06-31   | 11 | '2015-06-31' at position 11 is not an ISO date
          2015-04-01/2015-06-3x   | 19 | '2015-06-3x' at position 11 is not an ISO date
          2015-04-01/2015/06/30   | 15 | '2015/06/30' at position 11 is not an ISO date
          /2015-04-30             | 0  | '' at position 0 is not an ISO date
          2015-04-01/2015-03-31   | 11 | its end 2015-03-31 is before its start 2015-04-01
          """)
  void parse_badRange_failsAtTheExactPosition(String text, int position, String says) {
    assertThatThrownBy(() -> DateRange.parse(text))
        .isInstanceOfSatisfying(
            DateTimeParseException.class,
            e -> {
              assertThat(e.getErrorIndex()).isEqualTo(position);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "cannot read date range '"
                          + text
                          + "': "
                          + says
                          + (says.startsWith("its") ? "" : " such as 2015-04-01"));
            });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "0000-01-01/0000-12-31, 0, 1, 1",
    "9999-12-31/9999-12-31, 9999, 12, 31",
    "2016-02-29/2016-02-29, 2016, 2, 29",
    "1999-09-09/1999-09-19, 1999, 9, 9",
    "2000-10-10/2000-10-20, 2000, 10, 10",
  })
  void parse_isoDatesAtTheEdgesOfEachDigit_readTheStart(String text, int y, int m, int d) {
    DateRange r = DateRange.parse(text);
    assertThat(r.start()).isEqualTo(LocalDate.of(y, m, d));
    assertThat(r.toString()).isEqualTo(text);
  }

  @Test
  void contains_isInclusiveAtBothEnds_ofADay() {
    LocalDate day = LocalDate.of(2015, 7, 15);
    DateRange r = DateRange.ofDay(day);
    assertThat(r.contains(day)).isTrue();
    assertThat(r.contains(day.plusDays(1))).isFalse();
    assertThat(r.contains(day.minusDays(1))).isFalse();
  }
}
