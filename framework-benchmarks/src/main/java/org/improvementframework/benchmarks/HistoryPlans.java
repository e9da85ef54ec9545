package org.improvementframework.benchmarks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;

/**
 * Monthly updates of a generated plan for the history benchmarks: each month, from one seed, a
 * tenth of the milestones not yet done move a step forward and one in fifty is re-dated.
 */
public final class HistoryPlans {

  private HistoryPlans() {}

  /**
   * Makes the updates.
   *
   * @param milestones the plan's size
   * @param months how many monthly updates
   * @return the updates in date order; not null
   */
  public static List<ImprovementPlan> months(int milestones, int months) {
    ImprovementPlan plan = BenchmarkPlans.plan(milestones);
    Random random = new Random(BenchmarkPlans.SEED);
    YearMonth month = YearMonth.from(plan.asAt());
    plan = plan.withAsAt(month.atEndOfMonth());
    List<ImprovementPlan> out = new ArrayList<>(months);
    out.add(plan);
    for (int i = 1; i < months; i++) {
      month = month.plusMonths(1);
      plan = next(plan, month.atEndOfMonth(), random);
      out.add(plan);
    }
    return out;
  }

  private static ImprovementPlan next(ImprovementPlan plan, LocalDate asAt, Random random) {
    List<Area> areas = new ArrayList<>(plan.areas().size());
    for (Area area : plan.areas()) {
      List<Action> actions = new ArrayList<>(area.actions().size());
      for (Action action : area.actions()) {
        List<Milestone> ms = new ArrayList<>(action.milestones().size());
        for (Milestone m : action.milestones()) {
          ms.add(next(m, asAt, random));
        }
        actions.add(action.withMilestones(ms));
      }
      areas.add(area.withActions(actions));
    }
    return plan.withAsAt(asAt).withAreas(areas);
  }

  private static Milestone next(Milestone m, LocalDate asAt, Random random) {
    Progress p = m.status().progress();
    if (p.isDone()) {
      return m;
    }
    int roll = random.nextInt(100);
    if (roll < 10) {
      return m.withStatus(p == Progress.IN_PROGRESS ? Status.COMPLETE : Status.IN_PROGRESS);
    }
    if (roll < 12) {
      return m.withTarget(Target.ofMonth(YearMonth.from(asAt).plusMonths(2)));
    }
    return m;
  }
}
