package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;
import org.junit.jupiter.api.Test;

class PlacementMovesTest {

  private static final DateRange FY2023 =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
  private static final LocalDate DOB = LocalDate.of(2012, 5, 5);

  static LookedAfterPeriod care(String id, String start, String end) {
    return new LookedAfterPeriod(
        id, DOB, LocalDate.parse(start), Optional.ofNullable(end).map(LocalDate::parse));
  }

  static Placement placement(String id, String start, String end, boolean shortBreak) {
    return new Placement(
        id,
        LocalDate.parse(start),
        Optional.ofNullable(end).map(LocalDate::parse),
        "U1",
        shortBreak);
  }

  @Test
  void result_threePlacementsIncludingOneOpenOnFirstApril_isCounted() {
    IndicatorResult r =
        PlacementMoves.of(FY2023)
            .add(care("A", "2022-01-01", null))
            .add(placement("A", "2022-01-01", "2023-04-01", false)) // open on 1 April
            .add(placement("A", "2023-04-01", "2023-10-01", false))
            .add(placement("A", "2023-10-01", null, false))
            .add(care("B", "2022-01-01", null))
            .add(placement("B", "2022-01-01", "2023-03-31", false)) // ended before the year
            .add(placement("B", "2023-03-31", "2023-10-01", false))
            .add(placement("B", "2023-10-01", null, false))
            .result();
    assertThat(r.countingUnit()).isEqualTo(CountingUnit.CHILDREN);
    assertThat(r.denominator()).isEqualByComparingTo("2");
    assertThat(r.included())
        .filteredOn(IndicatorResult.Counted::inNumerator)
        .extracting(IndicatorResult.Counted::id)
        .containsExactly("A");
  }

  @Test
  void result_periodEndingOn31March_isNotLookedAfterAt31MarchAndSaysSo() {
    IndicatorResult r =
        PlacementMoves.of(FY2023)
            .add(care("A", "2023-05-01", "2024-03-31"))
            .add(placement("A", "2023-05-01", "2024-03-31", false))
            .add(care("OLD", "2019-05-01", "2020-03-31"))
            .result();
    assertThat(r.included()).isEmpty();
    // a child in care during the period is accounted for; one who left years before is not
    assertThat(r.excluded())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo("A");
              assertThat(e.reason()).isEqualTo("not looked after at the end of the period");
            });
  }

  @Test
  void result_shortBreaksOnly_isExcludedAndShortBreaksAreNotCounted() {
    IndicatorResult r =
        PlacementMoves.of(FY2023)
            .add(care("A", "2023-05-01", null))
            .add(placement("A", "2023-05-01", null, true))
            .add(care("B", "2023-05-01", null))
            .add(placement("B", "2023-05-01", "2023-06-01", true))
            .add(placement("B", "2023-06-01", "2023-07-01", true))
            .add(placement("B", "2023-07-01", null, false))
            .result();
    assertThat(r.excluded())
        .containsExactly(new Excluded("A", FY2023.end(), CareHistories.SHORT_BREAKS));
    assertThat(r.included())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo("B");
              assertThat(c.inNumerator()).isFalse();
            });
  }

  @Test
  void result_noPlacementRecorded_isExcluded() {
    IndicatorResult r = PlacementMoves.of(FY2023).add(care("A", "2023-05-01", null)).result();
    assertThat(r.excluded())
        .extracting(Excluded::reason)
        .containsExactly(CareHistories.NO_PLACEMENT);
  }

  private static final DateRange MERGE_PERIOD =
      DateRange.of(LocalDate.of(2017, 4, 1), LocalDate.of(2021, 3, 31));

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    MergeLaw.check(
        () -> PlacementMoves.of(MERGE_PERIOD),
        (c, r) -> {
          if (r instanceof LookedAfterPeriod lookedAfterPeriod) {
            c.add(lookedAfterPeriod);
          } else if (r instanceof Placement placement) {
            c.add(placement);
          }
        },
        PlacementMoves::merge,
        PlacementMoves::result);
  }
}
