package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.MissingEpisode;
import org.junit.jupiter.api.Test;

class ReturnInterviewsTest {

  private static final DateRange FY2023 =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));

  private static MissingEpisode ep(
      String id, String start, String back, boolean offered, String held) {
    return new MissingEpisode(
        id,
        LocalDate.parse(start),
        Optional.ofNullable(back).map(LocalDate::parse),
        offered,
        Optional.ofNullable(held).map(LocalDate::parse));
  }

  @Test
  void heldWithin72Hours_dayOfReturnPlusThreeIsWithinPlusFourIsNot() {
    ReturnInterviews c =
        ReturnInterviews.of(FY2023)
            .add(ep("A", "2024-02-26", "2024-02-27", true, "2024-03-01")) // over the leap day: +3
            .add(ep("A", "2024-03-05", "2024-03-05", true, "2024-03-09")) // +4
            .add(ep("B", "2024-03-30", "2024-03-31", true, null)) // offered, not held
            .add(ep("C", "2024-03-30", "2024-04-01", true, "2024-04-01")); // returns after the year
    IndicatorResult held = c.heldWithin72Hours();
    assertThat(held.countingUnit()).isEqualTo(CountingUnit.EVENTS);
    assertThat(held.included())
        .containsExactly(
            new Counted("A", LocalDate.of(2024, 2, 27), BigDecimal.ONE),
            new Counted("A", LocalDate.of(2024, 3, 5), BigDecimal.ZERO),
            new Counted("B", LocalDate.of(2024, 3, 31), BigDecimal.ZERO));
    assertThat(c.offered().numerator()).isEqualByComparingTo("3");
  }

  @Test
  void offered_heldCountsAsOfferedAndUnreturnedIsExcluded() {
    ReturnInterviews c =
        ReturnInterviews.of(FY2023)
            .add(ep("A", "2023-05-01", "2023-05-02", false, "2023-05-03"))
            .add(ep("B", "2023-05-01", "2023-05-02", false, null))
            .add(ep("C", "2024-03-20", null, false, null));
    IndicatorResult offered = c.offered();
    assertThat(offered.number()).hasValue(new BigDecimal("50.0"));
    assertThat(offered.excluded())
        .containsExactly(
            new Excluded("C", LocalDate.of(2024, 3, 20), ReturnInterviews.NOT_RETURNED));
  }

  private static final DateRange MERGE_PERIOD =
      DateRange.of(LocalDate.of(2017, 4, 1), LocalDate.of(2021, 3, 31));

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    MergeLaw.check(
        () -> ReturnInterviews.of(MERGE_PERIOD),
        (c, r) -> {
          if (r instanceof MissingEpisode missingEpisode) {
            c.add(missingEpisode);
          }
        },
        ReturnInterviews::merge,
        c -> List.of(c.offered(), c.heldWithin72Hours()));
  }
}
