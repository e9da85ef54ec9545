package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.ActionProgress;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.MilestoneState;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.PlanProgress;
import org.improvementframework.metrics.ProgressTally;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.StateCounts;
import org.improvementframework.metrics.rag.RagDisagreement;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.PlanContext;
import org.improvementframework.metrics.rules.PlanRule;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.metrics.slippage.ChangeKind;
import org.improvementframework.metrics.slippage.Slippage;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The code examples of docs/metrics.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class MetricsDocExamples {

  // The page's rule class is an inner class here, as a reader would paste it.
  private static final PlanRule RULE = new MetricsDocExamples().new OverdueNotStartedRule();

  private static Gen<ImprovementPlan> plans() {
    return QuickTheoriesGen.of(PlanGenerators.plans());
  }

  private static Gen<LocalDate> dates() {
    return integers().between(0, 3650).map(d -> LocalDate.of(2014, 1, 1).plusDays(d));
  }

  void classifier(Milestone milestone) throws Exception {
    // tag::classifier[]
    MilestoneClassifier c = MilestoneClassifier.withDueWindow(14);   // or defaults(): 30 days
    MilestoneState s = c.state(milestone, LocalDate.of(2015, 3, 31));
    // end::classifier[]
  }

  void monthlyReport(ImprovementPlan lastMonth) throws Exception {
    // tag::monthly-report[]
    ImprovementPlan plan = ExamplePlans.plymouth2015(); // or read with framework-io, or built
    LocalDate asOf = LocalDate.of(2015, 3, 31);

    ReportOptions options = ReportOptions.defaults()  // 30-day window, default RAG policy, built-in rules
        .withRagPolicy(RagPolicy.standard(Rag.BLUE, 14)       // complete is BLUE; RED after 14 days
            .withMeaning(Rag.BLUE, "complete")
            .withMeaning(Rag.AMBER, "some slippage, recoverable"))
        .withRule(new OverdueNotStartedRule());       // a council's own rule, below

    MonthlyReport report = MonthlyReport.of(plan, asOf, options);

    // 1. Where are we? Counts and percent complete, for the plan, each area, each lead, each action.
    StateCounts all = report.states();
    System.out.printf("%d milestones: %d complete (%.0f%%), %d overdue, %d due in 30 days%n",
        all.total(), all.complete(), all.percentComplete().orElse(0), all.overdue(), all.due());
    report.progress().byArea().forEach((area, c) ->
        System.out.printf("  area %s: %s%n", area, c));
    report.progress().byLead().forEach((lead, c) ->
        System.out.printf("  %s: %d overdue of %d%n", lead, c.overdue(), c.total()));

    // Behind schedule? Actual share complete against the share of the action's span elapsed.
    for (ActionProgress a : report.progress().actions()) {
      a.variance().ifPresent(v -> {
        if (v < -25) System.out.printf("  %s is %.0f points behind schedule%n", a.ref(), -v);
      });
    }

    // 2. What is overdue, and what is due next?
    for (DatedMilestone d : report.overdue()) {          // most overdue first
      System.out.printf("  OVERDUE %s '%s' by %d days (target '%s')%n", d.milestone().ref(),
          d.milestone().description(), d.daysOverdue(), d.milestone().target().text());
    }
    for (DatedMilestone d : report.dueSoon()) {          // soonest first
      System.out.printf("  DUE %s by %s%n", d.milestone().ref(), d.deadline());
    }

    // Every milestone, as the report judged it once (no second classification): the facts of
    // each action in plan order, with state(i) and deadline(i) of its i-th milestone.
    for (ActionFacts f : report.facts()) {
      List<Milestone> ms = f.action().milestones();
      for (int i = 0; i < ms.size(); i++) {
        System.out.printf("  %s %s %s%n", ms.get(i).ref(), f.state(i),
            f.deadline(i).map(LocalDate::toString).orElse("no deadline"));
      }
    }

    // 3. Is the RAG written against each action honest?
    for (RagDisagreement d : report.disagreements()) {
      System.out.println("  " + d.message());
      // action 6.2 reported AMBER but milestone 6.2.1 is 365 days overdue and no resolution
      // is written (RED)
    }
    report.rag().areas().forEach((area, rag) -> System.out.println("  area " + area + ": " + rag
        + " (" + options.ragPolicy().meaning(rag) + ")"));

    // 4. What is wrong with the plan itself?
    report.findings().forEach(System.out::println);
    // WARNING area-without-lead 6: area 6 names no lead
    // ERROR overdue-without-resolution 6.2.1: milestone 6.2.1 is 365 days overdue (...) ...

    // 5. What slipped since last month?
    Slippage s = Slippage.between(lastMonth, plan);
    s.of(ChangeKind.DEADLINE_LATER).forEach(ch -> System.out.println("  " + ch.message()));
    // 2.1.1 target moved 61 days later: 'April 15' -> 'June 15'
    s.of(ChangeKind.STATUS_BACKWARDS).forEach(ch -> System.out.println("  " + ch.message()));
    // end::monthly-report[]
  }

  void progressTally(ImprovementPlan plan, LocalDate asOf, ProgressTally partA, ProgressTally partB, ProgressTally partC) throws Exception {
    // tag::progress-tally[]
    ProgressTally whole = plan.milestones().parallel()
        .collect(ProgressTally.collector(MilestoneClassifier.defaults(), asOf));
    ProgressTally merged = partA.merge(partB).merge(partC);    // any split, any order: same result
    PlanProgress progress = PlanProgress.of(plan, merged, asOf);
    // end::progress-tally[]
  }

  // tag::own-rule[]
  /** A milestone past its deadline that has not even started deserves a board's question. */
  final class OverdueNotStartedRule implements PlanRule {
    @Override
    public List<Finding> check(PlanContext context) {
      List<Finding> out = new ArrayList<>();
      context.plan().actions().forEach(action -> {
        for (DatedMilestone d : context.facts(action).overdue()) {
          Progress p = d.milestone().status().progress();
          if (p == Progress.NOT_STARTED || p == Progress.NOT_REPORTED) {
            out.add(Finding.of("overdue-not-started", Severity.WARNING, d.milestone().ref(),
                "milestone " + d.milestone().ref() + " is " + d.daysOverdue()
                    + " days overdue and has not started"));
          }
        }
      });
      return out;
    }
  }
  // end::own-rule[]

  // tag::own-rule-properties[]
  private static List<Finding> run(ImprovementPlan plan, LocalDate asOf) {
    return RULE.check(PlanContext.of(plan, asOf, MilestoneClassifier.defaults(),
        RagPolicy.defaults()));
  }

  @Test
  void property_everyFindingIsAnOverdueMilestoneThatHasNotStarted() {
    qt().forAll(plans(), dates()).checkAssert((plan, asOf) -> {
      for (Finding f : run(plan, asOf)) {
        Milestone m = plan.milestone((MilestoneRef) f.ref().orElseThrow()).orElseThrow();
        assertThat(MilestoneClassifier.defaults().state(m, asOf)).isEqualTo(MilestoneState.OVERDUE);
        assertThat(m.status().progress()).isIn(Progress.NOT_STARTED, Progress.NOT_REPORTED);
      }
    });
  }

  @Test
  void property_laterAsOfNeverFindsFewer() {
    qt().forAll(plans(), dates(), integers().between(0, 800)).checkAssert((plan, asOf, days) ->
        assertThat(run(plan, asOf.plusDays(days)).size())
            .isGreaterThanOrEqualTo(run(plan, asOf).size()));
  }
  // end::own-rule-properties[]
}
// spotless:on
