package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

  private static final InputLocation AT = InputLocation.ofCell("f.csv", 3, "value");

  @ParameterizedTest
  @ValueSource(strings = {"0", "-12.50", "1.5E3", "9e99", "1e-100"})
  void parse_inRange_keepsTheValue(String text) {
    assertThat(Decimals.parse(text, InputLimits.defaults(), AT, "value"))
        .isEqualByComparingTo(new BigDecimal(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e100", "1e-101", "1e999999999", "1e-999999999", "9e2147483647"})
  void parse_outOfRange_isLocatedFormatError(String text) {
    assertThatThrownBy(() -> Decimals.parse(text, InputLimits.defaults(), AT, "value"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("f.csv, row 3");
  }

  @Test
  void parse_notANumber_isLocatedFormatError() {
    assertThatThrownBy(() -> Decimals.parse("12,5", InputLimits.defaults(), AT, "value"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("not a number");
  }

  @Test
  void parse_longerThanTheLimit_isRefusedBeforeParsing() {
    String digits = "1".repeat(101);
    assertThatThrownBy(() -> Decimals.parse(digits, InputLimits.defaults(), AT, "value"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("exceeds the limit");
  }
}
