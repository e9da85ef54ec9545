package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.CaseWorker;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.LookedAfterOutcomes;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;
import org.improvementframework.model.casework.StrategyDiscussion;
import org.junit.jupiter.api.Test;

/**
 * Feeds records with a recognisable child id, worker id and date of birth through every error
 * path of the case-record types and calculators (invalid records, dates outside the calendar,
 * unmatched events, duplicates, merging different periods) and checks that no exception message,
 * exclusion reason or {@code toString()} shows them. The readers' own paths are in
 * {@code CaseRecordReaderTest} and {@code CaseRecordReaderHostileInputTest} (framework-io).
 */
class CaseworkPrivacyTest {

  private static final String CHILD = "JaneDoe-NHS4857773456";
  private static final String WORKER = "SmithJohn-SW998877";
  private static final LocalDate BORN = LocalDate.of(2009, 7, 14);
  private static final DateRange PERIOD =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

  private static void assertNoPersonalData(String text) {
    assertThat(text)
        .doesNotContain(CHILD)
        .doesNotContain("JaneDoe")
        .doesNotContain(WORKER)
        .doesNotContain("2009-07-14")
        .doesNotContain("14/07/2009")
        .doesNotContain("2009-7-14");
  }

  private static void assertFailsWithoutPersonalData(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isNotNull();
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertNoPersonalData(String.valueOf(c.getMessage()));
      assertNoPersonalData(c.toString());
    }
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void invalidRecords_throwWithoutIdOrDateOfBirth() {
    List<ThrowingCallable> invalid =
        List.of(
            () ->
                new LookedAfterPeriod(
                    CHILD, BORN, day("2020-01-01"), Optional.of(day("2019-01-01"))),
            () -> new LookedAfterPeriod(" ", BORN, day("2020-01-01"), Optional.empty()),
            () -> new LookedAfterPeriod(CHILD, null, day("2020-01-01"), Optional.empty()),
            () ->
                new CareLeaverActivity(
                    CHILD, BORN.plusYears(19), 31, CareLeaverActivity.Activity.values()[0]),
            () ->
                new CareLeaverActivity(
                    CHILD, BORN.plusYears(19), -1, CareLeaverActivity.Activity.values()[0]),
            () ->
                new Placement(
                    CHILD, day("2020-02-01"), Optional.of(day("2020-01-01")), "U1", false),
            () ->
                new MissingEpisode(
                    CHILD,
                    day("2020-02-01"),
                    Optional.of(day("2020-01-01")),
                    true,
                    Optional.empty()),
            () ->
                new MissingEpisode(
                    CHILD,
                    day("2020-02-01"),
                    Optional.of(day("2020-02-02")),
                    true,
                    Optional.of(day("2020-02-01"))),
            () ->
                new Adoption(
                    CHILD,
                    day("2020-01-01"),
                    Optional.of(day("2019-12-01")),
                    Optional.empty(),
                    Optional.empty(),
                    day("2020-06-01"),
                    day("2021-01-01")),
            () ->
                new Adoption(
                    CHILD,
                    day("2020-01-01"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    day("2020-06-01"),
                    day("2020-05-01")),
            () ->
                new CaseAllocation(
                    CHILD, WORKER, day("2020-02-01"), Optional.of(day("2020-01-01"))),
            () -> new CaseWorker(WORKER, new BigDecimal("2"), true),
            () -> new CaseWorker(WORKER, BigDecimal.ZERO, true),
            () -> new Referral(CHILD, null),
            () -> new StrategyDiscussion(CHILD, null),
            () -> new Section47Enquiry(CHILD, null),
            () -> new InitialConference(CHILD, null));
    invalid.forEach(CaseworkPrivacyTest::assertFailsWithoutPersonalData);
  }

  @Test
  void calculators_exclusionsAndResults_nameNoIdOrDateOfBirthInText() {
    IcpcTimeliness icpc =
        IcpcTimeliness.of(PERIOD, CALENDAR)
            // no strategy discussion; one far outside the calendar; a same-day duplicate
            .add(new InitialConference(CHILD, day("2023-06-01")))
            .add(new StrategyDiscussion(CHILD + "2", day("2099-01-02")))
            .add(new InitialConference(CHILD + "2", day("2099-01-30")))
            .add(new InitialConference(CHILD, day("2023-06-01")));
    Section47ToConference s47 =
        Section47ToConference.of(PERIOD, CALENDAR)
            .add(new InitialConference(CHILD, day("2023-06-01")))
            .add(new Section47Enquiry(CHILD + "3", day("1900-01-01")))
            .add(new InitialConference(CHILD + "3", day("2023-07-01")));
    ReReferrals reReferrals =
        ReReferrals.of(PERIOD)
            .add(new Referral(CHILD, day("2023-05-01")))
            .add(new Referral(CHILD, day("2023-05-01")));
    PlacementMoves moves =
        PlacementMoves.of(PERIOD)
            .add(new LookedAfterPeriod(CHILD, BORN, day("2022-01-01"), Optional.empty()))
            .add(new Placement(CHILD, day("2021-01-01"), Optional.empty(), "U1", false))
            .add(new Placement(CHILD + "4", day("2023-05-01"), Optional.empty(), "U1", true));
    LongTermPlacementStability stability =
        LongTermPlacementStability.of(PERIOD)
            .add(new LookedAfterPeriod(CHILD, BORN, day("2020-01-01"), Optional.empty()))
            .add(new Placement(CHILD, day("2023-01-01"), Optional.empty(), "U1", false));
    CareLeaversInEet eet =
        CareLeaversInEet.of(PERIOD)
            .add(
                new CareLeaverActivity(
                    CHILD, day("2023-07-14"), 14, CareLeaverActivity.Activity.values()[0]));
    ReturnInterviews interviews =
        ReturnInterviews.of(PERIOD)
            .add(
                new MissingEpisode(
                    CHILD, day("2023-05-01"), Optional.empty(), false, Optional.empty()));
    AdoptionTimeliness adoptions =
        AdoptionTimeliness.of(PERIOD)
            .add(
                new Adoption(
                    CHILD,
                    day("2021-01-01"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    day("2023-05-01"),
                    day("2023-06-01")));
    Caseload caseload =
        Caseload.at(day("2023-09-30"))
            .add(new CaseWorker(WORKER, new BigDecimal("0.5"), false))
            .add(new CaseAllocation(CHILD, WORKER, day("2023-01-01"), Optional.empty()))
            .add(new CaseAllocation(CHILD + "5", "nobody", day("2023-01-01"), Optional.empty()));

    List<IndicatorResult> results =
        new ArrayList<>(
            List.of(
                icpc.result(),
                s47.result(),
                reReferrals.result(),
                moves.result(),
                stability.result(),
                eet.result(),
                interviews.offered(),
                interviews.heldWithin72Hours(),
                adoptions.a1(),
                adoptions.a2(),
                adoptions.a10(),
                caseload.result()));
    long exclusions = 0;
    for (IndicatorResult r : results) {
      assertNoPersonalData(r.toString());
      for (IndicatorResult.Excluded e : r.excluded()) {
        assertNoPersonalData(e.reason());
        assertNoPersonalData(e.toString());
        exclusions++;
      }
      r.included().forEach(c -> assertNoPersonalData(c.toString()));
    }
    assertThat(exclusions).isGreaterThanOrEqualTo(5);
  }

  @Test
  void calculators_mergeOfDifferentPeriodsAndNullRecords_nameNoPersonalData() {
    DateRange other = DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31));
    assertFailsWithoutPersonalData(
        () ->
            IcpcTimeliness.of(PERIOD, CALENDAR)
                .add(new InitialConference(CHILD, day("2023-06-01")))
                .merge(IcpcTimeliness.of(other, CALENDAR)));
    assertFailsWithoutPersonalData(
        () ->
            ReReferrals.of(PERIOD)
                .add(new Referral(CHILD, day("2023-05-01")))
                .merge(ReReferrals.of(other)));
    assertFailsWithoutPersonalData(
        () ->
            PlacementMoves.of(PERIOD)
                .add(new LookedAfterPeriod(CHILD, BORN, day("2022-01-01"), Optional.empty()))
                .merge(PlacementMoves.of(other)));
    assertFailsWithoutPersonalData(
        () ->
            Caseload.at(day("2023-09-30"))
                .add(new CaseWorker(WORKER, BigDecimal.ONE, true))
                .merge(Caseload.at(day("2023-10-31"))));
    assertFailsWithoutPersonalData(
        () -> IcpcTimeliness.of(PERIOD, CALENDAR).add((InitialConference) null));
  }

  /** The paths added for the statutory returns: event dates must not show either. */
  @Test
  void returnsPaths_showNoIdDateOfBirthOrEventDate() {
    String event = "2023-06-05";
    assertFailsWithoutPersonalData(
        () -> new LookedAfterPeriod(CHILD, BORN, day(event), Optional.of(day("2023-06-01"))));
    assertThat(
            catchThrowable(
                () ->
                    new MissingEpisode(
                        CHILD, day(event), Optional.empty(), true, Optional.of(day("2023-06-07")))))
        .message()
        .doesNotContain(event)
        .doesNotContain("2023-06-07");
    IcpcTimeliness icpc =
        IcpcTimeliness.of(PERIOD, CALENDAR)
            .add(new InitialConference(CHILD, day(event)))
            .add(new StrategyDiscussion(CHILD, day("2023-06-07")));
    icpc.timings()
        .forEach(t -> assertThat(t.toString()).doesNotContain(event).doesNotContain(CHILD));
    assertNoPersonalData(icpc.result().toString());
    assertFailsWithoutPersonalData(
        () ->
            IcpcTimeliness.of(PERIOD, CALENDAR)
                .merge(
                    IcpcTimeliness.of(PERIOD, CALENDAR, WorkingDayConvention.START_DAY_EXCLUDED)));
    CareLeaversInEet leavers =
        CareLeaversInEet.of(PERIOD)
            .add(
                new CareLeaverActivity(
                    CHILD,
                    day("2023-07-14"),
                    19,
                    CareLeaverActivity.Activity.G5,
                    Optional.of(CareLeaverActivity.InTouch.REFU),
                    Optional.of("S2")));
    assertNoPersonalData(leavers.result().toString());
    leavers.result().excluded().forEach(e -> assertNoPersonalData(e.toString()));
    assertNoPersonalData(leavers.suitableAccommodation().toString());
    IndicatorResult caseload =
        WorkforceCaseload.at(day("2023-09-30"))
            .add(WORKER, new BigDecimal("0.8"), 12)
            .add(CHILD, null, 0)
            .result();
    assertNoPersonalData(caseload.toString());
    caseload.excluded().forEach(e -> assertNoPersonalData(e.toString()));
  }

  /** The OC2 outcomes path: records, exclusions, breakdowns and failures. */
  @Test
  void outcomesPath_showsNoIdOrDateOfBirth() {
    Optional<Boolean> yes = Optional.of(true);
    LookedAfterOutcomes o =
        new LookedAfterOutcomes(CHILD, BORN, yes, yes, yes, yes, yes, yes, Optional.of(9));
    assertNoPersonalData(o.toString());
    ContinuousCareOutcomes c =
        ContinuousCareOutcomes.of(PERIOD)
            .add(o)
            .add(o)
            .add(
                new LookedAfterOutcomes(
                    CHILD + "x", day("2025-01-01"), yes, yes, yes, yes, yes, yes, Optional.empty()))
            .addUnaccompanied(CHILD);
    long exclusions = 0;
    for (IndicatorResult r : c.results().values()) {
      assertNoPersonalData(r.toString());
      assertNoPersonalData(r.breakdown().toString());
      for (IndicatorResult.Excluded e : r.excluded()) {
        assertNoPersonalData(e.reason());
        assertNoPersonalData(e.toString());
        exclusions++;
      }
    }
    assertThat(exclusions).isGreaterThanOrEqualTo(14);
    assertFailsWithoutPersonalData(
        () -> new LookedAfterOutcomes(CHILD, BORN, yes, yes, yes, yes, yes, yes, Optional.of(99)));
    DateRange other = DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31));
    assertFailsWithoutPersonalData(() -> c.merge(ContinuousCareOutcomes.of(other)));
  }
}
