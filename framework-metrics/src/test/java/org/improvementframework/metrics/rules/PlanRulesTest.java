package org.improvementframework.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2015, 3, 31);

  private static Milestone m(ActionRef a, int n, Target t) {
    return Milestone.builder()
        .ref(a.milestone(n))
        .description("m" + n)
        .target(t)
        .status(Status.IN_PROGRESS)
        .build();
  }

  /*
   * Area 1 (no lead): 1.1 has no milestones; 1.2 has 1.2.1 with no target, 1.2.2 unrecognised,
   * 1.2.3 due January 2015 (overdue, no resolution), depends on 2.1 and on area 9 (absent).
   * Area 2 (led): 2.1 has 2.1.1 due February 2015 (overdue, no resolution, so area 2 is RED)
   * and depends on 1.2: a cycle 1.2 -> 2.1 -> 1.2. Area 1 is RED too (1.2.3), so each action
   * depends on a RED area. The plan's period starts April 2015, so
   * both overdue targets end before it.
   */
  private static ImprovementPlan defective() {
    ActionRef a11 = ActionRef.of(1, 1);
    ActionRef a12 = ActionRef.of(1, 2);
    ActionRef a21 = ActionRef.of(2, 1);
    return ImprovementPlan.builder()
        .title("Defective")
        .asAt(AS_OF)
        .period(DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)))
        .addAreas(
            Area.builder()
                .ref(AreaRef.of(1))
                .title("One")
                .addActions(Action.builder().ref(a11).description("empty").build())
                .addActions(
                    Action.builder()
                        .ref(a12)
                        .description("weak")
                        .addMilestones(m(a12, 1, Target.none()))
                        .addMilestones(m(a12, 2, Target.unrecognised("on of now")))
                        .addMilestones(m(a12, 3, Target.ofMonth(YearMonth.of(2015, 1))))
                        .addDependencies(a21, AreaRef.of(9))
                        .build())
                .build())
        .addAreas(
            Area.builder()
                .ref(AreaRef.of(2))
                .title("Two")
                .addLeads("Lead")
                .addActions(
                    Action.builder()
                        .ref(a21)
                        .description("late")
                        .addMilestones(m(a21, 1, Target.ofMonth(YearMonth.of(2015, 2))))
                        .addDependencies(a12)
                        .build())
                .build())
        .build();
  }

  private static List<Finding> check(ImprovementPlan plan, PlanRule rule) {
    return rule.check(
        PlanContext.of(plan, AS_OF, MilestoneClassifier.defaults(), RagPolicy.defaults()));
  }

  @Test
  void defaults_findEveryDefectOfTheDefectivePlan() {
    List<Finding> all =
        PlanRules.check(
            PlanContext.of(
                defective(), AS_OF, MilestoneClassifier.defaults(), RagPolicy.defaults()),
            PlanRules.defaults());
    assertThat(all)
        .extracting(f -> f.ruleId() + " " + f.ref().map(Object::toString).orElse(""))
        .containsExactly(
            "action-without-milestones 1.1",
            "milestone-without-target 1.2.1",
            "milestone-unrecognised-target 1.2.2",
            "area-without-lead 1",
            "overdue-without-resolution 1.2.3",
            "overdue-without-resolution 2.1.1",
            "unknown-reference 1.2",
            "dependency-cycle 1.2",
            "depends-on-red-area 1.2",
            "depends-on-red-area 2.1",
            "target-before-plan-period 1.2.3",
            "target-before-plan-period 2.1.1");
  }

  @Test
  void messages_sayWhatAndWhere() {
    assertThat(check(defective(), PlanRules.UNKNOWN_REFERENCE).get(0).message())
        .isEqualTo("action 1.2 depends on area 9, which the plan does not hold");
    assertThat(check(defective(), PlanRules.DEPENDENCY_CYCLE).get(0).message())
        .isEqualTo("dependencies form a cycle: 1.2 -> 2.1 -> 1.2");
    assertThat(check(defective(), PlanRules.OVERDUE_WITHOUT_RESOLUTION).get(0).message())
        .isEqualTo(
            "milestone 1.2.3 is 59 days overdue (target '2015-01', deadline 2015-01-31)"
                + " and action 1.2 has no resolution written");
    assertThat(check(defective(), PlanRules.DEPENDS_ON_RED_AREA).get(0).toString())
        .isEqualTo(
            "WARNING depends-on-red-area 1.2: action 1.2 depends on action 2.1 in area 2,"
                + " which is RED");
  }

  @Test
  void dependencyCycle_throughAnArea_isFound() {
    // 1.1 depends on area 1, which depends on its action 1.1.
    ActionRef a11 = ActionRef.of(1, 1);
    ImprovementPlan plan =
        ImprovementPlan.builder()
            .title("Self")
            .asAt(AS_OF)
            .addAreas(
                Area.builder()
                    .ref(AreaRef.of(1))
                    .title("One")
                    .addLeads("L")
                    .addActions(
                        Action.builder()
                            .ref(a11)
                            .description("x")
                            .addDependencies(AreaRef.of(1))
                            .build())
                    .build())
            .build();
    assertThat(check(plan, PlanRules.DEPENDENCY_CYCLE))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("dependencies form a cycle: 1.1 -> 1 -> 1.1");
  }

  @Test
  void dependencyCycle_longChain_doesNotOverflowTheStack() {
    Area.Builder area = Area.builder().ref(AreaRef.of(1)).title("Chain").addLeads("L");
    int n = 20_000;
    for (int i = 1; i <= n; i++) {
      area.addActions(
          Action.builder()
              .ref(ActionRef.of(1, i))
              .description("x")
              .addDependencies(ActionRef.of(1, i == n ? 1 : i + 1))
              .build());
    }
    ImprovementPlan plan =
        ImprovementPlan.builder().title("Chain").asAt(AS_OF).addAreas(area.build()).build();
    assertThat(check(plan, PlanRules.DEPENDENCY_CYCLE)).hasSize(1);
  }

  @Test
  void property_findingsReferToWhatThePlanHolds() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              PlanContext c =
                  PlanContext.of(plan, asOf, MilestoneClassifier.defaults(), RagPolicy.defaults());
              for (Finding f : PlanRules.check(c, PlanRules.defaults())) {
                assertThat(f.ref()).isPresent();
                assertThat(c.contains(f.ref().get())).as(f.toString()).isTrue();
              }
            });
  }
}
