package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementframework.metrics.casework.PlacementMovesTest.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;
import org.junit.jupiter.api.Test;

class LongTermPlacementStabilityTest {

  private static final DateRange FY2023 =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
  private static final LocalDate END = FY2023.end();

  private static LookedAfterPeriod care(String id, String dob, String start) {
    return new LookedAfterPeriod(
        id, LocalDate.parse(dob), LocalDate.parse(start), Optional.empty());
  }

  @Test
  void result_edgesOfTwoAndAHalfAndTwoYearsInALeapYear() {
    IndicatorResult r =
        LongTermPlacementStability.of(FY2023)
            // 31 March 2024 minus 30 months is 30 September 2021; minus 2 years is 31 March 2022
            .add(care("A", "2012-01-01", "2021-09-30"))
            .add(placement("A", "2022-03-31", null, false))
            .add(care("B", "2012-01-01", "2021-09-30"))
            .add(placement("B", "2022-04-01", null, false))
            .add(care("C", "2012-01-01", "2021-10-01"))
            .add(placement("C", "2021-10-01", null, false))
            .result();
    assertThat(r.included())
        .containsExactly(
            new Counted("A", END, BigDecimal.ONE), new Counted("B", END, BigDecimal.ZERO));
    assertThat(r.excluded())
        .containsExactly(new Excluded("C", END, LongTermPlacementStability.NOT_LONG_ENOUGH));
  }

  @Test
  void result_sixteenthBirthdayOn31March_isExcluded() {
    IndicatorResult r =
        LongTermPlacementStability.of(FY2023)
            .add(care("A", "2008-03-31", "2015-01-01"))
            .add(placement("A", "2015-01-01", null, false))
            .add(care("B", "2008-04-01", "2015-01-01"))
            .add(placement("B", "2015-01-01", null, false))
            .result();
    assertThat(r.excluded())
        .containsExactly(new Excluded("A", END, LongTermPlacementStability.AGED_16));
    assertThat(r.included()).extracting(Counted::id).containsExactly("B");
  }

  @Test
  void result_adoptionByFosterCarers_countsFromTheFosterPlacement() {
    IndicatorResult r =
        LongTermPlacementStability.of(FY2023)
            .add(care("A", "2015-01-01", "2020-01-01"))
            .add(placement("A", "2020-01-01", "2023-09-01", false))
            .add(new Placement("A", LocalDate.of(2023, 9, 1), Optional.empty(), "A4", false))
            .add(care("B", "2015-01-01", "2020-01-01"))
            .add(placement("B", "2020-01-01", "2023-09-01", false))
            .add(new Placement("B", LocalDate.of(2023, 9, 1), Optional.empty(), "A6", false))
            .result();
    assertThat(r.included())
        .filteredOn(Counted::inNumerator)
        .extracting(Counted::id)
        .containsExactly("A");
  }

  private static final DateRange MERGE_PERIOD =
      DateRange.of(LocalDate.of(2017, 4, 1), LocalDate.of(2021, 3, 31));

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    MergeLaw.check(
        () -> LongTermPlacementStability.of(MERGE_PERIOD),
        (c, r) -> {
          if (r instanceof LookedAfterPeriod lookedAfterPeriod) {
            c.add(lookedAfterPeriod);
          } else if (r instanceof Placement placement) {
            c.add(placement);
          }
        },
        LongTermPlacementStability::merge,
        LongTermPlacementStability::result);
  }
}
