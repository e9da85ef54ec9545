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
    Gatherer g = gatherer(plan, policy);
    Iterator<ActionFacts> inPlanOrder = ordered.iterator();
    for (Area area : plan.areas()) {
      for (int k = area.actions().size(); k > 0; k--) {
        g.add(inPlanOrder.next());
      }
      g.endArea(area);
    }
    return g.assessment();
  }

  /**
   * Obtains a gatherer that assesses a plan action by action, for a report that judges each
   * action in the pass that gathers its facts, while they are in cache, rather than in a pass of
   * its own: {@link #of(ImprovementPlan, Map, RagPolicy)} gives the same assessment.
   *
   * @param plan the plan, for its number of actions and areas; not null
   * @param policy how to derive ratings; not null
   * @return a new gatherer; not null
   */
  public static Gatherer gatherer(ImprovementPlan plan, RagPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    int actions = 0;
    for (Area area : plan.areas()) {
      actions += area.actions().size();
    }
    return new Gatherer(policy, actions, plan.areas().size());
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

  /**
   * Assesses a plan's actions one at a time, in plan order: the facts of each action of an area,
   * then {@link #endArea(Area)} for the area, area after area, then {@link #assessment()} once.
   * Obtained from {@link RagAssessment#gatherer(ImprovementPlan, RagPolicy)}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Gatherer {
    private final RagPolicy policy;
    // Two arrays in plan order rather than a hash table: one is walked, not looked up, by the
    // report and its writers.
    private final ActionRef[] refs;
    private final RagJudgement[] judgements;
    private final Map<AreaRef, Rag> areas;
    private final List<RagDisagreement> disagreements = new ArrayList<>();
    private int next;
    private Rag worst;
    private boolean done;

    private Gatherer(RagPolicy policy, int actions, int areas) {
      this.policy = policy;
      this.refs = new ActionRef[actions];
      this.judgements = new RagJudgement[actions];
      this.areas = new LinkedHashMap<>(areas * 4 / 3 + 1);
    }

    /**
     * Judges the next action of the plan, and notes whether its reported rating disagrees.
     *
     * @param facts the facts of the next action, in plan order; not null
     * @return the action's judgement; not null
     * @throws IllegalStateException if the plan's every action was judged, or the assessment
     *     was made
     */
    public RagJudgement add(ActionFacts facts) {
      if (done || next == refs.length) {
        throw new IllegalStateException(
            done ? "the assessment was made" : "every action of the plan was judged");
      }
      Action action = facts.action();
      RagJudgement j = policy.judge(facts);
      refs[next] = action.ref();
      judgements[next++] = j;
      worst = worst == null ? j.rag() : policy.worst(worst, j.rag());
      Optional<Rag> reported = action.reportedRag();
      if (reported.isPresent() && reported.get() != j.rag()) {
        disagreements.add(new RagDisagreement(action.ref(), reported.get(), j));
      }
      return j;
    }

    /**
     * Ends an area, whose actions' facts were the ones added since the last area ended: its
     * rating is the worst of theirs; an area with no actions has none.
     *
     * @param area the area; not null
     */
    public void endArea(Area area) {
      if (worst != null) {
        areas.put(area.ref(), worst);
      }
      worst = null;
    }

    /**
     * Gets the assessment of the actions and areas added.
     *
     * @return the assessment; not null
     * @throws IllegalStateException if an action of the plan was not added, or the assessment
     *     was made already
     */
    public RagAssessment assessment() {
      if (done || next != refs.length) {
        throw new IllegalStateException(
            done
                ? "the assessment was made"
                : "only " + next + " of the plan's " + refs.length + " actions were judged");
      }
      done = true;
      return new RagAssessment(
          new JudgementsInPlanOrder(refs, judgements),
          Collections.unmodifiableMap(areas),
          Collections.unmodifiableList(disagreements));
    }
  }
}
