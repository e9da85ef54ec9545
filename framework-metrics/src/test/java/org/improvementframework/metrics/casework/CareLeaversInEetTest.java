package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.CareLeaverActivity.Activity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CareLeaversInEetTest {

  private static final DateRange FY2023 =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));

  private static CareLeaverActivity a(String id, String birthday, int age, Activity act) {
    return new CareLeaverActivity(id, LocalDate.parse(birthday), age, act);
  }

  @ParameterizedTest(name = "{0} is EET: {1}")
  @CsvSource({
    "F1, true",
    "P1, true",
    "F2, true",
    "P2, true",
    "F4, true",
    "P4, true",
    "G4, false",
    "G5, false",
    "G6, false",
    "0, false"
  })
  void result_activityCode(String code, boolean eet) {
    IndicatorResult r =
        CareLeaversInEet.of(FY2023)
            .add(a("A", "2023-06-01", 19, Activity.ofCode(code).orElseThrow()))
            .result();
    assertThat(r.included())
        .containsExactly(
            new Counted("A", LocalDate.of(2023, 6, 1), eet ? BigDecimal.ONE : BigDecimal.ZERO));
  }

  @Test
  void result_agesAndBirthdaysAtThePeriodEdges() {
    IndicatorResult r =
        CareLeaversInEet.of(FY2023)
            .add(a("A", "2024-02-29", 21, Activity.F4)) // leap-day birthday inside
            .add(a("B", "2024-04-01", 20, Activity.F4)) // the day after the period: ignored
            .add(a("C", "2023-04-01", 18, Activity.F4)) // wrong age
            .add(a("D", "2023-04-01", 19, Activity.NO_INFORMATION))
            .result();
    assertThat(r.countingUnit()).isEqualTo(CountingUnit.CHILDREN);
    assertThat(r.included()).extracting(Counted::id).containsExactly("A", "D");
    assertThat(r.excluded())
        .containsExactly(new Excluded("C", LocalDate.of(2023, 4, 1), CareLeaversInEet.WRONG_AGE));
    assertThat(r.number()).hasValue(new BigDecimal("50.0"));
  }

  @Test
  void result_twoRecordsOfOneYoungPerson_countedOnceInWhicheverOrder() {
    CareLeaverActivity g5 = a("A", "2023-06-01", 20, Activity.G5);
    CareLeaverActivity p2 = a("A", "2023-06-01", 20, Activity.P2);
    IndicatorResult one = CareLeaversInEet.of(FY2023).add(g5).add(p2).result();
    IndicatorResult two = CareLeaversInEet.of(FY2023).add(p2).add(g5).result();
    assertThat(one).isEqualTo(two);
    assertThat(one.denominator()).isEqualByComparingTo("1");
    assertThat(one.numerator()).isEqualByComparingTo("1");
    assertThat(one.excluded())
        .extracting(Excluded::reason)
        .containsExactly(CareLeaversInEet.ANOTHER_RECORD);
  }

  private static CareLeaverActivity oc3(String id, Activity act, String inTouch, String accom) {
    return new CareLeaverActivity(
        id,
        LocalDate.of(2023, 6, 1),
        19,
        act,
        CareLeaverActivity.InTouch.ofCode(inTouch),
        Optional.of(accom));
  }

  @Test
  void result_diedOrReturnedHome_areExcludedByDefault_refusedAndNotRequiredStay() {
    CareLeaversInEet c =
        CareLeaversInEet.of(FY2023)
            .add(oc3("A", Activity.F4, "YES", "U1"))
            .add(oc3("B", Activity.NO_INFORMATION, "NO", "0"))
            .add(oc3("C", Activity.NO_INFORMATION, "DIED", "0"))
            .add(oc3("D", Activity.NO_INFORMATION, "REFU", "0"))
            .add(oc3("E", Activity.NO_INFORMATION, "NREQ", "0"))
            .add(oc3("F", Activity.G5, "RHOM", "B1"));
    // the DfE's footnote: "Figures exclude ... those who have died since leaving care, those
    // who have returned home to parents ... for a continuous period of at least 6 months"
    IndicatorResult r = c.result();
    assertThat(r.denominator()).isEqualByComparingTo("4");
    assertThat(r.numerator()).isEqualByComparingTo("1");
    assertThat(r.excluded())
        .extracting(Excluded::reason)
        .containsExactly(
            "IN_TOUCH code excluded from the denominator: DIED",
            "IN_TOUCH code excluded from the denominator: RHOM");
    IndicatorResult accom = c.suitableAccommodation();
    assertThat(accom.denominator()).isEqualByComparingTo("4");
    assertThat(accom.numerator()).isEqualByComparingTo("1");
  }

  @Test
  void result_withTheFourCodesChosen_leavesOutRefusedAndNotRequiredToo() {
    IndicatorResult r =
        CareLeaversInEet.of(
                FY2023,
                Set.of(
                    CareLeaverActivity.InTouch.DIED,
                    CareLeaverActivity.InTouch.RHOM,
                    CareLeaverActivity.InTouch.REFU,
                    CareLeaverActivity.InTouch.NREQ))
            .add(oc3("A", Activity.F4, "YES", "U1"))
            .add(oc3("D", Activity.NO_INFORMATION, "REFU", "0"))
            .add(oc3("E", Activity.NO_INFORMATION, "NREQ", "0"))
            .result();
    assertThat(r.denominator()).isEqualByComparingTo("1");
  }

  @Test
  void result_withNoExcludedCodes_keepsEveryone() {
    IndicatorResult r =
        CareLeaversInEet.of(FY2023, Set.of())
            .add(oc3("C", Activity.NO_INFORMATION, "DIED", "0"))
            .result();
    assertThat(r.denominator()).isEqualByComparingTo("1");
  }

  private static final DateRange MERGE_PERIOD =
      DateRange.of(LocalDate.of(2017, 4, 1), LocalDate.of(2021, 3, 31));

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    MergeLaw.check(
        () -> CareLeaversInEet.of(MERGE_PERIOD),
        (c, r) -> {
          if (r instanceof CareLeaverActivity careLeaverActivity) {
            c.add(careLeaverActivity);
          }
        },
        CareLeaversInEet::merge,
        CareLeaversInEet::result);
  }
}
