package org.improvementframework.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.junit.jupiter.api.Test;

/** What a {@link PlanContext} holds: exactly the plan's references, its date and classifier. */
class PlanContextMutationTest {

  @Test
  void property_containsEveryReferenceOfThePlanAndNoneBeyondIt() {
    qt().withExamples(100)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              PlanContext ctx =
                  PlanContext.of(plan, asOf, MilestoneClassifier.defaults(), RagPolicy.defaults());
              int lastArea = 0;
              for (Area area : plan.areas()) {
                assertThat(ctx.contains(area.ref())).isTrue();
                lastArea = Math.max(lastArea, area.ref().number());
                int lastAction = 0;
                for (Action action : area.actions()) {
                  assertThat(ctx.contains(action.ref())).isTrue();
                  lastAction = Math.max(lastAction, action.ref().number());
                  int lastMilestone = 0;
                  for (Milestone m : action.milestones()) {
                    assertThat(ctx.contains(m.ref())).isTrue();
                    lastMilestone = Math.max(lastMilestone, m.ref().number());
                  }
                  assertThat(ctx.contains(action.ref().milestone(lastMilestone + 1))).isFalse();
                }
                ActionRef missing = ActionRef.of(area.ref(), lastAction + 1);
                assertThat(ctx.contains(missing)).isFalse();
                assertThat(ctx.contains(missing.milestone(1))).isFalse();
              }
              assertThat(ctx.contains(AreaRef.of(lastArea + 1))).isFalse();
            });
  }

  @Test
  void of_keepsTheDateAndTheClassifier() {
    LocalDate asOf = LocalDate.of(2015, 6, 30);
    MilestoneClassifier sevenDays = MilestoneClassifier.withDueWindow(7);
    PlanContext ctx = PlanContext.of(TestPlans.plan(42), asOf, sevenDays, RagPolicy.defaults());
    assertThat(ctx.asOf()).isEqualTo(asOf);
    assertThat(ctx.classifier()).isSameAs(sevenDays);
    assertThat(ctx.contains(MilestoneRef.of(999, 1, 1))).isFalse();
  }
}
