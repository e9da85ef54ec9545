package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.improvementframework.metrics.rag.RagAssessment;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.PlanContext;
import org.improvementframework.metrics.rules.PlanRules;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * The report's one pass (facts kept as a list in plan order, the overdue and due lists put in
 * order by counting days, each list a view of the judgements kept in the facts) gives the report
 * that facts kept in a map by action and a comparison sort gave: every part of it, for any
 * generated plan and date, with the default options and with a due window of 0 to 90 days.
 */
class ReportSameAsBeforeTest {

  @Test
  void property_reportEqualsTheReportBuiltOverAMap() {
    QuickTheory.qt()
        .withExamples(300)
        .forAll(TestPlans.plans(), TestPlans.dates(), SourceDSL.integers().between(0, 90))
        .checkAssert(
            (plan, asOf, window) -> {
              ReportOptions options =
                  ReportOptions.defaults()
                      .withClassifier(MilestoneClassifier.withDueWindow(window));
              MonthlyReport r = MonthlyReport.of(plan, asOf, options);
              Before b = Before.of(plan, asOf, options);
              assertThat(r.overdue()).isEqualTo(b.overdue);
              assertThat(r.dueSoon()).isEqualTo(b.due);
              assertThat(r.facts()).hasSameSizeAs(b.facts.values());
              assertThat(r.progress().actions()).isEqualTo(b.progress.actions());
              assertThat(r.progress().byArea()).containsExactlyEntriesOf(b.progress.byArea());
              assertThat(r.progress().byLead()).containsExactlyEntriesOf(b.progress.byLead());
              assertThat(r.states()).isEqualTo(b.progress.plan());
              assertThat(r.rag().actions()).containsExactlyEntriesOf(b.rag.actions());
              assertThat(r.rag().areas()).containsExactlyEntriesOf(b.rag.areas());
              assertThat(r.disagreements()).isEqualTo(b.rag.disagreements());
              assertThat(r.findings()).isEqualTo(b.findings);
            });
  }

  @Test
  void property_deadlineOrdersAreStableSortsByDeadline() {
    QuickTheory.qt()
        .withExamples(300)
        .forAll(
            SourceDSL.longs().all(),
            SourceDSL.integers().between(0, 300),
            SourceDSL.integers().between(1, 100_000))
        .checkAssert(
            (seed, n, span) -> {
              // Spans from one day to far more days than milestones, where the comparison sort
              // takes over.
              Random r = new Random(seed);
              LocalDate asOf = LocalDate.of(2016, 1, 1);
              LocalDate[] deadlines = new LocalDate[n];
              long[] days = new long[n + r.nextInt(5)];
              for (int i = 0; i < n; i++) {
                deadlines[i] = asOf.minusDays(r.nextInt(span));
                days[i] = deadlines[i].toEpochDay();
              }
              for (int i = n; i < days.length; i++) {
                days[i] = r.nextLong();
              }
              int[] expected =
                  IntStream.range(0, n)
                      .boxed()
                      .sorted(Comparator.comparing(i -> deadlines[i]))
                      .mapToInt(Integer::intValue)
                      .toArray();
              assertThat(DeadlineOrder.order(days, n)).containsExactly(expected);
              // An action's own lists, a slice of its positions: by insertion up to 16, by
              // Arrays.sort beyond; the rest untouched.
              List<Integer> shuffled = new ArrayList<>(IntStream.range(0, n).boxed().toList());
              Collections.shuffle(shuffled, r);
              int[] positions = shuffled.stream().mapToInt(Integer::intValue).toArray();
              int from = r.nextInt(n + 1);
              int to = from + r.nextInt(Math.min(30, n - from) + 1);
              List<Integer> slice = new ArrayList<>(shuffled.subList(from, to));
              slice.sort(Comparator.comparing(i -> deadlines[i]));
              List<Integer> expectedPositions = new ArrayList<>(shuffled);
              for (int i = from; i < to; i++) {
                expectedPositions.set(i, slice.get(i - from));
              }
              ActionFacts.byDeadline(positions, from, to, deadlines);
              assertThat(positions)
                  .containsExactly(
                      expectedPositions.stream().mapToInt(Integer::intValue).toArray());
            });
  }

  @Test
  void factsOfAReport_areFoundByAction_andListedInPlanOrder() {
    ImprovementPlan plan = Plymouth2015.plan();
    MonthlyReport r = MonthlyReport.of(plan, LocalDate.of(2015, 3, 31), ReportOptions.defaults());
    PlanContext c =
        PlanContext.of(
            plan,
            r.asOf(),
            r.options().classifier(),
            new FactsInPlanOrder(plan, r.facts()),
            r.rag());
    plan.actions().forEach(a -> assertThat(c.facts(a).action()).isSameAs(a));
    assertThat(ActionFacts.inPlanOrder(plan, new FactsInPlanOrder(plan, r.facts())))
        .isEqualTo(r.facts());
    Map<ActionRef, ActionFacts> copy = new LinkedHashMap<>(new FactsInPlanOrder(plan, r.facts()));
    assertThat(copy.keySet()).containsExactlyElementsOf(plan.actions().map(Action::ref).toList());
  }

  /** The report as it was built before: facts in a map by action, lists sorted by comparison. */
  private static final class Before {
    Map<ActionRef, ActionFacts> facts = new LinkedHashMap<>();
    List<DatedMilestone> overdue = new ArrayList<>();
    List<DatedMilestone> due = new ArrayList<>();
    PlanProgress progress;
    RagAssessment rag;
    List<Finding> findings;

    static Before of(ImprovementPlan plan, LocalDate asOf, ReportOptions options) {
      Before b = new Before();
      plan.actions()
          .forEach(
              a -> {
                ActionFacts f = ActionFacts.of(a, options.classifier(), asOf);
                b.facts.put(a.ref(), f);
                b.overdue.addAll(f.overdue());
                b.due.addAll(f.due());
              });
      b.overdue.sort(Comparator.comparing(DatedMilestone::deadline));
      b.due.sort(Comparator.comparing(DatedMilestone::deadline));
      b.progress = PlanProgress.of(plan, options.classifier(), asOf);
      b.rag = RagAssessment.of(plan, b.facts, options.ragPolicy());
      PlanContext context = PlanContext.of(plan, asOf, options.classifier(), b.facts, b.rag);
      b.findings = PlanRules.check(context, options.rules());
      return b;
    }
  }
}
