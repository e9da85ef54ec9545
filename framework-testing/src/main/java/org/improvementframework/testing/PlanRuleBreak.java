package org.improvementframework.testing;

/**
 * A plan rule that {@link PlanGenerators#plansBreaking(PlanRuleBreak)} breaks on purpose, once,
 * in a plan that keeps every other rule listed here.
 *
 * <p>Plan rules are business rules, not invariants: the model builds such plans without
 * complaint, and a rule checker (framework-metrics, or a council's own) reports them. Plans from
 * {@link PlanGenerators#plans()} keep all of them, so a checker of these rules should find
 * nothing in them and exactly the broken rule in a plan generated to break it.
 *
 * <p>"Overdue" here means: a milestone whose target's deadline, judged on the plan's as-at date
 * ({@code target.deadline(asAt)}), is before that date, and whose progress is not done
 * (neither complete nor ongoing).
 */
public enum PlanRuleBreak {

  /**
   * Breaks "an action with an overdue milestone has a resolution written for it": one action
   * gets a milestone due in the month before the as-at date, in progress, and no resolution.
   */
  OVERDUE_MILESTONE_WITHOUT_RESOLUTION,

  /** Breaks "every action has at least one milestone": one action loses all its milestones. */
  ACTION_WITHOUT_MILESTONES,

  /** Breaks "every area names at least one lead": one area loses its leads. */
  AREA_WITHOUT_LEAD,

  /**
   * Breaks "every dependency refers to an area, action or milestone of the plan": one action
   * gets a dependency on an area, action or milestone the plan does not have.
   */
  DEPENDENCY_ON_MISSING_REFERENCE,

  /**
   * Breaks "dependencies form no cycle": two distinct actions are made to depend on each other
   * (plans breaking this rule have at least two actions). Generated dependencies otherwise
   * point only to earlier areas and actions, so that this is the only cycle.
   */
  DEPENDENCY_CYCLE
}
