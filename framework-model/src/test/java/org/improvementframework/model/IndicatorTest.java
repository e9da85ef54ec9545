package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.Indicator.Polarity;
import org.improvementframework.model.Indicator.Unit;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  private static Indicator.Builder icpc() {
    return Indicator.builder()
        .name("ICPCs within 15 working days")
        .unit(Unit.PERCENTAGE)
        .polarity(Polarity.HIGHER_IS_BETTER);
  }

  @Test
  void build_allParts_keepsThemInOrder() {
    Observation q1 = Observation.of(ReportingPeriod.quarter(2015, 1), IndicatorValue.parse("c"));
    Observation q2 = Observation.of(ReportingPeriod.quarter(2015, 2), IndicatorValue.of(80));
    Indicator i =
        icpc()
            .countingUnit(CountingUnit.EVENTS)
            .baseline(Observation.of(ReportingPeriod.financialYear(2014), IndicatorValue.of(71)))
            .addTargets(
                IndicatorTarget.of(
                    BigDecimal.valueOf(85),
                    ReportingPeriod.financialYear(2015),
                    BigDecimal.valueOf(5)))
            .addObservations(q2, q1)
            .build();

    assertThat(i.countingUnit()).contains(CountingUnit.EVENTS);
    assertThat(i.baseline().map(o -> o.value().toString())).contains("71");
    assertThat(i.targets())
        .singleElement()
        .satisfies(t -> assertThat(t.tolerance()).contains(BigDecimal.valueOf(5)));
    assertThat(i.observations()).containsExactly(q2, q1);
  }

  @Test
  void build_minimal_hasNoOptionalParts() {
    Indicator i = icpc().build();

    assertThat(i.countingUnit()).isEmpty();
    assertThat(i.baseline()).isEmpty();
    assertThat(i.targets()).isEmpty();
    assertThat(i.observations()).isEmpty();
  }

  @Test
  void build_blankName_isRejectedShowingIt() {
    assertThatThrownBy(
            () -> Indicator.builder().name("").unit(Unit.COUNT).polarity(Polarity.NEUTRAL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator name must not be blank, but was ''");
  }

  @Test
  void build_missingUnitOrPolarity_isRejectedNamingIt() {
    assertThatThrownBy(() -> Indicator.builder().name("n").polarity(Polarity.NEUTRAL).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unit");
    assertThatThrownBy(() -> Indicator.builder().name("n").unit(Unit.DAYS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("polarity");
  }

  @Test
  void build_nulls_areRejectedNamingTheField() {
    assertThatThrownBy(() -> Indicator.builder().unit(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
    assertThatThrownBy(() -> Indicator.builder().addObservations((Observation) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("observations");
  }

  @Test
  void withObservations_replacesThem() {
    Indicator i = icpc().build();
    Observation o = Observation.of(ReportingPeriod.parse("2015-04"), IndicatorValue.of(90));

    assertThat(i.withObservations(o).observations()).containsExactly(o);
    assertThat(i.observations()).isEmpty();
  }

  @Test
  void equality_isStructural() {
    assertThat(icpc().build())
        .isEqualTo(icpc().build())
        .hasSameHashCodeAs(icpc().build())
        .isNotEqualTo(icpc().countingUnit(CountingUnit.CHILDREN).build())
        .isNotEqualTo(icpc().build().withUnit(Unit.RATE_PER_10000));
  }
}
