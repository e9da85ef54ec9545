package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Referral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReReferralsTest {

  private static final DateRange FY2024 =
      DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

  @ParameterizedTest(name = "{0} after {1}: re-referral {2}")
  @CsvSource({
    "2024-06-10, 2023-06-10, true", // exactly 12 months
    "2024-06-10, 2023-06-09, false", // 12 months and a day
    "2025-02-28, 2024-02-29, true", // from a leap day
    "2024-04-01, 2023-04-01, true", // previous referral before the period
    "2024-04-01, 2024-04-01, false", // same day: a duplicate, not a re-referral
  })
  void result_referralAfterPrevious(LocalDate referral, LocalDate previous, boolean again) {
    IndicatorResult r =
        ReReferrals.of(FY2024)
            .add(new Referral("A", previous))
            .add(new Referral("A", referral))
            .result();
    assertThat(r.included())
        .contains(new Counted("A", referral, again ? BigDecimal.ONE : BigDecimal.ZERO));
  }

  @Test
  void result_sameDayReferrals_secondExcludedAsDuplicate() {
    LocalDate d = LocalDate.of(2024, 5, 1);
    IndicatorResult r =
        ReReferrals.of(FY2024).add(new Referral("A", d)).add(new Referral("A", d)).result();
    assertThat(r.denominator()).isEqualByComparingTo("1");
    assertThat(r.excluded())
        .singleElement()
        .extracting(IndicatorResult.Excluded::reason)
        .isEqualTo(ReReferrals.DUPLICATE);
  }

  @Test
  void result_threeReferralsOfOneChild_countsEachEvent() {
    IndicatorResult r =
        ReReferrals.of(FY2024)
            .add(new Referral("A", LocalDate.of(2024, 5, 1)))
            .add(new Referral("A", LocalDate.of(2024, 9, 1)))
            .add(new Referral("A", LocalDate.of(2025, 3, 1)))
            .add(new Referral("B", LocalDate.of(2024, 7, 1)))
            .result();
    assertThat(r.denominator()).isEqualByComparingTo("4");
    assertThat(r.numerator()).isEqualByComparingTo("2");
    assertThat(r.number()).hasValue(new BigDecimal("50.0"));
  }

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    DateRange period = DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2022, 3, 31));
    MergeLaw.check(
        () -> ReReferrals.of(period),
        (c, r) -> {
          if (r instanceof Referral referral) {
            c.add(referral);
          }
        },
        ReReferrals::merge,
        ReReferrals::result);
  }
}
