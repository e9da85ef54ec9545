package org.improvementframework.metrics.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.StateCounts;
import org.improvementframework.metrics.rag.RagAssessment;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Reference;
import org.improvementframework.model.TargetKind;

/**
 * What a plan rule may look at: the plan, the as-of date, each action's {@link ActionFacts
 * facts}, the derived RAG ratings, and an index of the plan's references built once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanContext {

  /** The trait of an action that depends on something. */
  static final int DEPENDS = 1;

  /** The trait of an action with no milestones. */
  static final int NO_MILESTONES = 2;

  /** The trait of an action with a milestone whose target is missing or cannot be read. */
  static final int UNREAD_TARGET = 4;

  /** The trait of an action with an overdue milestone and no resolution written. */
  static final int UNRESOLVED_OVERDUE = 8;

  /** The trait of an action with a milestone whose target ends before the plan's period. */
  static final int ENDS_BEFORE_PERIOD = 16;

  private final ImprovementPlan plan;
  private final LocalDate asOf;
  private final MilestoneClassifier classifier;
  private final Map<ActionRef, ActionFacts> facts;
  private final List<ActionFacts> factsInPlanOrder;
  private final RagAssessment rag;
  // Built on the first lookup of a reference: a plan without dependencies never needs it. A
  // race builds it twice, equally; its fields are final, so it is safely published.
  private PlanIndex index;
  // Built on the first call of traits(); a race builds it twice, equally. Published through a
  // volatile field, an array's elements not being final.
  private volatile byte[] traits;
  // Built on the first call of dependencies(), from the actions whose traits say they depend on
  // something; a race builds it twice, equally. Its fields are final.
  private Dependencies dependencies;

  private PlanContext(
      ImprovementPlan plan,
      LocalDate asOf,
      MilestoneClassifier classifier,
      Map<ActionRef, ActionFacts> facts,
      List<ActionFacts> factsInPlanOrder,
      RagAssessment rag) {
    this.plan = plan;
    this.asOf = asOf;
    this.classifier = classifier;
    this.facts = facts;
    this.factsInPlanOrder = factsInPlanOrder;
    this.rag = rag;
  }

  /**
   * Obtains the context of a plan, gathering facts and RAG ratings.
   *
   * @param plan the plan; not null
   * @param asOf the date of judgement; not null
   * @param classifier how to judge milestones; not null
   * @param policy how to derive RAG ratings; not null
   * @return the context; not null
   */
  public static PlanContext of(
      ImprovementPlan plan, LocalDate asOf, MilestoneClassifier classifier, RagPolicy policy) {
    Map<ActionRef, ActionFacts> facts = new LinkedHashMap<>();
    plan.actions().forEach(a -> facts.put(a.ref(), ActionFacts.of(a, classifier, asOf)));
    return of(plan, asOf, classifier, facts, RagAssessment.of(plan, facts, policy));
  }

  /**
   * Obtains the context of a plan from facts and ratings already worked out.
   *
   * @param plan the plan; not null
   * @param asOf the date of judgement; not null
   * @param classifier how milestones were judged; not null
   * @param facts the facts of every action; not null
   * @param rag the derived ratings; not null
   * @return the context; not null
   */
  public static PlanContext of(
      ImprovementPlan plan,
      LocalDate asOf,
      MilestoneClassifier classifier,
      Map<ActionRef, ActionFacts> facts,
      RagAssessment rag) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(rag, "rag");
    // In plan order before the map is wrapped, so that a report's own facts are not looked up.
    List<ActionFacts> inPlanOrder = ActionFacts.inPlanOrder(plan, facts);
    return new PlanContext(
        plan,
        asOf,
        classifier,
        Collections.unmodifiableMap(facts),
        Collections.unmodifiableList(inPlanOrder),
        rag);
  }

  /**
   * Gets the plan.
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
   * Gets how milestones are judged.
   *
   * @return the classifier; not null
   */
  public MilestoneClassifier classifier() {
    return classifier;
  }

  /**
   * Gets the facts of an action.
   *
   * @param action the action, of this plan; not null
   * @return the facts; not null
   * @throws IllegalArgumentException if the action is not in this plan
   */
  public ActionFacts facts(Action action) {
    ActionFacts f = facts.get(action.ref());
    if (f == null) {
      throw new IllegalArgumentException("action " + action.ref() + " is not in this plan");
    }
    return f;
  }

  /**
   * Gets the facts of every action, in plan order: what a rule that visits every action walks,
   * rather than looking each action up.
   *
   * @return the facts; not null, unmodifiable
   */
  public List<ActionFacts> facts() {
    return factsInPlanOrder;
  }

  /**
   * Gets the derived RAG ratings.
   *
   * @return the assessment; not null
   */
  public RagAssessment rag() {
    return rag;
  }

  /**
   * Checks whether the plan holds the area, action or milestone: areas and actions by a binary
   * search of their numbers, a milestone in the time to scan its action's milestones as well.
   *
   * @param ref the reference; not null
   * @return true if it exists in the plan
   */
  public boolean contains(Reference ref) {
    Objects.requireNonNull(ref, "ref");
    return index().contains(ref);
  }

  /**
   * Gets a byte for each action, in plan order, of the traits declared above ({@link #DEPENDS}
   * and the others): which of the built-in rules can find something in the action. Read from
   * the facts in one pass on the first call, unless a report's pass gave them ({@link
   * PlanRules.Gatherer}), so that the rules walk these bytes, which stay in cache in a plan of
   * any size, and visit the facts only of the actions where they can find something: from 10^5
   * milestones on, every pass over the facts missed the caches action after action.
   */
  byte[] traits() {
    byte[] t = traits;
    if (t == null) {
      t = new byte[factsInPlanOrder.size()];
      LocalDate start = periodStart(plan);
      int i = 0;
      for (ActionFacts f : factsInPlanOrder) {
        t[i++] = trait(f, start);
      }
      traits = t;
    }
    return t;
  }

  /** Gets the start of a plan's period, or null if it names none. */
  static LocalDate periodStart(ImprovementPlan plan) {
    return plan.period().map(DateRange::start).orElse(null);
  }

  /**
   * Gets the traits of one action from its facts.
   *
   * @param f the facts; not null
   * @param periodStart the start of the plan's period, or null if it names none
   */
  static byte trait(ActionFacts f, LocalDate periodStart) {
    StateCounts counts = f.counts();
    return (byte)
        ((f.hasDependencies() ? DEPENDS : 0)
            | (counts.total() == 0 ? NO_MILESTONES : 0)
            | (f.hasTargetOf(TargetKind.NONE) || f.hasTargetOf(TargetKind.UNRECOGNISED)
                ? UNREAD_TARGET
                : 0)
            | (counts.overdue() > 0 && !f.hasResolution() ? UNRESOLVED_OVERDUE : 0)
            | (periodStart != null && f.anyTargetEndsBefore(periodStart) ? ENDS_BEFORE_PERIOD : 0));
  }

  /**
   * Takes the traits and the index a report's pass gathered for these facts, so that no pass of
   * their own is made; what is already worked out is kept.
   */
  void adopt(byte[] gatheredTraits, PlanIndex gatheredIndex, Dependencies gatheredDependencies) {
    if (traits == null) {
      traits = gatheredTraits;
    }
    if (index == null) {
      index = gatheredIndex;
    }
    if (dependencies == null) {
      dependencies = gatheredDependencies;
    }
  }

  /**
   * Gets every dependency of the plan's actions as numbers, in plan order, gathering them on the
   * first call from the actions that depend on something, unless a report's pass gave them.
   */
  Dependencies dependencies() {
    Dependencies d = dependencies;
    if (d == null) {
      byte[] t = traits();
      Dependencies.Builder b = new Dependencies.Builder();
      for (int i = 0; i < t.length; i++) {
        if ((t[i] & DEPENDS) != 0) {
          b.add(i, factsInPlanOrder.get(i).action());
        }
      }
      d = b.build();
      dependencies = d;
    }
    return d;
  }

  /** Gets the index of the plan's areas and actions, building it on the first call. */
  PlanIndex index() {
    PlanIndex ix = index;
    if (ix == null) {
      ix = PlanIndex.of(plan);
      index = ix;
    }
    return ix;
  }
}
