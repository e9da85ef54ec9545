package org.improvementframework.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.improvementframework.metrics.rag.RagAssessment;
import org.improvementframework.metrics.rag.RagDisagreement;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.PlanContext;
import org.improvementframework.metrics.rules.PlanRules;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;

/**
 * The answers of a monthly report on a plan as of a date: progress by action, area, lead and
 * plan; derived RAG ratings and every disagreement with the reported ones; plan-rule findings;
 * what is overdue and what is due soon.
 *
 * <pre>{@code
 * MonthlyReport r = MonthlyReport.of(plan, LocalDate.of(2015, 3, 31), ReportOptions.defaults());
 * r.progress().plan().percentComplete();
 * r.overdue().forEach(d -> System.out.println(d.milestone().ref() + " " + d.daysOverdue()));
 * r.disagreements().forEach(d -> System.out.println(d.message()));
 * }</pre>
 *
 * <p>The milestones are judged once, in one pass over the plan; every part of the report is
 * built from that pass, and {@link #facts()} keeps each milestone's state and deadline from it,
 * so that a report written from this one need not judge a milestone again:
 *
 * <pre>{@code
 * for (ActionFacts f : r.facts()) {
 *   List<Milestone> ms = f.action().milestones();
 *   for (int i = 0; i < ms.size(); i++) {
 *     System.out.println(ms.get(i).ref() + " " + f.state(i) + " " + f.deadline(i));
 *   }
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthlyReport {

  private final ImprovementPlan plan;
  private final LocalDate asOf;
  private final ReportOptions options;
  private final List<ActionFacts> facts;
  private final PlanProgress progress;
  private final RagAssessment rag;
  private final List<Finding> findings;
  private final List<DatedMilestone> overdue;
  private final List<DatedMilestone> dueSoon;

  private MonthlyReport(
      ImprovementPlan plan,
      LocalDate asOf,
      ReportOptions options,
      List<ActionFacts> facts,
      PlanProgress progress,
      RagAssessment rag,
      List<Finding> findings,
      List<DatedMilestone> overdue,
      List<DatedMilestone> dueSoon) {
    this.plan = plan;
    this.asOf = asOf;
    this.options = options;
    this.facts = facts;
    this.progress = progress;
    this.rag = rag;
    this.findings = findings;
    this.overdue = overdue;
    this.dueSoon = dueSoon;
  }

  /**
   * Works out the report.
   *
   * @param plan the plan; not null
   * @param asOf the date of judgement; not null
   * @param options the settings; not null
   * @return the report; not null
   */
  public static MonthlyReport of(ImprovementPlan plan, LocalDate asOf, ReportOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(options, "options");
    // The facts are kept as a list in plan order, which every pass below walks; no map by
    // action is built unless a rule looks an action up (FactsInPlanOrder). Each action is
    // judged (RAG) and counted into its area in the pass that gathers its facts, while the
    // action and its milestones are in cache: from 10^5 milestones on, a pass of its own found
    // them evicted.
    int actions = 0;
    for (Area area : plan.areas()) {
      actions += area.actions().size();
    }
    // Sized once: growing it copied a tenth of a million references at 10^6 milestones.
    List<ActionFacts> list = new ArrayList<>(actions);
    DeadlineOrder.Gathered overdueInPlanOrder = new DeadlineOrder.Gathered();
    DeadlineOrder.Gathered dueInPlanOrder = new DeadlineOrder.Gathered();
    MilestoneClassifier classifier = options.classifier();
    LocalDate dueLimit = classifier.dueLimit(asOf);
    RagAssessment.Gatherer judged = RagAssessment.gatherer(plan, options.ragPolicy());
    // The rules that look at one action are run on it here too, and the rules' index of the
    // plan's references is built here, rather than in passes of their own.
    PlanRules.Gatherer checked = PlanRules.gatherer(plan, options.rules());
    PlanProgress.Areas areas = new PlanProgress.Areas(plan.areas().size());
    // Every milestone's state and deadline, in arrays shared by consecutive actions.
    MilestoneJudgements judgements = new MilestoneJudgements(0);
    // Loops by index rather than iterators, and one tally cleared per area: objects per area
    // that escape analysis did not remove.
    StateCounts.Tally counts = new StateCounts.Tally();
    for (Area area : plan.areas()) {
      judgements.expect(readAhead(area));
      List<Action> inArea = area.actions();
      int from = list.size();
      for (int k = 0; k < inArea.size(); k++) {
        Action action = inArea.get(k);
        ActionFacts f = ActionFacts.of(action, classifier, asOf, dueLimit, judgements);
        int[] listed = f.listed();
        int overdueCount = f.overdueCount();
        for (int i = 0; i < listed.length; i++) {
          int p = listed[i];
          long day = f.deadlineDay(p);
          if (i < overdueCount) {
            overdueInPlanOrder.add(list.size(), p, day);
          } else {
            dueInPlanOrder.add(list.size(), p, day);
          }
        }
        counts.addCounts(f.counts());
        list.add(f);
      }
      // The area's actions are judged, then checked, each in a loop of its own but while the
      // area's facts are still in cache: one loop running all three per action made the facts
      // and RAG code itself slower, about 6% of the report at 10^4 milestones.
      for (int k = from; k < list.size(); k++) {
        judged.add(list.get(k));
      }
      for (int k = from; k < list.size(); k++) {
        checked.add(list.get(k));
      }
      areas.add(area, counts.toCounts());
      counts.clear();
      judged.endArea(area);
      checked.endArea(area);
    }
    FactsInPlanOrder facts = new FactsInPlanOrder(plan, list);
    // Stable: ties keep plan order.
    List<DatedMilestone> overdue = overdueInPlanOrder.sorted(list);
    List<DatedMilestone> due = dueInPlanOrder.sorted(list);
    PlanProgress progress = areas.ofFacts(facts.list(), asOf);
    RagAssessment rag = judged.assessment();
    PlanContext context = PlanContext.of(plan, asOf, options.classifier(), facts, rag);
    List<Finding> findings = checked.check(context);
    return new MonthlyReport(
        plan, asOf, options, context.facts(), progress, rag, findings, overdue, due);
  }

  /**
   * Counts the milestones of an area, reading each milestone's target: the reads of the
   * actions, their lists and their milestones are independent of each other here, so that the
   * processor makes them together, where the pass that follows would wait for each in turn.
   */
  private static int readAhead(Area area) {
    int count = 0;
    List<Action> actions = area.actions();
    for (int k = 0; k < actions.size(); k++) {
      List<Milestone> ms = actions.get(k).milestones();
      for (int i = 0, n = ms.size(); i < n; i++) {
        if (ms.get(i).target() != null) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Gets the plan reported on.
   *
   * @return the plan; not null
   */
  public ImprovementPlan plan() {
    return plan;
  }

  /**
   * Gets the date of judgement.
   *
   * @return the date; not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets the settings used.
   *
   * @return the settings; not null
   */
  public ReportOptions options() {
    return options;
  }

  /**
   * Gets the facts of every action, in plan order, with each milestone's state and deadline as
   * judged for this report ({@link ActionFacts#state(int)}, {@link ActionFacts#deadline(int)}).
   *
   * @return the facts, one for each action of the plan; not null, unmodifiable
   */
  public List<ActionFacts> facts() {
    return facts;
  }

  /**
   * Gets the progress by action, area, lead and plan.
   *
   * @return the progress; not null
   */
  public PlanProgress progress() {
    return progress;
  }

  /**
   * Gets the counts of each milestone state over the whole plan.
   *
   * @return the counts; not null
   */
  public StateCounts states() {
    return progress.plan();
  }

  /**
   * Gets the derived RAG ratings of actions and areas.
   *
   * @return the assessment; not null
   */
  public RagAssessment rag() {
    return rag;
  }

  /**
   * Gets every action whose reported RAG rating differs from the derived one.
   *
   * @return the disagreements, in plan order; not null, unmodifiable
   */
  public List<RagDisagreement> disagreements() {
    return rag.disagreements();
  }

  /**
   * Gets what the plan rules found.
   *
   * @return the findings, rule by rule; not null, unmodifiable
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Gets every overdue milestone, most overdue first. The list is a view of the judgements the
   * report keeps: each entry is made when read, equal to, not the same object as, the last.
   *
   * @return the overdue milestones; not null, unmodifiable
   */
  public List<DatedMilestone> overdue() {
    return overdue;
  }

  /**
   * Gets every milestone due within the window, soonest first; a view, as {@link #overdue()} is.
   *
   * @return the due milestones; not null, unmodifiable
   */
  public List<DatedMilestone> dueSoon() {
    return dueSoon;
  }
}
