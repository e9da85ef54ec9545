package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.improvementframework.metrics.rag.RagDisagreement;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Rag;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The 2015 plan (17 areas, 48 actions, 110 milestones; see {@link Plymouth2015}) reported as of
 * 31 March 2015, its own date, and as of 30 September 2015 with the March statuses unchanged.
 * Default options: a 30-day due window, the default RAG policy, the built-in rules.
 */
class MonthlyReportTest {

  private static final ImprovementPlan PLAN = Plymouth2015.plan();
  private static final LocalDate MARCH_31 = LocalDate.of(2015, 3, 31);
  private static final LocalDate SEPTEMBER_30 = LocalDate.of(2015, 9, 30);

  /*
   * As of 31 March 2015 (due = deadline 31 March to 30 April; a month target is due at its end).
   * Done (complete or ongoing) is the same on both dates, 26:
   *   area 1: 1.1.1, 1.2.1, 1.2.2 (ongoing), 1.3.1 = 4;  area 4: 4.1.1, 4.1.2, 4.2.1 = 3;
   *   area 5: all 5;  area 6: 6.1.3, 6.3.1, 6.4.1, 6.4.2, 6.4.3 = 5;  8.1.1; 9.3.1; 11.1.1;
   *   12.1.1 (ongoing); 13.1.1;  area 15: 15.1.1, 15.2.1 (ongoing) = 2;
   *   area 17: 17.1.1, 17.2.1 (both ongoing) = 2.            4+3+5+5+1+1+1+1+1+2+2 = 26
   * Undated, the same on both dates, 5: 3.2.1 "on of now", 6.2.3 (none), 15.1.4 "Action 2.1",
   *   15.1.8 (none), 17.4.3 "September 15 onwards".
   * Overdue, 3, all in area 6: 6.1.1 "Jan 2015" (59 days), 6.1.2 "15th March" (16 days),
   *   6.2.1 "March 14" (365 days).
   * Due, 24: area 1: 1.1.2, 1.2.3, 1.4.1-3 = 5; 2.1.1, 2.1.2 = 2; 4.1.3; 6.2.2, 6.2.4 = 2;
   *   7.1.1; 8.1.2; 9.1.1, 9.2.1 = 2; 10.2.1 (list: April 15 is the first not passed);
   *   12.1.3, 12.3.1 = 2; 13.1.2; 15.1.6; 16.1.1-3, 16.2.1 = 4; 17.4.1.
   *   5+2+1+2+1+1+2+1+2+1+1+4+1 = 24
   * Not due: 110 - 26 - 5 - 3 - 24 = 52.
   */
  @Test
  void march2015_counts() {
    MonthlyReport r = MonthlyReport.of(PLAN, MARCH_31, ReportOptions.defaults());
    assertThat(r.states()).isEqualTo(StateCounts.of(26, 3, 24, 52, 5));
    assertThat(r.states().percentComplete().getAsDouble()).isEqualTo(100.0 * 26 / 110);
    assertThat(r.progress().actions()).hasSize(48);
    assertThat(r.overdue())
        .extracting(d -> d.milestone().ref().toString())
        .containsExactly("6.2.1", "6.1.1", "6.1.2");
    assertThat(r.overdue()).extracting(DatedMilestone::daysOverdue).containsExactly(365L, 59L, 16L);
    assertThat(r.dueSoon()).hasSize(24);
    // Soonest first: 6.1.2 is overdue, so the first due are the March deadlines (31 March).
    assertThat(r.dueSoon().get(0).deadline()).isEqualTo(MARCH_31);
  }

  /*
   * By area as of 31 March: area 6 has 21 milestones: done 5, overdue 3, due 2 (6.2.2, 6.2.4),
   * undated 1 (6.2.3), not due 10. Area 15 has 21: done 2, due 1 (15.1.6), undated 2, not due 16.
   * By lead: John Miller leads areas 5, 12, 13, 14: 5 + 6 + 4 + 2 = 17 milestones, done
   * 5 + 1 + 1 + 0 = 7, due 0 + 2 + 1 + 0 = 3, not due 0 + 3 + 2 + 2 = 7.
   * Joy Howick leads 2, 15 and shares 16: 5 + 21 + 4 = 30; done 0 + 2 + 0 = 2.
   */
  @Test
  void march2015_byAreaAndLead() {
    PlanProgress p = MonthlyReport.of(PLAN, MARCH_31, ReportOptions.defaults()).progress();
    assertThat(p.byArea().get(AreaRef.of(6))).isEqualTo(StateCounts.of(5, 3, 2, 10, 1));
    assertThat(p.byArea().get(AreaRef.of(15))).isEqualTo(StateCounts.of(2, 0, 1, 16, 2));
    assertThat(p.byLead().get("John Miller")).isEqualTo(StateCounts.of(7, 0, 3, 7, 0));
    assertThat(p.byLead().get("Joy Howick").total()).isEqualTo(30);
    assertThat(p.byLead().get("Joy Howick").complete()).isEqualTo(2);
    // Area 6 has no lead, so nobody's counts include it.
    assertThat(p.byLead().values().stream().mapToLong(StateCounts::overdue).sum()).isZero();
  }

  /*
   * RAG as of 31 March under the default policy (first match wins):
   *   all complete -> GREEN: 1.3, 5.1, 5.2, 11.1, 17.1, 17.2;
   *   6.2: 6.2.1 365 days overdue, no resolution -> RED (reported A: a disagreement);
   *   6.1: overdue but a resolution is written -> AMBER (reported A: agrees);
   *   7.1 and 16.1: due in April with no status -> AMBER (7.1 reported A agrees; 16.1
   *   reports none);
   *   every other action -> GREEN.
   * Actions reported A that derive GREEN: 1.1, 1.2, 1.4, 2.1-2.3, 3.1-3.3, 4.1, 6.3, 6.4, 6.5,
   * 8.1, 8.2, 9.1-9.4, 10.1, 10.2, 11.2, 11.3, 12.1-12.3, 13.1, 14.1, 15.1, 15.3, 15.4, 15.5,
   * 17.3, 17.4 = 34; with 6.2, 35 disagreements. Actions reported G all derive GREEN.
   * Area 6 is RED (worst of its actions); area 16 AMBER; area 5 GREEN.
   */
  @Test
  void march2015_ragAndDisagreements() {
    MonthlyReport r = MonthlyReport.of(PLAN, MARCH_31, ReportOptions.defaults());
    assertThat(r.disagreements()).hasSize(35);
    RagDisagreement d62 =
        r.disagreements().stream()
            .filter(d -> d.ref().equals(ActionRef.of(6, 2)))
            .findFirst()
            .orElseThrow();
    assertThat(d62.derived().rag()).isEqualTo(Rag.RED);
    assertThat(d62.message())
        .isEqualTo(
            "action 6.2 reported AMBER but milestone 6.2.1 is 365"
                + " days overdue and no resolution is written (RED)");
    assertThat(r.rag().actions().get(ActionRef.of(6, 1)).rag()).isEqualTo(Rag.AMBER);
    assertThat(r.rag().actions().get(ActionRef.of(16, 1)).rule()).isEqualTo("due-not-started");
    assertThat(r.rag().area(AreaRef.of(6))).hasValue(Rag.RED);
    assertThat(r.rag().area(AreaRef.of(16))).hasValue(Rag.AMBER);
    assertThat(r.rag().area(AreaRef.of(5))).hasValue(Rag.GREEN);
    assertThat(
            r.rag().actions().values().stream()
                .filter(j -> j.rule().equals("all-complete"))
                .count())
        .isEqualTo(6);
  }

  /*
   * Findings as of 31 March: no target 6.2.3, 15.1.8; unrecognised target 3.2.1, 15.1.4;
   * area 6 without a lead; 6.2.1 overdue without a resolution (6.1 has one). The dependencies
   * (on areas 2 and 3) exist, form no cycle, and areas 2 and 3 are not RED. No period: no
   * target-before-plan-period finding. 6 in all.
   */
  @Test
  void march2015_findings() {
    MonthlyReport r = MonthlyReport.of(PLAN, MARCH_31, ReportOptions.defaults());
    assertThat(r.findings())
        .extracting(f -> f.ruleId() + " " + f.ref().orElseThrow())
        .containsExactly(
            "milestone-unrecognised-target 3.2.1",
            "milestone-without-target 6.2.3",
            "milestone-unrecognised-target 15.1.4",
            "milestone-without-target 15.1.8",
            "area-without-lead 6",
            "overdue-without-resolution 6.2.1");
  }

  /*
   * As of 30 September 2015 with the March statuses (due = deadline 30 September to 30 October):
   * done 26 and undated 5 as before.
   * Due, 6: 1.4.4 "September 2015", 6.4.6 "September 15", 8.2.3 "Sept 15", 9.3.2 and 9.4.2
   *   "Sept 15", 11.3.1 "Sep-15".
   * Not due, 5: 4.2.2 "2015/16" (31 March 2016), 9.4.1 "Apr 16", 10.2.1 (list: next is
   *   October 15, 31 October, one day beyond the window), 12.1.2 "October 15", 15.2.2 "March 16".
   * Overdue: 110 - 26 - 5 - 6 - 5 = 68; by area 5, 5, 2, 1, 0, 14, 1, 3, 2, 1, 2, 4, 3, 2, 16,
   *   4, 3 (areas 1 to 17), which also sums to 68.
   */
  @Test
  void september2015_counts() {
    MonthlyReport r = MonthlyReport.of(PLAN, SEPTEMBER_30, ReportOptions.defaults());
    assertThat(r.states()).isEqualTo(StateCounts.of(26, 68, 6, 5, 5));
    assertThat(
            r.progress().byArea().values().stream()
                .map(StateCounts::overdue)
                .collect(Collectors.toList()))
        .containsExactly(5L, 5L, 2L, 1L, 0L, 14L, 1L, 3L, 2L, 1L, 2L, 4L, 3L, 2L, 16L, 4L, 3L);
    assertThat(r.dueSoon())
        .extracting(d -> d.milestone().ref().toString())
        .containsExactlyInAnyOrder("1.4.4", "6.4.6", "8.2.3", "9.3.2", "9.4.2", "11.3.1");
    // The most overdue is still 6.2.1, now 548 days past 31 March 2014.
    assertThat(r.overdue().get(0).milestone().ref()).isEqualTo(MilestoneRef.of(6, 2, 1));
    assertThat(r.overdue().get(0).daysOverdue()).isEqualTo(548);
  }

  @Test
  void of_withCustomRule_runsItAfterTheBuiltIns() {
    MonthlyReport r =
        MonthlyReport.of(
            PLAN,
            MARCH_31,
            ReportOptions.defaults()
                .withRule(c -> List.of(Finding.of("mine", Severity.INFO, AreaRef.of(1), "hello"))));
    assertThat(r.findings()).last().extracting(Finding::ruleId).isEqualTo("mine");
  }

  @Test
  void of_nullPlan_namesTheParameter() {
    assertThatThrownBy(() -> MonthlyReport.of(null, MARCH_31, ReportOptions.defaults()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
  }

  @Test
  void property_reportAgreesWithSeparateCalculations() {
    QuickTheory.qt()
        .withExamples(100)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              MonthlyReport r = MonthlyReport.of(plan, asOf, ReportOptions.defaults());
              assertThat(r.states())
                  .isEqualTo(ProgressTally.of(plan, MilestoneClassifier.defaults(), asOf).total());
              assertThat((long) r.overdue().size()).isEqualTo(r.states().overdue());
              assertThat((long) r.dueSoon().size()).isEqualTo(r.states().due());
            });
  }

  @Test
  void property_factsHoldEveryMilestoneOnce_judgedAsTheClassifierJudgesIt() {
    QuickTheory.qt()
        .withExamples(100)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              MonthlyReport r = MonthlyReport.of(plan, asOf, ReportOptions.defaults());
              MilestoneClassifier c = r.options().classifier();
              assertThat(r.facts())
                  .extracting(ActionFacts::action)
                  .containsExactlyElementsOf(plan.actions().toList());
              long judged = 0;
              for (ActionFacts f : r.facts()) {
                for (int i = 0; i < f.action().milestones().size(); i++, judged++) {
                  Milestone m = f.action().milestones().get(i);
                  assertThat(f.state(i)).isEqualTo(c.state(m, asOf));
                  assertThat(f.deadline(i)).isEqualTo(c.deadline(m, asOf));
                }
              }
              assertThat(judged).isEqualTo(r.states().total()).isEqualTo(plan.milestones().count());
            });
  }
}
