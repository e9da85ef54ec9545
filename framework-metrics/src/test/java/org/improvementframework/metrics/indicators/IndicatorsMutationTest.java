package org.improvementframework.metrics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.improvementframework.model.Indicator.Polarity;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * Edges of the indicator calculators: what a comparison keeps, the bounds of disclosure control
 * and the no-change threshold of the direction of travel.
 */
class IndicatorsMutationTest {

  private static final ReportingPeriod FY2024 = ReportingPeriod.financialYear(2024);

  @Test
  void comparison_keepsWhatItWasBuiltFrom() {
    AreaValue region = AreaValue.of("E12000002", "North West", IndicatorValue.of(14));
    AreaValue england = AreaValue.of("E92000001", "England", IndicatorValue.of(16));
    OwnValue own = new OwnValue(IndicatorValue.of(12), OwnValue.Source.CASE_RECORDS);
    Comparison c =
        Comparison.builder("Re-referrals within 12 months", Polarity.LOWER_IS_BETTER, FY2024)
            .council(AreaValue.of("E08000099", "Westbrook", IndicatorValue.of(13)))
            .own(own)
            .england(england)
            .region(region)
            .comparators(ComparisonTest.traffordNeighbours())
            .build();
    assertThat(c.indicator()).isEqualTo("Re-referrals within 12 months");
    assertThat(c.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(c.period()).isEqualTo(FY2024);
    assertThat(c.own()).contains(own);
    assertThat(c.england()).contains(england);
    assertThat(c.region()).contains(region);
    assertThat(c.council().area().name()).isEqualTo("Westbrook");
  }

  @Test
  void comparison_withoutOptionalParts_leavesThemEmpty() {
    Comparison c =
        Comparison.builder("Re-referrals within 12 months", Polarity.NEUTRAL, FY2024)
            .council(AreaValue.of("E08000099", "Westbrook", IndicatorValue.of(13)))
            .comparators(ComparisonTest.traffordNeighbours())
            .build();
    assertThat(c.own()).isEmpty();
    assertThat(c.england()).isEmpty();
    assertThat(c.region()).isEmpty();
  }

  @Test
  void disclosureControl_narrowestBounds_areAllowed() {
    DisclosureControl one = DisclosureControl.of(1, 1, 1);
    assertThat(one.suppresses(0)).isFalse();
    assertThat(one.suppresses(1)).isTrue();
    assertThat(one.suppresses(2)).isFalse();
    assertThat(one.total(17)).isEqualTo(IndicatorValue.of(17));
  }

  @Test
  void disclosureControl_boundsJustOutside_areRejected() {
    assertThatThrownBy(() -> DisclosureControl.of(0, 5, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suppressFrom=0");
    assertThatThrownBy(() -> DisclosureControl.of(3, 2, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suppressTo=2");
    assertThatThrownBy(() -> DisclosureControl.of(1, 5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("roundTo=0");
  }

  @Test
  void disclosureControl_negativeCounts_areRejectedByName() {
    DisclosureControl dfe = DisclosureControl.dfe();
    assertThatThrownBy(() -> dfe.total(-20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must not be negative, but was -20");
    assertThatThrownBy(() -> dfe.percentage(-30, -20, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numerator must not be negative, but was -30");
    assertThatThrownBy(() -> dfe.percentage(0, -20, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator must not be negative, but was -20");
  }

  @Test
  void property_changeOfExactlyTheThresholdIsNoChange_andOneMoreIsAChange() {
    qt().forAll(integers().between(0, 50), integers().between(0, 1000))
        .checkAssert(
            (threshold, from) -> {
              IndicatorJudge judge =
                  IndicatorJudge.defaults().withNoChangeThreshold(BigDecimal.valueOf(threshold));
              IndicatorValue earlier = IndicatorValue.of(from);
              assertThat(
                      judge.direction(
                          earlier, IndicatorValue.of(from + threshold), Polarity.HIGHER_IS_BETTER))
                  .isEqualTo(DirectionOfTravel.NO_CHANGE);
              assertThat(
                      judge.direction(
                          earlier,
                          IndicatorValue.of(from + threshold + 1),
                          Polarity.HIGHER_IS_BETTER))
                  .isEqualTo(DirectionOfTravel.IMPROVING);
              assertThat(
                      judge.direction(
                          earlier,
                          IndicatorValue.of(from + threshold + 1),
                          Polarity.LOWER_IS_BETTER))
                  .isEqualTo(DirectionOfTravel.WORSENING);
            });
  }

  @Test
  void withNoChangeThreshold_zero_makesAnyChangeCount() {
    IndicatorJudge judge = IndicatorJudge.defaults().withNoChangeThreshold(BigDecimal.ZERO);
    assertThat(
            judge.direction(
                IndicatorValue.of(new BigDecimal("7.0")),
                IndicatorValue.of(new BigDecimal("6.9")),
                Polarity.LOWER_IS_BETTER))
        .isEqualTo(DirectionOfTravel.IMPROVING);
    assertThatThrownBy(
            () -> IndicatorJudge.defaults().withNoChangeThreshold(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.1");
  }
}
