package org.improvementframework.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Plans and as-of dates for this module's properties: framework-testing's realistic
 * {@link PlanGenerators} (which shrink) mixed half and half with a local generator of rougher
 * plans (actions without milestones, unknown and cyclic dependencies, every target kind, missing
 * leads), drawn from a seed so that a failure prints a reproducible seed.
 */
public final class TestPlans {

  private static final LocalDate BASE = LocalDate.of(2014, 1, 1);

  private TestPlans() {}

  /** Plans from PlanGenerators or the local generator, half and half. */
  public static Gen<ImprovementPlan> plans() {
    return QuickTheoriesGen.of(PlanGenerators.plans()).mix(rough());
  }

  /** The local generator: up to 6 areas, 4 actions per area and 6 milestones per action. */
  public static Gen<ImprovementPlan> rough() {
    return SourceDSL.longs().all().map(TestPlans::plan);
  }

  /** As-of dates: PlanGenerators' as-at dates (2013 to 2020) or any day of 2014 to 2016. */
  public static Gen<LocalDate> dates() {
    return QuickTheoriesGen.of(PlanGenerators.asAtDates())
        .mix(SourceDSL.integers().between(0, 3 * 366).map(BASE::plusDays));
  }

  /** Draws one plan from a seed. */
  public static ImprovementPlan plan(long seed) {
    Random r = new Random(seed);
    ImprovementPlan.Builder p =
        ImprovementPlan.builder().title("Plan " + seed).asAt(BASE.plusDays(r.nextInt(3 * 366)));
    if (r.nextInt(3) == 0) {
      p.period(DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)));
    }
    int areas = r.nextInt(7);
    int areaNumber = 0;
    for (int i = 0; i < areas; i++) {
      areaNumber += 1 + r.nextInt(2);
      AreaRef ar = AreaRef.of(areaNumber);
      Area.Builder a = Area.builder().ref(ar).title("Area " + areaNumber);
      int leads = r.nextInt(3);
      for (int l = 0; l < leads; l++) {
        a.addLeads("Lead " + r.nextInt(4) + (l == 0 ? "" : " " + l));
      }
      int actions = r.nextInt(5);
      for (int j = 1; j <= actions; j++) {
        ActionRef xr = ActionRef.of(ar, j);
        Action.Builder x = Action.builder().ref(xr).description("Action " + xr);
        if (r.nextInt(4) > 0) {
          x.reportedRag(Rag.values()[r.nextInt(4)]);
        }
        if (r.nextInt(3) == 0) {
          x.resolution("Resolution of " + xr);
        }
        if (r.nextInt(4) == 0) {
          int target = 1 + r.nextInt(Math.max(1, areaNumber + 2));
          x.addDependencies(
              r.nextBoolean() ? AreaRef.of(target) : ActionRef.of(target, 1 + r.nextInt(3)));
        }
        int milestones = r.nextInt(7);
        for (int k = 1; k <= milestones; k++) {
          x.addMilestones(milestone(r, MilestoneRef.of(xr, k)));
        }
        a.addActions(x.build());
      }
      p.addAreas(a.build());
    }
    return p.build();
  }

  /** Rebuilds a plan with every milestone passed through a function (same reference). */
  public static ImprovementPlan mapMilestones(ImprovementPlan plan, UnaryOperator<Milestone> f) {
    ImprovementPlan.Builder p =
        ImprovementPlan.builder().title(plan.title()).asAt(plan.asAt()).addAllNotes(plan.notes());
    plan.organisation().ifPresent(p::organisation);
    plan.period().ifPresent(p::period);
    for (Area area : plan.areas()) {
      Area.Builder a =
          Area.builder()
              .ref(area.ref())
              .title(area.title())
              .addAllLeads(area.leads())
              .addAllObjectives(area.objectives())
              .addAllOutcomes(area.outcomes())
              .addAllMeasures(area.measures())
              .addAllNotes(area.notes());
      for (Action action : area.actions()) {
        Action.Builder x =
            Action.builder()
                .ref(action.ref())
                .description(action.description())
                .addAllDependencies(action.dependencies())
                .addAllNotes(action.notes());
        action.reportedRag().ifPresent(x::reportedRag);
        action.resolution().ifPresent(x::resolution);
        for (Milestone m : action.milestones()) {
          x.addMilestones(f.apply(m));
        }
        a.addActions(x.build());
      }
      p.addAreas(a.build());
    }
    return p.build();
  }

  /** Copies a milestone with another status. */
  public static Milestone withStatus(Milestone m, Status status) {
    return Milestone.builder()
        .ref(m.ref())
        .description(m.description())
        .target(m.target())
        .status(status)
        .build();
  }

  /** Copies a milestone with another target. */
  public static Milestone withTarget(Milestone m, Target target) {
    return Milestone.builder()
        .ref(m.ref())
        .description(m.description())
        .target(target)
        .status(m.status())
        .build();
  }

  static Milestone milestone(Random r, MilestoneRef ref) {
    return Milestone.builder()
        .ref(ref)
        .description("Milestone " + ref)
        .target(target(r))
        .status(status(r))
        .build();
  }

  static Status status(Random r) {
    Progress p = Progress.values()[r.nextInt(Progress.values().length)];
    return p == Progress.NOT_REPORTED ? Status.NOT_REPORTED : Status.of(p, p.name());
  }

  static Target target(Random r) {
    YearMonth ym = YearMonth.from(BASE.plusDays(r.nextInt(3 * 366)));
    DateRange month = DateRange.of(ym.atDay(1), ym.atEndOfMonth());
    return switch (r.nextInt(9)) {
      case 0 -> Target.ofDay(BASE.plusDays(r.nextInt(3 * 366)));
      case 1 ->
          Target.builder()
              .text("list")
              .kind(TargetKind.LIST)
              .addPeriods(month)
              .addPeriods(DateRange.of(ym.plusMonths(3).atDay(1), ym.plusMonths(3).atEndOfMonth()))
              .build();
      case 2 ->
          Target.builder()
              .text("recurring")
              .kind(TargetKind.RECURRING)
              .addPeriods(month)
              .recurrence(Recurrence.values()[r.nextInt(4)])
              .build();
      case 3 ->
          Target.builder().text("onwards").kind(TargetKind.OPEN_START).addPeriods(month).build();
      case 4 -> Target.builder().text("TBC").kind(TargetKind.TO_BE_CONFIRMED).build();
      case 5 -> r.nextBoolean() ? Target.unrecognised("on of now") : Target.none();
      default -> Target.ofMonth(ym);
    };
  }
}
