package org.improvementframework.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The two rules on milestones' targets visit only the actions whose facts show such a target;
 * they find what a walk over every milestone of the plan finds, in the same order. The walk,
 * kept here as the oracle, is the straightforward reading of each rule.
 */
class TargetRulesTest {

  @Test
  void property_milestoneTargets_findWhatAWalkOverEveryMilestoneFinds() {
    qt().withExamples(300)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              PlanContext c = context(plan, asOf);
              assertThat(PlanRules.MILESTONE_TARGETS.check(c)).isEqualTo(milestoneTargets(plan));
            });
  }

  @Test
  void property_targetBeforePlanPeriod_findsWhatAWalkOverEveryMilestoneFinds() {
    qt().withExamples(300)
        .forAll(TestPlans.plans(), TestPlans.dates(), SourceDSL.integers().between(0, 4 * 366))
        .checkAssert(
            (generated, asOf, startDay) -> {
              // Periods starting anywhere from 2013 to 2016, so that some targets end before.
              LocalDate start = LocalDate.of(2013, 1, 1).plusDays(startDay);
              ImprovementPlan plan =
                  ImprovementPlan.builder()
                      .title(generated.title())
                      .asAt(generated.asAt())
                      .addAllAreas(generated.areas())
                      .period(DateRange.of(start, start.plusYears(1)))
                      .build();
              for (ImprovementPlan p : List.of(generated, plan)) {
                PlanContext c = context(p, asOf);
                assertThat(PlanRules.TARGET_BEFORE_PLAN_PERIOD.check(c))
                    .isEqualTo(targetBeforePlanPeriod(p));
              }
            });
  }

  private static PlanContext context(ImprovementPlan plan, LocalDate asOf) {
    return PlanContext.of(plan, asOf, MilestoneClassifier.defaults(), RagPolicy.defaults());
  }

  private static List<Finding> milestoneTargets(ImprovementPlan plan) {
    List<Finding> out = new ArrayList<>();
    plan.milestones()
        .forEach(
            m -> {
              if (m.target().kind() == TargetKind.NONE) {
                out.add(
                    Finding.of(
                        "milestone-without-target",
                        Severity.WARNING,
                        m.ref(),
                        "milestone " + m.ref() + " has no target date"));
              } else if (m.target().kind() == TargetKind.UNRECOGNISED) {
                out.add(
                    Finding.of(
                        "milestone-unrecognised-target",
                        Severity.WARNING,
                        m.ref(),
                        "milestone "
                            + m.ref()
                            + " has a target that cannot be read as a date: '"
                            + m.target().text()
                            + "'"));
              }
            });
    return out;
  }

  private static List<Finding> targetBeforePlanPeriod(ImprovementPlan plan) {
    List<Finding> out = new ArrayList<>();
    if (plan.period().isEmpty()) {
      return out;
    }
    LocalDate start = plan.period().get().start();
    plan.milestones()
        .forEach(
            (Milestone m) -> {
              List<DateRange> periods = m.target().periods();
              if (!periods.isEmpty() && periods.get(periods.size() - 1).end().isBefore(start)) {
                LocalDate end = periods.get(periods.size() - 1).end();
                out.add(
                    Finding.of(
                        "target-before-plan-period",
                        Severity.WARNING,
                        m.ref(),
                        "milestone "
                            + m.ref()
                            + " has target '"
                            + m.target().text()
                            + "', ending "
                            + end
                            + ", before the plan's period starts on "
                            + start));
              }
            });
    return out;
  }
}
