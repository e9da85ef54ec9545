package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.improvementframework.metrics.casework.ContinuousCareOutcomes.Outcome;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.casework.LookedAfterOutcomes;
import org.junit.jupiter.api.Test;

class ContinuousCareOutcomesTest {

  private static final DateRange FY2024 =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
  private static final Optional<Boolean> Y = Optional.of(true);
  private static final Optional<Boolean> N = Optional.of(false);
  private static final Optional<Boolean> BLANK = Optional.empty();

  private static LookedAfterOutcomes child(
      String id, LocalDate dob, Optional<Boolean> flag, Optional<Integer> sdq) {
    return new LookedAfterOutcomes(id, dob, flag, flag, flag, flag, flag, flag, sdq);
  }

  /**
   * Worked by hand from the DfE's groups ("Age is as at 31 March"): A is 3, B turns 5 on 31 March
   * 2024 itself, C is 10 on 1 March, D is 9 until 1 April, E is 16, F is 17.
   */
  private static ContinuousCareOutcomes sample() {
    return ContinuousCareOutcomes.of(FY2024)
        .add(child("A", LocalDate.of(2020, 6, 1), Y, Optional.empty()))
        .add(child("B", LocalDate.of(2019, 3, 31), N, Optional.of(12)))
        .add(child("C", LocalDate.of(2014, 3, 1), Y, Optional.of(20)))
        .add(child("D", LocalDate.of(2014, 4, 1), BLANK, Optional.empty()))
        .add(child("E", LocalDate.of(2007, 6, 30), N, Optional.of(0)))
        .add(child("F", LocalDate.of(2006, 7, 1), Y, Optional.empty()))
        .addUnaccompanied("F")
        .addUnaccompanied("E");
  }

  @Test
  void developmentAssessments_countOnlyChildrenUnder5At31March() {
    IndicatorResult r = sample().result(Outcome.DEVELOPMENT_ASSESSMENT);
    // A (3) yes; B turned 5 on 31 March: not eligible
    assertThat(r.denominator()).isEqualByComparingTo("1");
    assertThat(r.numerator()).isEqualByComparingTo("1");
    assertThat(r.value()).isEqualTo(IndicatorValue.of(new BigDecimal("100.0")));
    assertThat(r.excluded())
        .extracting(Excluded::id, Excluded::reason)
        .contains(
            tuple("B", "not aged 0 to 4 at 31 March"), tuple("F", "not aged 0 to 4 at 31 March"));
    assertThat(r.countingUnit()).isEqualTo(CountingUnit.CHILDREN);
  }

  @Test
  void sdqScores_countChildrenAged5To16_aScoreOfZeroIsAScore() {
    IndicatorResult r = sample().result(Outcome.SDQ_SCORE);
    // B (5): 12, C (10): 20, D (9): none, E (16): 0; A (3) and F (17) not eligible
    assertThat(r.denominator()).isEqualByComparingTo("4");
    assertThat(r.numerator()).isEqualByComparingTo("3");
    assertThat(r.value()).isEqualTo(IndicatorValue.of(new BigDecimal("75.0")));
  }

  @Test
  void convictions_countChildrenAged10AndOver_blankStaysInTheDenominator() {
    IndicatorResult r = sample().result(Outcome.CONVICTED);
    // C (10) yes, E (16) no, F (17) yes; D is 9 on 31 March
    assertThat(r.denominator()).isEqualByComparingTo("3");
    assertThat(r.numerator()).isEqualByComparingTo("2");
    assertThat(r.breakdown())
        .containsExactly(
            Map.entry(ContinuousCareOutcomes.UASC_NUMERATOR, 1L),
            Map.entry(ContinuousCareOutcomes.UASC_DENOMINATOR, 2L),
            Map.entry(ContinuousCareOutcomes.OTHER_NUMERATOR, 1L),
            Map.entry(ContinuousCareOutcomes.OTHER_DENOMINATOR, 1L));
  }

  @Test
  void healthAssessments_countEveryAge_blankIsNotYes() {
    IndicatorResult r = sample().result(Outcome.HEALTH_ASSESSMENT);
    // A, C, F yes; B, E no; D blank
    assertThat(r.denominator()).isEqualByComparingTo("6");
    assertThat(r.numerator()).isEqualByComparingTo("3");
    assertThat(r.value()).isEqualTo(IndicatorValue.of(new BigDecimal("50.0")));
    assertThat(r.excluded()).isEmpty();
  }

  @Test
  void results_giveEveryOutcomeInOrder() {
    assertThat(sample().results().keySet()).containsExactly(Outcome.values());
    assertThat(sample().results().get(Outcome.SUBSTANCE_MISUSE).numerator())
        .isEqualByComparingTo("3");
  }

  @Test
  void twoRowsOfOneChild_countOnce() {
    IndicatorResult r =
        ContinuousCareOutcomes.of(FY2024)
            .add(child("A", LocalDate.of(2015, 1, 1), N, Optional.empty()))
            .add(child("A", LocalDate.of(2015, 1, 1), Y, Optional.empty()))
            .result(Outcome.IMMUNISATIONS);
    assertThat(r.denominator()).isEqualByComparingTo("1");
    assertThat(r.excluded())
        .extracting(Excluded::reason)
        .containsExactly("another OC2 row of the same child");
  }

  @Test
  void noChildren_isNotApplicable_notZero() {
    IndicatorResult r = ContinuousCareOutcomes.of(FY2024).result(Outcome.TEETH_CHECKED);
    assertThat(r.value()).isEqualTo(IndicatorValue.of(IndicatorValue.Marker.NOT_APPLICABLE));
  }

  @Test
  void toString_holdsNoIdOrDateOfBirth() {
    IndicatorResult r = sample().result(Outcome.HEALTH_ASSESSMENT);
    assertThat(r.toString()).doesNotContain("2020-06-01").doesNotContain("2019-03-31");
    LookedAfterOutcomes o = child("SECRET-9", LocalDate.of(2011, 2, 3), Y, Optional.of(7));
    assertThat(o.toString()).doesNotContain("SECRET").doesNotContain("2011");
  }

  @Test
  void record_rejectsAScoreAbove40() {
    assertThatThrownBy(() -> child("A", LocalDate.of(2015, 1, 1), Y, Optional.of(41)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sdqScore must be 0 to 40");
  }

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    qt().withExamples(50)
        .forAll(longs().all(), integers().between(0, 40), integers().between(1, 5))
        .checkAssert(
            (seed, size, parts) -> {
              Random random = new Random(seed);
              List<LookedAfterOutcomes> rows = new ArrayList<>();
              List<String> uasc = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                String id = "C" + random.nextInt(Math.max(1, size / 2 + 1));
                rows.add(
                    new LookedAfterOutcomes(
                        id,
                        LocalDate.of(2005, 1, 1).plusDays(random.nextInt(7000)),
                        flag(random),
                        flag(random),
                        flag(random),
                        flag(random),
                        flag(random),
                        flag(random),
                        random.nextBoolean() ? Optional.empty() : Optional.of(random.nextInt(41))));
                if (random.nextInt(4) == 0) {
                  uasc.add(id);
                }
              }
              ContinuousCareOutcomes whole = ContinuousCareOutcomes.of(FY2024);
              rows.forEach(whole::add);
              uasc.forEach(whole::addUnaccompanied);
              Collections.shuffle(rows, random);
              List<ContinuousCareOutcomes> pieces = new ArrayList<>();
              for (int i = 0; i < parts; i++) {
                pieces.add(ContinuousCareOutcomes.of(FY2024));
              }
              rows.forEach(r -> pieces.get(random.nextInt(parts)).add(r));
              uasc.forEach(u -> pieces.get(random.nextInt(parts)).addUnaccompanied(u));
              ContinuousCareOutcomes merged = pieces.get(0);
              for (int i = 1; i < parts; i++) {
                merged.merge(pieces.get(i));
              }
              assertThat(merged.results()).isEqualTo(whole.results());
            });
  }

  @Test
  void merge_ofAnotherYear_isRefused() {
    DateRange other = DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31));
    assertThatThrownBy(
            () -> ContinuousCareOutcomes.of(FY2024).merge(ContinuousCareOutcomes.of(other)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Optional<Boolean> flag(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(true);
      default -> Optional.of(false);
    };
  }
}
