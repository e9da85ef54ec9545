package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.Adoption;
import org.junit.jupiter.api.Test;

class AdoptionTimelinessTest {

  private static final DateRange THREE_YEARS =
      DateRange.of(LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31));

  private static Optional<LocalDate> d(String s) {
    return Optional.ofNullable(s).map(LocalDate::parse);
  }

  private static Adoption adoption(
      String id,
      String entered,
      String foster,
      String order,
      String matched,
      String movedIn,
      String adopted) {
    return new Adoption(
        id,
        LocalDate.parse(entered),
        d(foster),
        d(order),
        d(matched),
        LocalDate.parse(movedIn),
        LocalDate.parse(adopted));
  }

  private final AdoptionTimeliness calc =
      AdoptionTimeliness.of(THREE_YEARS)
          // 2024-01-01 to 2024-03-01 crosses 29 February: 60 days
          .add(
              adoption(
                  "A", "2024-01-01", null, "2024-01-10", "2024-02-09", "2024-03-01", "2024-03-30"))
          // matched before the placement order: A2 counts 0; adopted by foster carers
          .add(
              adoption(
                  "B",
                  "2021-01-01",
                  "2021-02-01",
                  "2021-06-01",
                  "2021-05-01",
                  "2021-07-01",
                  "2022-01-01"))
          // no placement order recorded
          .add(adoption("C", "2020-01-01", null, null, null, "2020-12-31", "2021-06-01"))
          // adopted after the period: not counted
          .add(adoption("D", "2020-01-01", null, null, null, "2020-12-31", "2024-04-01"));

  @Test
  void a1_averagesDaysFromCareToMovingIn() {
    IndicatorResult r = calc.a1();
    // 60 + 181 + 365 = 606 days over 3 children = 202
    assertThat(r.numerator()).isEqualByComparingTo("606");
    assertThat(r.denominator()).isEqualByComparingTo("3");
    assertThat(r.number()).hasValue(new BigDecimal("202"));
    assertThat(r.countingUnit()).isEqualTo(CountingUnit.CHILDREN);
  }

  @Test
  void a2_matchBeforeOrderIsZeroAndMissingOrderIsExcluded() {
    IndicatorResult r = calc.a2();
    assertThat(r.numerator()).isEqualByComparingTo("30");
    assertThat(r.denominator()).isEqualByComparingTo("2");
    assertThat(r.number()).hasValue(new BigDecimal("15"));
    assertThat(r.excluded())
        .containsExactly(
            new Excluded("C", LocalDate.of(2021, 6, 1), AdoptionTimeliness.NO_PLACEMENT_ORDER));
  }

  @Test
  void a10_countsFosterCarerAdoptionsFromTheFosterPlacement() {
    IndicatorResult r = calc.a10();
    // 60 + 31 + 365 = 456 over 3 = 152
    assertThat(r.numerator()).isEqualByComparingTo("456");
    assertThat(r.number()).hasValue(new BigDecimal("152"));
  }

  @Test
  void a1_duplicateRecordOfAChild_countedOnce() {
    AdoptionTimeliness c =
        AdoptionTimeliness.of(THREE_YEARS)
            .add(adoption("A", "2022-01-01", null, null, null, "2022-02-01", "2022-06-01"))
            .add(adoption("A", "2022-01-01", null, null, null, "2022-02-01", "2022-06-02"));
    assertThat(c.a1().denominator()).isEqualByComparingTo("1");
    assertThat(c.a1().excluded())
        .extracting(Excluded::reason)
        .containsExactly(AdoptionTimeliness.ANOTHER_RECORD);
  }

  private static final DateRange MERGE_PERIOD =
      DateRange.of(LocalDate.of(2017, 4, 1), LocalDate.of(2021, 3, 31));

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    MergeLaw.check(
        () -> AdoptionTimeliness.of(MERGE_PERIOD),
        (c, r) -> {
          if (r instanceof Adoption adoption) {
            c.add(adoption);
          }
        },
        AdoptionTimeliness::merge,
        c -> List.of(c.a1(), c.a2(), c.a10()));
  }
}
