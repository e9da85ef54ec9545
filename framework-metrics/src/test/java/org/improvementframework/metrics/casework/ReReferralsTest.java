package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
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

  /**
   * Short ids (sorted by their characters) and long ones (numbered through the id table) give the
   * same result: every id prefixed with the same nine characters, which keeps their order but makes
   * them all long, gives the same entries with the prefix on their ids; and a calculator that
   * meets a long id after short ones, or merges one kind into the other, gives it too.
   */
  @Test
  void result_isTheSame_forShortAndLongIds_andAcrossMerges() {
    DateRange period = DateRange.of(LocalDate.of(2020, 4, 1), LocalDate.of(2022, 3, 31));
    String prefix = "REFERRAL-";
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 40)).ofSizeBetween(1, 80),
            lists().of(integers().between(0, 1200)).ofSizeBetween(1, 80),
            integers().between(0, 80))
        .checkAssert(
            (children, days, split) -> {
              ReReferrals byShort = ReReferrals.of(period);
              ReReferrals byLong = ReReferrals.of(period);
              ReReferrals first = ReReferrals.of(period);
              ReReferrals second = ReReferrals.of(period);
              for (int i = 0; i < children.size(); i++) {
                // child 0's ids are long either way
                String id = children.get(i) == 0 ? "LONG-ID-0000" : "C" + children.get(i);
                long day = LocalDate.of(2019, 4, 1).toEpochDay() + days.get(i % days.size());
                byShort.addReferral(id, day);
                byLong.addReferral(prefix + id, day);
                (i < split ? first : second).addReferral(id, day);
              }
              IndicatorResult expected = byShort.result();
              ShortIdCases.assertPrefixed(byLong.result(), expected, prefix);
              IndicatorResult merged = ReReferrals.of(period).merge(first).merge(second).result();
              assertThat(merged).isEqualTo(expected);
              assertThat(second.merge(first).result()).isEqualTo(expected);
            });
  }

  /**
   * Ids given as UTF-8 bytes (packed from the bytes while short and ASCII, decoded otherwise)
   * give the result, and refuse the ids, that the same ids as text do.
   */
  @Test
  void addReferral_ofUtf8Bytes_isTheSameAsOfText() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(integers().between(0, ShortIdCases.CHARACTERS.length() - 1))
                .ofSizeBetween(0, 10),
            lists().of(integers().between(0, 30)).ofSizeBetween(1, 40),
            lists().of(integers().between(0, 700)).ofSizeBetween(1, 40))
        .checkAssert(
            (picks, children, days) -> {
              ReReferrals byText = ReReferrals.of(FY2024);
              ReReferrals byBytes = ReReferrals.of(FY2024);
              for (int i = 0; i < children.size(); i++) {
                // one drawn id, of any characters, among short ASCII ones
                String id = children.get(i) == 0 ? ShortIdCases.of(picks) : "C" + children.get(i);
                long day = LocalDate.of(2023, 6, 1).toEpochDay() + days.get(i % days.size());
                int from = i % 3;
                byte[] utf8 = ShortIdCases.utf8(id, from);
                assertThat(
                        ShortIdCases.outcome(
                            () -> byBytes.addReferral(utf8, from, utf8.length - 2, day)))
                    .isEqualTo(ShortIdCases.outcome(() -> byText.addReferral(id, day)));
              }
              assertThat(byBytes.result()).isEqualTo(byText.result());
            });
  }

  @Test
  void addReferral_aLongIdAfterShortOnes_keepsTheShortOnesReferrals() {
    ReReferrals r = ReReferrals.of(FY2024);
    r.addReferral("A", LocalDate.of(2024, 5, 1).toEpochDay());
    r.addReferral("ABCDEFGHIJ", LocalDate.of(2024, 6, 1).toEpochDay());
    r.addReferral("A", LocalDate.of(2024, 7, 1).toEpochDay());
    assertThat(r.result().included())
        .extracting(Counted::id, Counted::inNumerator)
        .containsExactly(
            Tuple.tuple("A", false), Tuple.tuple("A", true), Tuple.tuple("ABCDEFGHIJ", false));
  }
}
