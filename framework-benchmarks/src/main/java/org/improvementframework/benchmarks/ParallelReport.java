package org.improvementframework.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.PlanProgress;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.rag.RagAssessment;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.PlanContext;
import org.improvementframework.metrics.rules.PlanRule;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.ImprovementPlan;

/**
 * The parts of a {@link MonthlyReport} worked out with the per-action facts and the plan rules on
 * a parallel stream, from framework-metrics' public building blocks ({@link ActionFacts},
 * {@link PlanProgress#ofFacts}, {@link RagAssessment#of(ImprovementPlan, Map,
 * org.improvementframework.metrics.rag.RagPolicy)}, {@link PlanContext}); the ordered streams keep
 * plan order, so the result equals the sequential report's.
 *
 * @param progress progress by action, area, lead and plan; not null
 * @param rag the derived ratings and disagreements; not null
 * @param findings the plan-rule findings, rule by rule; not null
 * @param overdue the overdue milestones, most overdue first; not null
 * @param dueSoon the milestones due soon, soonest first; not null
 */
public record ParallelReport(
    PlanProgress progress,
    RagAssessment rag,
    List<Finding> findings,
    List<DatedMilestone> overdue,
    List<DatedMilestone> dueSoon) {

  /**
   * Works out the report's parts, on parallel streams or sequentially.
   *
   * @param plan the plan; not null
   * @param asOf the date of judgement; not null
   * @param options the settings; not null
   * @param parallel whether to use parallel streams
   * @return the parts; not null
   */
  public static ParallelReport of(
      ImprovementPlan plan, LocalDate asOf, ReportOptions options, boolean parallel) {
    List<Action> actions = plan.actions().toList();
    Stream<Action> s = parallel ? actions.parallelStream() : actions.stream();
    List<ActionFacts> facts = s.map(a -> ActionFacts.of(a, options.classifier(), asOf)).toList();
    Map<ActionRef, ActionFacts> byRef = new LinkedHashMap<>();
    List<DatedMilestone> overdue = new ArrayList<>();
    List<DatedMilestone> due = new ArrayList<>();
    for (ActionFacts f : facts) {
      byRef.put(f.action().ref(), f);
      overdue.addAll(f.overdue());
      due.addAll(f.due());
    }
    overdue.sort(Comparator.comparing(DatedMilestone::deadline));
    due.sort(Comparator.comparing(DatedMilestone::deadline));
    PlanProgress progress = PlanProgress.ofFacts(plan, byRef, asOf);
    RagAssessment rag = RagAssessment.of(plan, byRef, options.ragPolicy());
    PlanContext context = PlanContext.of(plan, asOf, options.classifier(), byRef, rag);
    Stream<PlanRule> rules = parallel ? options.rules().parallelStream() : options.rules().stream();
    List<Finding> findings = rules.flatMap(r -> r.check(context).stream()).toList();
    return new ParallelReport(
        progress,
        rag,
        findings,
        Collections.unmodifiableList(overdue),
        Collections.unmodifiableList(due));
  }

  /**
   * Checks that these parts equal a sequential report's, part by part.
   *
   * @param r the sequential report; not null
   * @throws IllegalStateException if a part differs
   */
  public void checkSameAs(MonthlyReport r) {
    Check.equal(progress.plan(), r.progress().plan(), "plan counts");
    Check.equal(progress.actions(), r.progress().actions(), "actions' progress");
    Check.equal(progress.byArea(), r.progress().byArea(), "counts by area");
    Check.equal(progress.byLead(), r.progress().byLead(), "counts by lead");
    Check.equal(rag.actions(), r.rag().actions(), "derived action ratings");
    Check.equal(rag.areas(), r.rag().areas(), "derived area ratings");
    Check.equal(rag.disagreements(), r.disagreements(), "RAG disagreements");
    Check.equal(findings, r.findings(), "findings");
    Check.equal(overdue, r.overdue(), "overdue list");
    Check.equal(dueSoon, r.dueSoon(), "due-soon list");
  }
}
