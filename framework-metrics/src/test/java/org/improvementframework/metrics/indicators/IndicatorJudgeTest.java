package org.improvementframework.metrics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Rag;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

class IndicatorJudgeTest {

  private static final ReportingPeriod FY15 = ReportingPeriod.financialYear(2015);

  @ParameterizedTest(name = "{0} against {1} tolerance {2} ({3}) is {4}")
  @CsvSource({
    "75, 75, 5, HIGHER_IS_BETTER, GREEN",
    "80, 75, 5, HIGHER_IS_BETTER, GREEN",
    "70, 75, 5, HIGHER_IS_BETTER, AMBER",
    "69.9, 75, 5, HIGHER_IS_BETTER, RED",
    "20, 22, 2, LOWER_IS_BETTER, GREEN",
    "24, 22, 2, LOWER_IS_BETTER, AMBER",
    "24.5, 22, 2, LOWER_IS_BETTER, RED",
    "50, 50, 3, NEUTRAL, GREEN",
    "47, 50, 3, NEUTRAL, AMBER",
    "54, 50, 3, NEUTRAL, RED",
    "74, 75, 0, HIGHER_IS_BETTER, RED",
  })
  void evaluate_respectsPolarityAndTolerance(
      String value, String target, String tolerance, Indicator.Polarity polarity, Rag expected) {
    IndicatorEvaluation e =
        IndicatorJudge.defaults()
            .evaluate(
                IndicatorValue.parse(value),
                IndicatorTarget.of(new BigDecimal(target), FY15, new BigDecimal(tolerance)),
                polarity);
    assertThat(e.rating()).hasValue(expected);
  }

  @Test
  void evaluate_reasonSaysByHowMuch() {
    IndicatorEvaluation e =
        IndicatorJudge.defaults()
            .evaluate(
                IndicatorValue.of(68),
                IndicatorTarget.of(BigDecimal.valueOf(75), FY15, BigDecimal.valueOf(5)),
                Indicator.Polarity.HIGHER_IS_BETTER);
    assertThat(e.reason()).isEqualTo("68 misses the target 75 by 7, beyond the tolerance 5");
  }

  @Test
  void evaluate_suppressedValue_isNotRatedNotZero() {
    IndicatorEvaluation e =
        IndicatorJudge.defaults()
            .evaluate(
                IndicatorValue.parse("c"),
                IndicatorTarget.of(BigDecimal.ZERO, FY15),
                Indicator.Polarity.LOWER_IS_BETTER);
    // Counted as zero it would meet a target of 0; a suppressed value is no value.
    assertThat(e.rating()).isEmpty();
    assertThat(e.reason()).contains("suppressed");
  }

  @Test
  void withColours_isConfigurable() {
    IndicatorJudge j = IndicatorJudge.defaults().withColours(Rag.BLUE, Rag.GREEN, Rag.AMBER);
    assertThat(
            j.evaluate(
                    IndicatorValue.of(70),
                    IndicatorTarget.of(BigDecimal.valueOf(75), FY15, BigDecimal.valueOf(5)),
                    Indicator.Polarity.HIGHER_IS_BETTER)
                .rating())
        .hasValue(Rag.GREEN);
  }

  @ParameterizedTest(name = "{0} -> {1} ({2}) is {3}")
  @CsvSource({
    "60, 71, HIGHER_IS_BETTER, IMPROVING",
    "71, 60, HIGHER_IS_BETTER, WORSENING",
    "71, 60, LOWER_IS_BETTER, IMPROVING",
    "60, 71, LOWER_IS_BETTER, WORSENING",
    "60, 60, HIGHER_IS_BETTER, NO_CHANGE",
    "60, 61, NEUTRAL, CHANGED",
    "c, 61, HIGHER_IS_BETTER, INSUFFICIENT_DATA",
    "60, x, LOWER_IS_BETTER, INSUFFICIENT_DATA",
    "0, z, HIGHER_IS_BETTER, INSUFFICIENT_DATA",
  })
  void direction_respectsPolarityAndMarkers(
      String earlier, String later, Indicator.Polarity polarity, DirectionOfTravel expected) {
    assertThat(
            IndicatorJudge.defaults()
                .direction(IndicatorValue.parse(earlier), IndicatorValue.parse(later), polarity))
        .isEqualTo(expected);
  }

  @Test
  void direction_withinThreshold_isNoChange() {
    IndicatorJudge j = IndicatorJudge.defaults().withNoChangeThreshold(BigDecimal.ONE);
    assertThat(
            j.direction(
                IndicatorValue.of(60), IndicatorValue.of(61), Indicator.Polarity.HIGHER_IS_BETTER))
        .isEqualTo(DirectionOfTravel.NO_CHANGE);
  }

  @Test
  void direction_ofIndicator_usesTheTwoLatestPeriodsWhateverTheOrderGiven() {
    Indicator i =
        Indicator.builder()
            .name("Re-referrals")
            .unit(Indicator.Unit.PERCENTAGE)
            .polarity(Indicator.Polarity.LOWER_IS_BETTER)
            .addObservations(
                Observation.of(ReportingPeriod.financialYear(2014), IndicatorValue.of(22)))
            .addObservations(
                Observation.of(ReportingPeriod.financialYear(2012), IndicatorValue.of(30)))
            .addObservations(
                Observation.of(ReportingPeriod.financialYear(2013), IndicatorValue.of(25)))
            .addTargets(
                IndicatorTarget.of(
                    BigDecimal.valueOf(20),
                    ReportingPeriod.financialYear(2014),
                    BigDecimal.valueOf(3)))
            .build();
    IndicatorJudge j = IndicatorJudge.defaults();
    assertThat(j.series(i))
        .containsExactly(DirectionOfTravel.IMPROVING, DirectionOfTravel.IMPROVING);
    assertThat(j.direction(i)).isEqualTo(DirectionOfTravel.IMPROVING);
    assertThat(j.evaluate(i, i.observations().get(0)).orElseThrow().rating()).hasValue(Rag.AMBER);
    assertThat(j.evaluate(i, i.observations().get(1))).isEmpty();
  }

  @Test
  void direction_ofIndicatorWithOneObservation_isInsufficient() {
    Indicator i =
        Indicator.builder()
            .name("x")
            .unit(Indicator.Unit.COUNT)
            .polarity(Indicator.Polarity.HIGHER_IS_BETTER)
            .addObservations(Observation.of(FY15, IndicatorValue.of(1)))
            .build();
    assertThat(IndicatorJudge.defaults().direction(i))
        .isEqualTo(DirectionOfTravel.INSUFFICIENT_DATA);
  }

  @Test
  void property_swappingPolaritySwapsImprovingAndWorsening() {
    qt().forAll(
            SourceDSL.integers().between(-1000, 1000), SourceDSL.integers().between(-1000, 1000))
        .checkAssert(
            (a, b) -> {
              IndicatorJudge j = IndicatorJudge.defaults();
              DirectionOfTravel up =
                  j.direction(
                      IndicatorValue.of(a),
                      IndicatorValue.of(b),
                      Indicator.Polarity.HIGHER_IS_BETTER);
              DirectionOfTravel down =
                  j.direction(
                      IndicatorValue.of(a),
                      IndicatorValue.of(b),
                      Indicator.Polarity.LOWER_IS_BETTER);
              if (a.equals(b)) {
                assertThat(up).isEqualTo(DirectionOfTravel.NO_CHANGE).isEqualTo(down);
              } else {
                assertThat(up)
                    .isNotEqualTo(down)
                    .isIn(DirectionOfTravel.IMPROVING, DirectionOfTravel.WORSENING);
                assertThat(down).isIn(DirectionOfTravel.IMPROVING, DirectionOfTravel.WORSENING);
              }
            });
  }
}
