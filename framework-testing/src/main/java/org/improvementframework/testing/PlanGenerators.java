package org.improvementframework.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReportingPeriod;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

/**
 * Generators of valid, realistic improvement plans and of every part of one, for property tests
 * of plan rules, readers, writers and calculators.
 *
 * <pre>{@code
 * // QuickTheories: failing plans shrink to small ones
 * qt().forAll(QuickTheoriesGen.of(PlanGenerators.plans()))
 *     .check(plan -> myRule.check(PlanContext.of(plan, plan.asAt(),
 *         MilestoneClassifier.defaults(), RagPolicy.defaults())) != null);
 *
 * // any other engine: a seed gives the same plans on every run
 * PlanGenerators.plans().samples(42).limit(200).forEach(plan -> ...);
 * }</pre>
 *
 * <p>Generated plans look like councils' plans: made-up leads' names, area titles, actions and
 * milestones in the words councils use, targets written in their forms ({@code Apr-15},
 * {@code March 2015}, {@code 31/03/2015}, {@code Q2 2015/16}, {@code Feb 15, thereafter
 * monthly}, {@code TBC}) inside the plan's period, actions mostly rated amber, most past
 * milestones complete and a few overdue. Every generated plan satisfies the model's invariants
 * and keeps the plan rules {@link PlanRuleBreak} lists; {@link #plansBreaking(PlanRuleBreak)}
 * breaks one of them on purpose, and {@link #invariantBreaks()} gives inputs the model must
 * refuse.
 *
 * <p>Parts drawn on their own (an area, an action, a milestone, a target) are drawn within a
 * plan's dates, as-at dates falling between 1 April 2013 and 31 March 2020, as in
 * {@link PlanShape#defaults()}.
 *
 * <p>The generators are immutable and thread-safe.
 */
public final class PlanGenerators {

  private static final int MAX_AREA = 17;
  private static final int MAX_ACTION = 8;
  private static final int MAX_MILESTONE = 8;

  private PlanGenerators() {}

  /**
   * Obtains a generator of plans of the {@linkplain PlanShape#defaults() default shape}.
   *
   * @return the generator; not null
   */
  public static Generator<ImprovementPlan> plans() {
    return plans(PlanShape.defaults());
  }

  /**
   * Obtains a generator of plans of the given shape.
   *
   * @param shape the sizes and as-at window; not null
   * @return the generator; not null
   */
  public static Generator<ImprovementPlan> plans(PlanShape shape) {
    Objects.requireNonNull(shape, "shape");
    return r -> PlanDraw.plan(r, shape);
  }

  /**
   * Obtains a generator of plans of the default shape that break the given plan rule once and
   * keep every other rule {@link PlanRuleBreak} lists.
   *
   * @param rule the rule to break; not null
   * @return the generator; not null
   */
  public static Generator<ImprovementPlan> plansBreaking(PlanRuleBreak rule) {
    return plansBreaking(rule, PlanShape.defaults());
  }

  /**
   * Obtains a generator of plans of the given shape that break the given plan rule once and
   * keep every other rule {@link PlanRuleBreak} lists. The shape's minimum sizes are raised
   * where the break or the other rules need them: at least one area, one action per area (two
   * for a {@link PlanRuleBreak#DEPENDENCY_CYCLE}) and one milestone per action.
   *
   * @param rule the rule to break; not null
   * @param shape the sizes and as-at window; not null
   * @return the generator; not null
   */
  public static Generator<ImprovementPlan> plansBreaking(PlanRuleBreak rule, PlanShape shape) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(shape, "shape");
    return r -> PlanBreaks.plan(r, rule, shape);
  }

  /**
   * Obtains a generator of inputs that break one of the model's invariants, each with the
   * fragment of the message the model's refusal must contain.
   *
   * @return the generator; not null
   */
  public static Generator<InvariantBreak> invariantBreaks() {
    return InvariantBreak::draw;
  }

  /**
   * Obtains a generator of areas, numbered 1 to 17, with 1 to 4 actions of 1 to 4 milestones;
   * their actions depend, if at all, on lower-numbered areas and earlier actions.
   *
   * @return the generator; not null
   */
  public static Generator<Area> areas() {
    return r -> {
      PlanDates dates = dates(r);
      AreaRef ref = AreaRef.of(Draw.between(r, 1, MAX_AREA));
      List<Reference> earlier = new ArrayList<>();
      for (int n = 1; n < ref.number(); n++) {
        earlier.add(AreaRef.of(n));
      }
      String title = Draw.element(r, Vocabulary.AREA_TITLES);
      return PlanDraw.area(r, ref, title, dates, PlanShape.defaults(), earlier, true);
    };
  }

  /**
   * Obtains a generator of actions with 1 to 4 milestones, mostly rated amber, with a
   * resolution exactly when a milestone is overdue.
   *
   * @return the generator; not null
   */
  public static Generator<Action> actions() {
    return r -> {
      PlanDates dates = dates(r);
      ActionRef ref = actionRef(r);
      List<Reference> earlier = new ArrayList<>();
      for (int n = 1; n < ref.area().number(); n++) {
        earlier.add(AreaRef.of(n));
      }
      for (int n = 1; n < ref.number(); n++) {
        earlier.add(ActionRef.of(ref.area(), n));
      }
      String description = Draw.element(r, Vocabulary.ACTION_DESCRIPTIONS);
      return PlanDraw.action(r, ref, description, dates, PlanShape.defaults(), earlier, true);
    };
  }

  /**
   * Obtains a generator of milestones, each with a target in a council's form and a status
   * that fits it, as judged on a generated as-at date.
   *
   * @return the generator; not null
   */
  public static Generator<Milestone> milestones() {
    return r -> {
      PlanDates dates = dates(r);
      MilestoneRef ref = milestoneRef(r);
      return PlanDraw.milestone(r, ref, dates.dayFrom(r, dates.start, 731), dates.asAt);
    };
  }

  /**
   * Obtains a generator of targets of every kind, in the proportions councils write them
   * (months most often), each with its text as written beside its reading.
   *
   * @return the generator; not null
   */
  public static Generator<Target> targets() {
    return r -> {
      PlanDates dates = dates(r);
      return TargetDraw.any(r, dates.dayFrom(r, dates.start, 731));
    };
  }

  /**
   * Obtains a generator of targets of one kind. Seasons have no winter and terms no August: a
   * due date there gives a {@link TargetKind#MONTH month} target instead, so a few targets
   * of those two kinds are months.
   *
   * @param kind the kind; not null
   * @return the generator; not null
   */
  public static Generator<Target> targets(TargetKind kind) {
    Objects.requireNonNull(kind, "kind");
    return r -> {
      PlanDates dates = dates(r);
      return TargetDraw.of(r, kind, dates.dayFrom(r, dates.start, 731));
    };
  }

  /**
   * Obtains a generator of statuses of every progress, each in words that
   * {@link Status#parse(CharSequence)} reads back to the same progress.
   *
   * @return the generator; not null
   */
  public static Generator<Status> statuses() {
    Progress[] order = {
      Progress.IN_PROGRESS,
      Progress.COMPLETE,
      Progress.NOT_STARTED,
      Progress.ONGOING,
      Progress.NOT_REPORTED
    };
    return r -> PlanDraw.status(r, order[Draw.weighted(r, 40, 30, 12, 10, 8)]);
  }

  /**
   * Obtains a generator of RAG ratings, mostly amber.
   *
   * @return the generator; not null
   */
  public static Generator<Rag> rags() {
    Rag[] order = {Rag.AMBER, Rag.GREEN, Rag.RED, Rag.BLUE};
    return r -> order[Draw.weighted(r, 50, 25, 20, 5)];
  }

  /**
   * Obtains a generator of area references, 1 to 17.
   *
   * @return the generator; not null
   */
  public static Generator<AreaRef> areaRefs() {
    return r -> AreaRef.of(Draw.between(r, 1, MAX_AREA));
  }

  /**
   * Obtains a generator of action references, {@code 1.1} to {@code 17.8}.
   *
   * @return the generator; not null
   */
  public static Generator<ActionRef> actionRefs() {
    return PlanGenerators::actionRef;
  }

  /**
   * Obtains a generator of milestone references, {@code 1.1.1} to {@code 17.8.8}.
   *
   * @return the generator; not null
   */
  public static Generator<MilestoneRef> milestoneRefs() {
    return PlanGenerators::milestoneRef;
  }

  /**
   * Obtains a generator of references of all three kinds: areas, actions and milestones.
   *
   * @return the generator; not null
   */
  public static Generator<Reference> references() {
    return Generator.oneOf(areaRefs(), actionRefs(), milestoneRefs());
  }

  /**
   * Obtains a generator of leads' names, made up, such as {@code Alison Hill}.
   *
   * @return the generator; not null
   */
  public static Generator<String> leads() {
    return PlanDraw::name;
  }

  /**
   * Obtains a generator of measures: text alone mostly, sometimes with an indicator.
   *
   * @return the generator; not null
   */
  public static Generator<Measure> measures() {
    return r -> IndicatorDraw.measure(r, dates(r).asAt, true);
  }

  /**
   * Obtains a generator of indicators of the kinds children's services report, with units and
   * polarities that fit their names, observations over consecutive years, quarters or months
   * (including suppressed and missing values), and a baseline and targets where councils set
   * them.
   *
   * @return the generator; not null
   */
  public static Generator<Indicator> indicators() {
    return r -> IndicatorDraw.indicator(r, dates(r).asAt, true);
  }

  /**
   * Obtains a generator of indicator values: numbers mostly (kept to their scale, such as
   * {@code 71.5}), sometimes a marker: suppressed ({@code c}), not available ({@code x}), not
   * applicable ({@code z}) or rounds to zero ({@code k}).
   *
   * @return the generator; not null
   */
  public static Generator<IndicatorValue> indicatorValues() {
    Indicator.Unit[] units = Indicator.Unit.values();
    return r -> IndicatorDraw.value(r, units[Draw.between(r, 0, units.length - 1)]);
  }

  /**
   * Obtains a generator of observations: a reporting period of any kind and a value.
   *
   * @return the generator; not null
   */
  public static Generator<Observation> observations() {
    return r ->
        Observation.of(IndicatorDraw.period(r, dates(r).asAt), indicatorValues().generate(r));
  }

  /**
   * Obtains a generator of reporting periods of every kind: financial years, quarters, months,
   * academic and calendar years, and snapshot dates.
   *
   * @return the generator; not null
   */
  public static Generator<ReportingPeriod> reportingPeriods() {
    return r -> IndicatorDraw.period(r, dates(r).asAt);
  }

  /**
   * Obtains a generator of indicator targets: a value in a unit's range for a financial year,
   * with a tolerance half the time.
   *
   * @return the generator; not null
   */
  public static Generator<IndicatorTarget> indicatorTargets() {
    Indicator.Unit[] units = Indicator.Unit.values();
    return r ->
        IndicatorDraw.target(
            r,
            units[Draw.between(r, 0, units.length - 1)],
            ReportingPeriod.financialYear(PlanDates.financialYear(dates(r).asAt)));
  }

  /**
   * Obtains a generator of date ranges within a plan's period: a single day sometimes, up to a
   * year mostly.
   *
   * @return the generator; not null
   */
  public static Generator<DateRange> dateRanges() {
    return r -> {
      PlanDates dates = dates(r);
      LocalDate start = dates.dayFrom(r, dates.start, 731);
      return DateRange.of(start, start.plusDays(Draw.between(r, 0, 366)));
    };
  }

  /**
   * Obtains a generator of as-at dates within the default window, 1 April 2013 to 31 March 2020,
   * mostly the last day of a month.
   *
   * @return the generator; not null
   */
  public static Generator<LocalDate> asAtDates() {
    return r -> dates(r).asAt;
  }

  private static PlanDates dates(Randomness r) {
    PlanShape d = PlanShape.defaults();
    return PlanDates.draw(r, d.earliestAsAt(), d.latestAsAt());
  }

  private static ActionRef actionRef(Randomness r) {
    return ActionRef.of(Draw.between(r, 1, MAX_AREA), Draw.between(r, 1, MAX_ACTION));
  }

  private static MilestoneRef milestoneRef(Randomness r) {
    return MilestoneRef.of(actionRef(r), Draw.between(r, 1, MAX_MILESTONE));
  }
}
