package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorTargetTest {

  private static final ReportingPeriod FY15 = ReportingPeriod.financialYear(2015);

  @Test
  void of_valueAndPeriod_hasNoTolerance() {
    IndicatorTarget t = IndicatorTarget.of(BigDecimal.valueOf(85), FY15);

    assertThat(t.value()).isEqualTo(BigDecimal.valueOf(85));
    assertThat(t.period()).isEqualTo(FY15);
    assertThat(t.tolerance()).isEmpty();
  }

  @Test
  void of_zeroTolerance_isAllowed() {
    assertThat(IndicatorTarget.of(BigDecimal.ONE, FY15, BigDecimal.ZERO).tolerance())
        .contains(BigDecimal.ZERO);
  }

  @Test
  void of_negativeTolerance_isRejectedShowingIt() {
    assertThatThrownBy(() -> IndicatorTarget.of(BigDecimal.ONE, FY15, new BigDecimal("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator target tolerance must not be negative, but was -0.5");
  }

  @Test
  void of_nulls_areRejectedNamingTheParameter() {
    assertThatThrownBy(() -> IndicatorTarget.of(null, FY15))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> IndicatorTarget.of(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period");
    assertThatThrownBy(() -> IndicatorTarget.of(BigDecimal.ONE, FY15, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tolerance");
  }

  @Test
  void equality_isByValuePeriodAndTolerance() {
    IndicatorTarget t = IndicatorTarget.of(BigDecimal.TEN, FY15, BigDecimal.ONE);

    assertThat(t)
        .isEqualTo(IndicatorTarget.of(BigDecimal.TEN, FY15, BigDecimal.ONE))
        .hasSameHashCodeAs(IndicatorTarget.of(BigDecimal.TEN, FY15, BigDecimal.ONE))
        .isNotEqualTo(IndicatorTarget.of(BigDecimal.TEN, FY15))
        .isNotEqualTo(
            IndicatorTarget.of(
                BigDecimal.TEN, ReportingPeriod.financialYear(2016), BigDecimal.ONE));
  }
}
