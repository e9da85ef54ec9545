package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.improvementframework.metrics.casework.PlacementMovesTest.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.CaseWorker;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;
import org.junit.jupiter.api.Test;

/**
 * Cases at the edges of the calculators' rules that their own tests leave open: which record of
 * a child is kept, which placement a child lives in, how workers listed twice combine, and that
 * calculators of different periods never merge.
 */
class CalculatorEdgeCasesTest {

  private static final DateRange FY2023 =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
  private static final DateRange FY2022 =
      DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31));
  private static final LocalDate END = FY2023.end();

  private static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void merge_calculatorsOfDifferentPeriods_isRefused() {
    assertThatThrownBy(() -> ReturnInterviews.of(FY2023).merge(ReturnInterviews.of(FY2022)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different periods");
    assertThatThrownBy(() -> AdoptionTimeliness.of(FY2023).merge(AdoptionTimeliness.of(FY2022)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CareLeaversInEet.of(FY2023).merge(CareLeaversInEet.of(FY2022)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void returnInterviews_heldWithoutAnOfferRecorded_countsAsOffered() {
    MissingEpisode heldOnly =
        new MissingEpisode(
            "A",
            day("2023-05-01"),
            Optional.of(day("2023-05-02")),
            false,
            Optional.of(day("2023-05-03")));
    MissingEpisode neither =
        new MissingEpisode(
            "B", day("2023-05-01"), Optional.of(day("2023-05-02")), false, Optional.empty());
    assertThat(ReturnInterviews.of(FY2023).add(heldOnly).offered().numerator())
        .isEqualByComparingTo("1");
    assertThat(ReturnInterviews.of(FY2023).add(neither).offered().numerator()).isZero();
  }

  @Test
  void returnInterviews_eachMeasureHasItsOwnName() {
    ReturnInterviews c = ReturnInterviews.of(FY2023);
    assertThat(c.offered().measure()).isEqualTo("Return interviews offered");
    assertThat(c.heldWithin72Hours().measure()).isEqualTo("Return interviews held within 72 hours");
  }

  private static Adoption adoption(String foster, String order, String matched) {
    return new Adoption(
        "A",
        day("2020-01-01"),
        Optional.ofNullable(foster).map(LocalDate::parse),
        Optional.ofNullable(order).map(LocalDate::parse),
        Optional.ofNullable(matched).map(LocalDate::parse),
        day("2022-01-01"),
        day("2023-06-01"));
  }

  @Test
  void adoption_fosterPlacementAfterMovingIn_isNotTheStartOfA10() {
    AdoptionTimeliness c = AdoptionTimeliness.of(FY2023).add(adoption("2022-06-01", null, null));
    assertThat(c.a10().numerator()).isEqualByComparingTo(c.a1().numerator());
    assertThat(c.a10().numerator()).isEqualByComparingTo("731");
  }

  @Test
  void adoption_recordsOfOneChildInAnyOrder_keepTheSameRecord() {
    List<Adoption> records =
        List.of(
            adoption("2021-01-01", "2021-03-01", "2021-04-01"),
            adoption("2021-02-01", "2021-03-01", "2021-04-01"),
            adoption("2021-01-01", "2021-02-01", "2021-04-01"),
            adoption("2021-01-01", "2021-02-01", "2021-03-01"),
            adoption(null, null, null));
    List<String> expected = null;
    for (int rotation = 0; rotation < records.size(); rotation++) {
      List<Adoption> order = new ArrayList<>(records);
      Collections.rotate(order, rotation);
      if (rotation % 2 == 1) {
        Collections.reverse(order);
      }
      AdoptionTimeliness c = AdoptionTimeliness.of(FY2023);
      order.forEach(c::add);
      List<String> got =
          List.of(c.a1().toString(), c.a2().toString(), c.a10().toString(), "" + c.a2().included());
      if (expected == null) {
        expected = got;
      }
      assertThat(got).as("rotation %d", rotation).isEqualTo(expected);
    }
    // the earliest foster placement, then the earliest order, then the earliest match
    AdoptionTimeliness c = AdoptionTimeliness.of(FY2023);
    records.forEach(c::add);
    assertThat(c.a2().numerator()).isEqualByComparingTo("28"); // 1 to 29 February 2021
    assertThat(c.a10().numerator()).isEqualByComparingTo("366"); // from 1 January 2021
  }

  @Test
  void caseload_workerListedTwice_holdsCasesIfEitherEntrySaysSo() {
    for (boolean firstHolds : new boolean[] {true, false}) {
      IndicatorResult r =
          Caseload.at(END)
              .add(new CaseWorker("W1", BigDecimal.ONE, firstHolds))
              .add(new CaseWorker("W1", new BigDecimal("0.5"), !firstHolds))
              .add(new CaseAllocation("A", "W1", day("2023-01-01"), Optional.empty()))
              .result();
      assertThat(r.included()).extracting(Counted::id).containsExactly("A");
      assertThat(r.denominator()).isEqualByComparingTo("1");
    }
  }

  private static LookedAfterPeriod care(String id, String start) {
    return new LookedAfterPeriod(id, day("2015-01-01"), day(start), Optional.empty());
  }

  @Test
  void stability_noPlacementOpenAtTheEnd_isExcludedForThatReason() {
    IndicatorResult r =
        LongTermPlacementStability.of(FY2023)
            .add(care("A", "2020-01-01"))
            .add(placement("A", "2020-01-01", "2023-01-01", false))
            .add(care("B", "2020-01-01"))
            .add(placement("B", "2020-01-01", null, true))
            .result();
    assertThat(r.excluded())
        .containsExactly(
            new Excluded("A", END, CareHistories.NO_PLACEMENT),
            new Excluded("B", END, CareHistories.SHORT_BREAKS));
  }

  @Test
  void stability_adoptionByFosterCarers_followsOnlyThePlacementEndingTheDayItStarts() {
    IndicatorResult r =
        LongTermPlacementStability.of(FY2023)
            .add(care("A", "2015-06-01"))
            .add(placement("A", "2015-06-01", "2016-01-01", false))
            .add(placement("A", "2022-06-01", "2023-09-01", true))
            .add(placement("A", "2022-06-01", "2023-09-01", false))
            .add(new Placement("A", day("2023-09-01"), Optional.empty(), "A4", false))
            .result();
    // lived there since 1 June 2022, less than two years before 31 March 2024
    assertThat(r.included()).containsExactly(new Counted("A", END, BigDecimal.ZERO));
  }

  @Test
  void entries_describeThemselvesWithoutTheId() {
    assertThat(new Counted("JaneDoe-1", END, new BigDecimal("1.50")))
        .hasToString("Counted[date=2024-03-31, contribution=1.50]");
    assertThat(new Excluded("JaneDoe-1", END, "why"))
        .hasToString("Excluded[date=2024-03-31, reason=why]");
  }
}
