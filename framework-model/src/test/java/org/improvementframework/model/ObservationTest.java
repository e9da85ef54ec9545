package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObservationTest {

  private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2015, 1);

  @Test
  void of_suppressedValue_isKeptAsAMarker() {
    Observation o = Observation.of(Q1, IndicatorValue.parse("c"));

    assertThat(o.period()).isEqualTo(Q1);
    assertThat(o.value().isNumber()).isFalse();
  }

  @Test
  void of_nulls_areRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Observation.of(null, IndicatorValue.of(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period");
    assertThatThrownBy(() -> Observation.of(Q1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void equality_isByPeriodAndValue() {
    assertThat(Observation.of(Q1, IndicatorValue.of(0)))
        .isEqualTo(Observation.of(Q1, IndicatorValue.parse("0")))
        .hasSameHashCodeAs(Observation.of(Q1, IndicatorValue.parse("0")))
        .isNotEqualTo(Observation.of(Q1, IndicatorValue.parse("x")))
        .isNotEqualTo(Observation.of(ReportingPeriod.quarter(2015, 2), IndicatorValue.of(0)));
  }
}
