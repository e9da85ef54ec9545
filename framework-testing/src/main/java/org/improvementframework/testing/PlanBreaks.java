package org.improvementframework.testing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Reference;
import org.improvementframework.model.TargetKind;

/** Draws a valid plan and breaks one plan rule in it, in one place. */
final class PlanBreaks {

  private PlanBreaks() {}

  static PlanShape shapeFor(PlanRuleBreak kind, PlanShape shape) {
    int minActions = kind == PlanRuleBreak.DEPENDENCY_CYCLE ? 2 : 1;
    int minAreas = Math.max(1, shape.minAreas());
    int minPerArea = Math.max(minActions, shape.minActionsPerArea());
    // Actions without milestones would break a rule of their own.
    int minMilestones = Math.max(1, shape.minMilestonesPerAction());
    return shape.toBuilder()
        .areas(minAreas, Math.max(minAreas, shape.maxAreas()))
        .actionsPerArea(minPerArea, Math.max(minPerArea, shape.maxActionsPerArea()))
        .milestonesPerAction(minMilestones, Math.max(minMilestones, shape.maxMilestonesPerAction()))
        .build();
  }

  static ImprovementPlan plan(Randomness r, PlanRuleBreak kind, PlanShape shape) {
    ImprovementPlan plan = PlanDraw.plan(r, shapeFor(kind, shape));
    List<Area> areas = new ArrayList<>(plan.areas());
    int areaIndex = Draw.between(r, 0, areas.size() - 1);
    Area area = areas.get(areaIndex);
    List<Action> actions = new ArrayList<>(area.actions());
    int actionIndex = Draw.between(r, 0, actions.size() - 1);
    Action action = actions.get(actionIndex);
    switch (kind) {
      case OVERDUE_MILESTONE_WITHOUT_RESOLUTION ->
          actions.set(actionIndex, overdueWithoutResolution(r, action, plan));
      case ACTION_WITHOUT_MILESTONES ->
          actions.set(
              actionIndex,
              Rebuild.action(
                  action, action.ref(), List.of(), Optional.empty(), action.dependencies()));
      case AREA_WITHOUT_LEAD -> {
        areas.set(areaIndex, Rebuild.area(area, area.ref(), List.of(), actions));
        return Rebuild.plan(plan, areas);
      }
      case DEPENDENCY_ON_MISSING_REFERENCE ->
          actions.set(actionIndex, withDependency(action, missing(r, plan, action)));
      default -> {
        // Two distinct actions of one area depend on each other; the later one may already
        // depend on the earlier, since generated dependencies point backwards.
        int other = Draw.between(r, 0, actions.size() - 2);
        if (other >= actionIndex) {
          other++;
        }
        Action a = actions.get(Math.min(actionIndex, other));
        Action b = actions.get(Math.max(actionIndex, other));
        actions.set(Math.min(actionIndex, other), withDependency(a, b.ref()));
        actions.set(Math.max(actionIndex, other), withDependency(b, a.ref()));
      }
    }
    areas.set(areaIndex, Rebuild.area(area, area.ref(), area.leads(), actions));
    return Rebuild.plan(plan, areas);
  }

  private static Action overdueWithoutResolution(
      Randomness r, Action action, ImprovementPlan plan) {
    List<Milestone> milestones = new ArrayList<>(action.milestones());
    int index = milestones.isEmpty() ? -1 : Draw.between(r, 0, milestones.size() - 1);
    MilestoneRef ref = index < 0 ? MilestoneRef.of(action.ref(), 1) : milestones.get(index).ref();
    // The whole month before the as-at month has ended by the as-at date.
    YearMonth due = YearMonth.from(plan.asAt()).minusMonths(1);
    Milestone overdue =
        Milestone.builder()
            .ref(ref)
            .description(Draw.element(r, Vocabulary.MILESTONE_DESCRIPTIONS))
            .target(TargetDraw.of(r, TargetKind.MONTH, due.atEndOfMonth()))
            .status(PlanDraw.status(r, Progress.IN_PROGRESS))
            .build();
    if (index < 0) {
      milestones.add(overdue);
    } else {
      milestones.set(index, overdue);
    }
    return Rebuild.action(
        action, action.ref(), milestones, Optional.empty(), action.dependencies());
  }

  /**
   * A reference past the plan's last area, or past the last action of the action's own area,
   * or to a milestone of such an action: never one that a checker could read as a dependency
   * of the action on itself.
   */
  private static Reference missing(Randomness r, ImprovementPlan plan, Action action) {
    int kind = Draw.between(r, 0, 2);
    if (kind == 0) {
      int last = plan.areas().get(plan.areas().size() - 1).number();
      return AreaRef.of(last + Draw.between(r, 1, 5));
    }
    Area area = plan.area(action.ref().area()).orElseThrow();
    ActionRef beyond = ActionRef.of(area.ref(), area.actions().size() + Draw.between(r, 1, 5));
    return kind == 1 ? beyond : MilestoneRef.of(beyond, Draw.between(r, 1, 5));
  }

  private static Action withDependency(Action action, Reference dependency) {
    if (action.dependencies().contains(dependency)) {
      return action;
    }
    List<Reference> deps = new ArrayList<>(action.dependencies());
    deps.add(dependency);
    return Rebuild.action(action, action.ref(), action.milestones(), action.resolution(), deps);
  }
}
