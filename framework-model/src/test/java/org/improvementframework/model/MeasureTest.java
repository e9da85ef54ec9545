package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeasureTest {

  static Indicator indicator() {
    return Indicator.builder()
        .name("ICPCs within 15 working days")
        .unit(Indicator.Unit.PERCENTAGE)
        .polarity(Indicator.Polarity.HIGHER_IS_BETTER)
        .build();
  }

  @Test
  void of_textAlone_hasNoIndicator() {
    Measure m = Measure.of("Agreed optimum Workload figures for each service area.");

    assertThat(m.text()).isEqualTo("Agreed optimum Workload figures for each service area.");
    assertThat(m.indicator()).isEmpty();
  }

  @Test
  void of_textAndIndicator_keepsBoth() {
    Measure m = Measure.of("Conferences held within timescale", indicator());

    assertThat(m.indicator()).contains(indicator());
  }

  @Test
  void of_blankText_isRejectedShowingIt() {
    assertThatThrownBy(() -> Measure.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure text must not be blank, but was ' '");
  }

  @Test
  void of_nulls_areRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Measure.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Measure.of("t", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("indicator");
  }

  @Test
  void withIndicator_addsOneToATextMeasure() {
    Measure m = Measure.of("Conferences held within timescale");

    assertThat(m.withIndicator(indicator())).isEqualTo(Measure.of(m.text(), indicator()));
    assertThat(m.indicator()).isEmpty();
  }

  @Test
  void equality_isByTextAndIndicator() {
    assertThat(Measure.of("a"))
        .isEqualTo(Measure.of("a"))
        .hasSameHashCodeAs(Measure.of("a"))
        .isNotEqualTo(Measure.of("b"))
        .isNotEqualTo(Measure.of("a", indicator()));
  }
}
