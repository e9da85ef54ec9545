package org.improvementframework.metrics;

import java.util.Collections;
import java.util.List;
import org.improvementframework.metrics.internal.PlanOrderMap;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.ImprovementPlan;

/**
 * The facts of every action of one plan, as a map by action in plan order, kept as the list a
 * report gathered them in. The passes of a report walk the list ({@link
 * ActionFacts#inPlanOrder}); the index by action, which costs a hash entry per action and
 * lookups that miss the caches in a large plan, is built only if a caller looks an action up.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FactsInPlanOrder extends PlanOrderMap<ActionFacts> {

  private final ImprovementPlan plan;
  private final List<ActionFacts> facts;

  /**
   * Wraps the facts of a plan's actions.
   *
   * @param plan the plan; not null
   * @param facts the facts of every action of the plan in plan order, not to be changed; not null
   */
  FactsInPlanOrder(ImprovementPlan plan, List<ActionFacts> facts) {
    this.plan = plan;
    this.facts = Collections.unmodifiableList(facts);
  }

  /** Gets the plan whose actions these facts are of. */
  ImprovementPlan plan() {
    return plan;
  }

  /** Gets the facts in plan order; unmodifiable. */
  List<ActionFacts> list() {
    return facts;
  }

  @Override
  public int size() {
    return facts.size();
  }

  @Override
  protected ActionRef keyAt(int i) {
    return facts.get(i).action().ref();
  }

  @Override
  protected ActionFacts valueAt(int i) {
    return facts.get(i);
  }
}
