package org.improvementframework.history;

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
import org.improvementframework.model.Rag;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Monthly updates of one plan, for the tests: statuses move forward, some deadlines move. */
final class Histories {

  private Histories() {}

  /** Histories of 1 to 6 monthly reports of a generated plan. */
  static Gen<List<ImprovementPlan>> histories() {
    return QuickTheoriesGen.of(PlanGenerators.plans())
        .zip(
            SourceDSL.longs().all(),
            SourceDSL.integers().between(1, 6),
            (plan, seed, months) -> evolve(plan, seed, months));
  }

  /** The plan and the months after it, each as at the end of its month. */
  static List<ImprovementPlan> evolve(ImprovementPlan base, long seed, int months) {
    Random random = new Random(seed);
    List<ImprovementPlan> out = new ArrayList<>();
    YearMonth month = YearMonth.from(base.asAt());
    ImprovementPlan plan = base.withAsAt(month.atEndOfMonth());
    out.add(plan);
    for (int i = 1; i < months; i++) {
      month = month.plusMonths(1);
      plan = step(plan, month.atEndOfMonth(), random);
      out.add(plan);
    }
    return out;
  }

  static ImprovementPlan step(ImprovementPlan plan, LocalDate asAt, Random random) {
    List<Area> areas = new ArrayList<>();
    for (Area area : plan.areas()) {
      List<Action> actions = new ArrayList<>();
      for (Action action : area.actions()) {
        List<Milestone> ms = new ArrayList<>();
        for (Milestone m : action.milestones()) {
          ms.add(stepMilestone(m, asAt, random));
        }
        Action a = action.withMilestones(ms);
        if (random.nextInt(5) == 0) {
          a = a.withReportedRag(Rag.values()[random.nextInt(3)]);
        }
        actions.add(a);
      }
      areas.add(area.withActions(actions));
    }
    return plan.withAsAt(asAt).withAreas(areas);
  }

  private static Milestone stepMilestone(Milestone m, LocalDate asAt, Random random) {
    Progress p = m.status().progress();
    if (p.isDone()) {
      return m;
    }
    int roll = random.nextInt(10);
    if (roll < 3) {
      return m.withStatus(p == Progress.IN_PROGRESS ? Status.COMPLETE : Status.IN_PROGRESS);
    }
    if (roll == 3) {
      // Re-dated: due a few months after this report.
      return m.withTarget(Target.ofMonth(YearMonth.from(asAt).plusMonths(1 + random.nextInt(4))));
    }
    return m;
  }
}
