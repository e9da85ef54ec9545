package org.improvementframework.metrics.rag;

import org.improvementframework.metrics.internal.PlanOrderMap;
import org.improvementframework.model.ActionRef;

/**
 * The derived judgement of every action, as a map by action in plan order, kept as two arrays.
 * A {@code LinkedHashMap} cost an entry of 40 bytes and a table slot per action, kept for as
 * long as the report; the index by action is built only if a caller looks an action up.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JudgementsInPlanOrder extends PlanOrderMap<RagJudgement> {

  private final ActionRef[] refs;
  private final RagJudgement[] judgements;

  /**
   * Wraps the judgements of a plan's actions.
   *
   * @param refs the actions, in plan order, each once, not to be changed; not null
   * @param judgements their judgements, at the same positions, not to be changed; not null
   */
  JudgementsInPlanOrder(ActionRef[] refs, RagJudgement[] judgements) {
    this.refs = refs;
    this.judgements = judgements;
  }

  @Override
  public int size() {
    return refs.length;
  }

  @Override
  protected ActionRef keyAt(int i) {
    return refs[i];
  }

  @Override
  protected RagJudgement valueAt(int i) {
    return judgements[i];
  }
}
