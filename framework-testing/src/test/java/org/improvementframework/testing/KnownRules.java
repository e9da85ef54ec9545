package org.improvementframework.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Reference;

/**
 * The plan rules PlanRuleBreak names, written out plainly for the tests: which of them a plan
 * breaks. A dependency on an area counts as a dependency on each of its actions.
 */
final class KnownRules {

  private KnownRules() {}

  static Set<PlanRuleBreak> broken(ImprovementPlan plan) {
    Set<PlanRuleBreak> broken = EnumSet.noneOf(PlanRuleBreak.class);
    for (Area area : plan.areas()) {
      if (area.leads().isEmpty()) {
        broken.add(PlanRuleBreak.AREA_WITHOUT_LEAD);
      }
      for (Action action : area.actions()) {
        if (action.milestones().isEmpty()) {
          broken.add(PlanRuleBreak.ACTION_WITHOUT_MILESTONES);
        }
        boolean overdue = false;
        for (Milestone m : action.milestones()) {
          overdue |= isOverdue(m, plan);
        }
        if (overdue && action.resolution().isEmpty()) {
          broken.add(PlanRuleBreak.OVERDUE_MILESTONE_WITHOUT_RESOLUTION);
        }
        for (Reference d : action.dependencies()) {
          if (!plan.contains(d)) {
            broken.add(PlanRuleBreak.DEPENDENCY_ON_MISSING_REFERENCE);
          }
        }
      }
    }
    if (hasCycle(plan)) {
      broken.add(PlanRuleBreak.DEPENDENCY_CYCLE);
    }
    return broken;
  }

  static boolean isOverdue(Milestone m, ImprovementPlan plan) {
    return !m.status().progress().isDone()
        && m.target().deadline(plan.asAt()).map(d -> d.isBefore(plan.asAt())).orElse(false);
  }

  /** Depth-first search over actions; an area dependency points at all its actions. */
  private static boolean hasCycle(ImprovementPlan plan) {
    Map<ActionRef, List<ActionRef>> edges = new HashMap<>();
    plan.actions()
        .forEach(
            a -> {
              List<ActionRef> to = new ArrayList<>();
              for (Reference d : a.dependencies()) {
                if (d instanceof AreaRef areaRef) {
                  plan.area(areaRef).ifPresent(x -> x.actions().forEach(y -> to.add(y.ref())));
                } else if (d instanceof ActionRef actionRef) {
                  to.add(actionRef);
                } else {
                  to.add(((MilestoneRef) d).action());
                }
              }
              edges.put(a.ref(), to);
            });
    Set<ActionRef> done = new HashSet<>();
    Set<ActionRef> onPath = new HashSet<>();
    for (ActionRef start : edges.keySet()) {
      if (visit(start, edges, done, onPath)) {
        return true;
      }
    }
    return false;
  }

  private static boolean visit(
      ActionRef a,
      Map<ActionRef, List<ActionRef>> edges,
      Set<ActionRef> done,
      Set<ActionRef> onPath) {
    if (onPath.contains(a)) {
      return true;
    }
    if (!done.add(a)) {
      return false;
    }
    onPath.add(a);
    for (ActionRef b : edges.getOrDefault(a, List.of())) {
      if (visit(b, edges, done, onPath)) {
        return true;
      }
    }
    onPath.remove(a);
    return false;
  }
}
