package org.improvementframework.testing.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.testing.PlanGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

class QuickTheoriesGenTest {

  /** Keeps the smallest falsifying value QuickTheories reports. */
  private static final class Capture implements Reporter {
    final List<Object> smallest = new ArrayList<>();

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
        List<Object> examples, AsString<Object> toString) {
      this.smallest.add(smallest);
      throw new AssertionError("falsified by " + toString.asString(smallest), cause);
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest,
        List<Object> examples, AsString<Object> toString) {
      this.smallest.add(smallest);
      throw new AssertionError("falsified by " + toString.asString(smallest));
    }

    @Override
    public void valuesExhausted(int examplesUsed) {}
  }

  @Test
  void of_falsePropertyOverPlans_shrinksToOneAreaAndOneAction() {
    Capture capture = new Capture();
    // False: many plans have at least one milestone that is not done.
    assertThatThrownBy(() -> qt().withFixedSeed(1).withReporter(capture).withExamples(200)
        .withShrinkCycles(3000)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans()))
        .check(plan -> plan.milestones().allMatch(m -> m.status().progress().isDone())))
        .isInstanceOf(AssertionError.class);
    assertThat(capture.smallest).hasSize(1);
    ImprovementPlan plan = (ImprovementPlan) capture.smallest.get(0);
    assertThat(plan.areas()).hasSize(1);
    assertThat(plan.areas().get(0).actions()).hasSize(1);
    assertThat(plan.milestones().count()).isEqualTo(1);
  }
}
