package org.improvementframework.metrics.rag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Rag;

/**
 * The derived RAG rating of every action and area of a plan as of a date, and every
 * disagreement with the rating the plan reports.
 *
 * <p>An area's rating is the worst of its actions' under the policy; an area with no actions has
 * none. An action with no reported rating cannot disagree.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RagAssessment {

  private final Map<ActionRef, RagJudgement> actions;
  private final Map<AreaRef, Rag> areas;
  private final List<RagDisagreement> disagreements;

  private RagAssessment(
      Map<ActionRef, RagJudgement> actions,
      Map<AreaRef, Rag> areas,
      List<RagDisagreement> disagreements) {
    this.actions = actions;
    this.areas = areas;
    this.disagreements = disagreements;
  }

  /**
   * Assesses a plan.
   *
   * @param plan the plan; not null
   * @param classifier how to judge milestones; not null
   * @param policy how to derive ratings; not null
   * @param asOf the date of judgement; not null
   * @return the assessment; not null
   */
  public static RagAssessment of(
      ImprovementPlan plan, MilestoneClassifier classifier, RagPolicy policy, LocalDate asOf) {
    Map<ActionRef, ActionFacts> facts = new LinkedHashMap<>();
    plan.actions().forEach(a -> facts.put(a.ref(), ActionFacts.of(a, classifier, asOf)));
    return of(plan, facts, policy);
  }

  /**
   * Assesses a plan from facts already gathered, so that a report makes one pass.
   *
   * @param plan the plan; not null
   * @param facts the facts of every action of the plan; not null
   * @param policy how to derive ratings; not null
   * @return the assessment; not null
   * @throws IllegalArgumentException if an action of the plan has no facts
   */
  public static RagAssessment of(
      ImprovementPlan plan, Map<ActionRef, ActionFacts> facts, RagPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<ActionFacts> ordered = ActionFacts.inPlanOrder(plan, facts);
    // Two arrays in plan order rather than a hash table: one is walked, not looked up, by the
    // report and its writers.
    ActionRef[] refs = new ActionRef[ordered.size()];
    RagJudgement[] judgements = new RagJudgement[ordered.size()];
    int next = 0;
    Map<AreaRef, Rag> areas = new LinkedHashMap<>(plan.areas().size() * 4 / 3 + 1);
    List<RagDisagreement> disagreements = new ArrayList<>();
    Iterator<ActionFacts> inPlanOrder = ordered.iterator();
    for (Area area : plan.areas()) {
      Rag worst = null;
      for (Action action : area.actions()) {
        ActionFacts f = inPlanOrder.next();
        RagJudgement j = policy.judge(f);
        refs[next] = action.ref();
        judgements[next++] = j;
        worst = worst == null ? j.rag() : policy.worst(worst, j.rag());
        if (action.reportedRag().isPresent() && action.reportedRag().get() != j.rag()) {
          disagreements.add(new RagDisagreement(action.ref(), action.reportedRag().get(), j));
        }
      }
      if (worst != null) {
        areas.put(area.ref(), worst);
      }
    }
    return new RagAssessment(
        new JudgementsInPlanOrder(refs, judgements),
        Collections.unmodifiableMap(areas),
        Collections.unmodifiableList(disagreements));
  }

  /**
   * Gets the derived judgement of every action, in plan order.
   *
   * @return the judgements by action; not null, unmodifiable
   */
  public Map<ActionRef, RagJudgement> actions() {
    return actions;
  }

  /**
   * Gets the derived rating of every area that has actions, in plan order.
   *
   * @return the ratings by area; not null, unmodifiable
   */
  public Map<AreaRef, Rag> areas() {
    return areas;
  }

  /**
   * Gets the derived rating of an area.
   *
   * @param ref the area; not null
   * @return the rating, or empty if the area has no actions or is not in the plan; not null
   */
  public Optional<Rag> area(AreaRef ref) {
    return Optional.ofNullable(areas.get(ref));
  }

  /**
   * Gets every action whose reported rating differs from the derived one, in plan order.
   *
   * @return the disagreements; not null, unmodifiable
   */
  public List<RagDisagreement> disagreements() {
    return disagreements;
  }
}
