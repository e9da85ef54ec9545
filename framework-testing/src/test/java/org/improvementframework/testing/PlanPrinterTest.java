package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;

class PlanPrinterTest {

  @Test
  void outline_printsOneLinePerAreaActionAndMilestone() {
    ActionRef ref = ActionRef.of(1, 1);
    ImprovementPlan plan =
        ImprovementPlan.builder()
            .title("Improvement Plan")
            .organisation("Eastholm Council")
            .asAt(LocalDate.of(2015, 3, 31))
            .addAreas(
                Area.builder()
                    .ref(AreaRef.of(1))
                    .title("Improve supervision")
                    .addLeads("Ann Hill", "Joy Reid")
                    .addActions(
                        Action.builder()
                            .ref(ref)
                            .description("Review practice")
                            .reportedRag(Rag.AMBER)
                            .addDependencies(AreaRef.of(3))
                            .resolution("Rescheduled")
                            .addMilestones(
                                Milestone.builder()
                                    .ref(ref.milestone(1))
                                    .description("Plan agreed")
                                    .target(Target.none())
                                    .status(Status.IN_PROGRESS)
                                    .build())
                            .build())
                    .build())
            .addAreas(Area.builder().ref(AreaRef.of(2)).title("Recruit").build())
            .build();
    assertThat(PlanPrinter.outline(plan))
        .isEqualTo(
            "Improvement Plan, Eastholm Council, as at 2015-03-31\n"
                + "Area 1: Improve supervision (lead: Ann Hill/Joy Reid)\n"
                + "  Action 1.1 [A]: Review practice (depends on 3) (resolution: Rescheduled)\n"
                + "    1.1.1 Plan agreed | (no target) | In progress\n"
                + "Area 2: Recruit (no lead)\n");
  }

  @Test
  void outline_ofGeneratedPlan_namesEveryMilestone() {
    ImprovementPlan plan = PlanGenerators.plans().generate(SeededRandomness.of(41));
    String outline = PlanPrinter.outline(plan);
    plan.milestones().forEach(m -> assertThat(outline).contains("    " + m.ref() + " "));
    assertThat(outline.lines().count())
        .isEqualTo(1 + plan.areas().size() + plan.actions().count() + plan.milestones().count());
  }
}
