package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

class PlanGeneratorsTest {

  @Test
  void plans_sameSeed_givesEqualPlans() {
    ImprovementPlan a = PlanGenerators.plans().generate(SeededRandomness.of(20150331L));
    ImprovementPlan b = PlanGenerators.plans().generate(SeededRandomness.of(20150331L));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void plans_differentSeeds_giveDifferentPlans() {
    List<ImprovementPlan> plans = List.of(1L, 2L, 3L, 4L).stream()
        .map(seed -> PlanGenerators.plans().generate(SeededRandomness.of(seed)))
        .collect(Collectors.toList());
    assertThat(plans).doesNotHaveDuplicates();
  }

  @Test
  void plans_tenThousandSamples_stayWithinShapeAndWindow() {
    PlanShape shape = PlanShape.defaults();
    PlanGenerators.plans().samples(7).limit(10_000).forEach(plan -> {
      assertThat(plan.areas()).hasSizeBetween(shape.minAreas(), shape.maxAreas());
      plan.areas().forEach(area -> assertThat(area.actions())
          .hasSizeBetween(shape.minActionsPerArea(), shape.maxActionsPerArea()));
      plan.actions().forEach(action -> assertThat(action.milestones())
          .hasSizeBetween(shape.minMilestonesPerAction(), shape.maxMilestonesPerAction()));
      assertThat(plan.asAt()).isBetween(shape.earliestAsAt(), shape.latestAsAt());
    });
  }

  @Test
  void plans_exactShape_hasExactlyThatManyMilestones() {
    ImprovementPlan plan = PlanGenerators.plans(PlanShape.exactly(3, 4, 5))
        .generate(SeededRandomness.of(1));
    assertThat(plan.milestones().count()).isEqualTo(60);
    assertThat(plan.asAt()).isAfter(LocalDate.of(2013, 3, 31));
  }
}
