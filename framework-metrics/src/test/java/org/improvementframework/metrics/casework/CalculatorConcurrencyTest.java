package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.improvementframework.metrics.ConcurrencyStressTest;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.CaseWorker;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;
import org.improvementframework.model.casework.StrategyDiscussion;
import org.junit.jupiter.api.Test;

/**
 * Every calculator, one instance per thread as documented, over the same shared records and the
 * same shared calendar from 16 threads at once gives the single-threaded results.
 */
class CalculatorConcurrencyTest {

  private static final DateRange PERIOD =
      DateRange.of(LocalDate.of(2016, 4, 1), LocalDate.of(2024, 3, 31));
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

  /** Runs every calculator over the records and returns all their results. */
  static List<IndicatorResult> everyResult(List<Object> records) {
    IcpcTimeliness icpc = IcpcTimeliness.of(PERIOD, CALENDAR);
    Section47ToConference s47 = Section47ToConference.of(PERIOD, CALENDAR);
    ReReferrals reReferrals = ReReferrals.of(PERIOD);
    PlacementMoves moves = PlacementMoves.of(PERIOD);
    LongTermPlacementStability stability = LongTermPlacementStability.of(PERIOD);
    CareLeaversInEet eet = CareLeaversInEet.of(PERIOD);
    ReturnInterviews interviews = ReturnInterviews.of(PERIOD);
    AdoptionTimeliness adoptions = AdoptionTimeliness.of(PERIOD);
    Caseload caseload = Caseload.at(LocalDate.of(2020, 9, 30));
    for (Object r : records) {
      if (r instanceof StrategyDiscussion sd) {
        icpc.add(sd);
      } else if (r instanceof InitialConference c) {
        icpc.add(c);
        s47.add(c);
      } else if (r instanceof Section47Enquiry e) {
        s47.add(e);
      } else if (r instanceof Referral ref) {
        reReferrals.add(ref);
      } else if (r instanceof LookedAfterPeriod p) {
        moves.add(p);
        stability.add(p);
      } else if (r instanceof Placement p) {
        moves.add(p);
        stability.add(p);
      } else if (r instanceof CareLeaverActivity a) {
        eet.add(a);
      } else if (r instanceof MissingEpisode m) {
        interviews.add(m);
      } else if (r instanceof Adoption a) {
        adoptions.add(a);
      } else if (r instanceof CaseWorker w) {
        caseload.add(w);
      } else if (r instanceof CaseAllocation a) {
        caseload.add(a);
      }
    }
    return List.of(
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
        caseload.result());
  }

  @Test
  void everyCalculator_sharedRecordsFrom16Threads_equalsTheSingleThreadedResults()
      throws Exception {
    List<Object> records = List.copyOf(new CaseRecordGenerator(20261125L).all(200));
    List<IndicatorResult> expected = everyResult(records);
    assertThat(expected).allSatisfy(r -> assertThat(r.denominator()).isPositive());
    long runs = ConcurrencyStressTest.check(expected, () -> everyResult(records), 25);
    assertThat(runs).isEqualTo(ConcurrencyStressTest.THREADS * 25L);
  }
}
