package org.improvementframework.io.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class ReturnDatesTest {

  @Test
  void parse_dayFirstAndIso_ofAnyDay_readTheSameDay() {
    DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    qt().forAll(integers().between(-20_000, 40_000))
        .checkAssert(
            n -> {
              LocalDate d = LocalDate.of(1990, 1, 1).plusDays(n);
              assertThat(ReturnDates.parse(d.format(dayFirst))).isEqualTo(d);
              assertThat(ReturnDates.parse(d.toString())).isEqualTo(d);
            });
  }

  @Test
  void parse_anyOtherText_isNullNeverAnException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            s -> {
              LocalDate d = ReturnDates.parse(s);
              if (d != null) {
                assertThat(
                        d.toString().equals(s)
                            || d.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")).equals(s))
                    .isTrue();
              }
            });
    assertThat(ReturnDates.parse("31/02/2024")).isNull();
    assertThat(ReturnDates.parse("11/12/18")).isNull();
  }
}
