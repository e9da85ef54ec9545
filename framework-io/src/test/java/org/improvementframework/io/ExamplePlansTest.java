package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

class ExamplePlansTest {

  @Test
  void plymouth2015_readsTheCuratedPlan() {
    ImprovementPlan plan = ExamplePlans.plymouth2015();

    assertThat(plan.areas()).hasSize(17);
    assertThat(plan.actions().count()).isEqualTo(48);
    assertThat(plan.milestones().count()).isEqualTo(110);
  }

  @Test
  void plymouth2015_isEqualEachTime() {
    assertThat(ExamplePlans.plymouth2015()).isEqualTo(ExamplePlans.plymouth2015());
  }
}
