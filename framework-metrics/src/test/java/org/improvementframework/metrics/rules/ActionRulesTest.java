package org.improvementframework.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.MilestoneState;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;
import org.improvementframework.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The rules on actions walk the context's traits and visit again only the actions they single
 * out (with no milestones, depending on something, with an overdue milestone and no resolution);
 * they find what a walk over every action of the plan finds, in the same order. The walks, kept
 * here as oracles, are the straightforward reading of each rule.
 */
class ActionRulesTest {

  @Test
  void property_actionRules_findWhatAWalkOverEveryActionFinds() {
    qt().withExamples(300)
        .forAll(plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              PlanContext c =
                  PlanContext.of(plan, asOf, MilestoneClassifier.defaults(), RagPolicy.defaults());
              assertThat(PlanRules.ACTION_WITHOUT_MILESTONES.check(c))
                  .isEqualTo(withoutMilestones(plan));
              assertThat(PlanRules.UNKNOWN_REFERENCE.check(c)).isEqualTo(unknown(plan));
              assertThat(PlanRules.DEPENDS_ON_RED_AREA.check(c)).isEqualTo(onRedArea(c));
              assertThat(PlanRules.OVERDUE_WITHOUT_RESOLUTION.check(c))
                  .isEqualTo(overdueWithoutResolution(plan, asOf));
            });
  }

  @Test
  void property_traitsAreWhatEachActionHolds() {
    qt().withExamples(300)
        .forAll(plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              MilestoneClassifier classifier = MilestoneClassifier.defaults();
              PlanContext c = PlanContext.of(plan, asOf, classifier, RagPolicy.defaults());
              byte[] traits = c.traits();
              List<Action> actions = plan.actions().toList();
              assertThat(traits).hasSize(actions.size());
              for (int i = 0; i < traits.length; i++) {
                Action a = actions.get(i);
                boolean overdue =
                    a.milestones().stream()
                        .anyMatch(m -> classifier.state(m, asOf) == MilestoneState.OVERDUE);
                boolean unread =
                    a.milestones().stream()
                        .map(m -> m.target().kind())
                        .anyMatch(k -> k == TargetKind.NONE || k == TargetKind.UNRECOGNISED);
                assertThat(traits[i] & PlanContext.DEPENDS)
                    .isEqualTo(a.dependencies().isEmpty() ? 0 : PlanContext.DEPENDS);
                assertThat(traits[i] & PlanContext.NO_MILESTONES)
                    .isEqualTo(a.milestones().isEmpty() ? PlanContext.NO_MILESTONES : 0);
                assertThat(traits[i] & PlanContext.UNREAD_TARGET)
                    .isEqualTo(unread ? PlanContext.UNREAD_TARGET : 0);
                assertThat(traits[i] & PlanContext.UNRESOLVED_OVERDUE)
                    .isEqualTo(
                        overdue && a.resolution().isEmpty() ? PlanContext.UNRESOLVED_OVERDUE : 0);
                boolean endsBefore =
                    plan.period().isPresent()
                        && a.milestones().stream()
                            .map(m -> m.target().periods())
                            .anyMatch(
                                p ->
                                    !p.isEmpty()
                                        && p.get(p.size() - 1)
                                            .end()
                                            .isBefore(plan.period().get().start()));
                assertThat(traits[i] & PlanContext.ENDS_BEFORE_PERIOD)
                    .isEqualTo(endsBefore ? PlanContext.ENDS_BEFORE_PERIOD : 0);
              }
              assertThat(c.traits()).isSameAs(traits);
            });
  }

  private static List<Finding> overdueWithoutResolution(ImprovementPlan plan, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    plan.actions()
        .filter(a -> a.resolution().isEmpty())
        .forEach(
            a -> {
              for (DatedMilestone d :
                  ActionFacts.of(a, MilestoneClassifier.defaults(), asOf).overdue()) {
                out.add(
                    Finding.of(
                        "overdue-without-resolution",
                        Severity.ERROR,
                        d.milestone().ref(),
                        "milestone "
                            + d.milestone().ref()
                            + " is "
                            + d.daysOverdue()
                            + " days overdue (target '"
                            + d.milestone().target().text()
                            + "', deadline "
                            + d.deadline()
                            + ") and action "
                            + a.ref()
                            + " has no resolution written"));
              }
            });
    return out;
  }

  @Test
  void property_hasDependencies_isWhetherTheActionListsAny() {
    qt().withExamples(200)
        .forAll(plans())
        .checkAssert(
            plan ->
                plan.actions()
                    .forEach(
                        a ->
                            assertThat(
                                    ActionFacts.of(a, MilestoneClassifier.defaults(), plan.asAt())
                                        .hasDependencies())
                                .isEqualTo(!a.dependencies().isEmpty())));
  }

  /** Generated plans, and plans dense with dependencies of every kind. */
  private static Gen<ImprovementPlan> plans() {
    return TestPlans.plans().mix(SourceDSL.longs().all().map(DependencyCyclesTest::dense));
  }

  private static List<Finding> withoutMilestones(ImprovementPlan plan) {
    List<Finding> out = new ArrayList<>();
    plan.actions()
        .filter(a -> a.milestones().isEmpty())
        .forEach(
            a ->
                out.add(
                    Finding.of(
                        "action-without-milestones",
                        Severity.WARNING,
                        a.ref(),
                        "action "
                            + a.ref()
                            + " has no milestones, so its progress cannot be judged")));
    return out;
  }

  private static List<Finding> unknown(ImprovementPlan plan) {
    List<Finding> out = new ArrayList<>();
    for (Area area : plan.areas()) {
      for (Action a : area.actions()) {
        for (Reference r : a.dependencies()) {
          if (!plan.contains(r)) {
            out.add(
                Finding.of(
                    "unknown-reference",
                    Severity.ERROR,
                    a.ref(),
                    dependency(a, r) + ", which the plan does not hold"));
          }
        }
      }
    }
    return out;
  }

  private static List<Finding> onRedArea(PlanContext c) {
    List<Finding> out = new ArrayList<>();
    for (Area holder : c.plan().areas()) {
      for (Action a : holder.actions()) {
        for (Reference r : a.dependencies()) {
          AreaRef area = r.area();
          if (!area.equals(holder.ref()) && c.rag().areas().get(area) == Rag.RED) {
            out.add(
                Finding.of(
                    "depends-on-red-area",
                    Severity.WARNING,
                    a.ref(),
                    dependency(a, r) + " in area " + area + ", which is RED"));
          }
        }
      }
    }
    return out;
  }

  private static String dependency(Action a, Reference r) {
    String kind = r instanceof AreaRef ? "area" : r instanceof ActionRef ? "action" : "milestone";
    return "action " + a.ref() + " depends on " + kind + " " + r;
  }
}
