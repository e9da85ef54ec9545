package org.improvementframework.testing.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Rag;
import org.improvementframework.testing.Generator;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.PlanPrinter;
import org.improvementframework.testing.Randomness;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

class QuickTheoriesGenTest {

  /** Keeps the smallest falsifying value QuickTheories reports. */
  private static final class Capture implements Reporter {
    final List<Object> smallest = new ArrayList<>();

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        Throwable cause,
        List<Object> examples,
        AsString<Object> toString) {
      this.smallest.add(smallest);
      throw new AssertionError("falsified by " + toString.asString(smallest), cause);
    }

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        List<Object> examples,
        AsString<Object> toString) {
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
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(1)
                    .withReporter(capture)
                    .withExamples(200)
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

  @Test
  void of_secondFalseProperty_shrinksToOneAreaOneActionOneMilestone() {
    Capture capture = new Capture();
    // False: red actions are common enough to turn up in a few hundred plans.
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(7)
                    .withReporter(capture)
                    .withExamples(300)
                    .withShrinkCycles(3000)
                    .forAll(QuickTheoriesGen.of(PlanGenerators.plans(), PlanPrinter::outline))
                    .check(
                        plan ->
                            plan.actions()
                                .noneMatch(a -> a.reportedRag().equals(Optional.of(Rag.RED)))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[R]");
    ImprovementPlan plan = (ImprovementPlan) capture.smallest.get(0);
    assertThat(plan.areas()).hasSize(1);
    assertThat(plan.actions().count()).isEqualTo(1);
    assertThat(plan.actions().findFirst().orElseThrow().reportedRag()).contains(Rag.RED);
  }

  @Test
  void of_trueProperty_holdsOverGeneratedPlans() {
    qt().withFixedSeed(3)
        .withExamples(300)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans()))
        .check(
            plan ->
                plan.areas().size() >= 1
                    && plan.actions().allMatch(a -> !a.milestones().isEmpty()));
  }

  @Test
  void randomness_staysWithinBounds_andShrinksToMin() {
    Generator<Long> pair = r -> r.choose(5, 9) * 100 + r.choose(-3, 3);
    Capture capture = new Capture();
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(11)
                    .withReporter(capture)
                    .withExamples(200)
                    .forAll(QuickTheoriesGen.of(pair))
                    .check(
                        v -> {
                          long high = Math.floorDiv(v + 3, 100);
                          long low = v - high * 100;
                          assertThat(high).isBetween(5L, 9L);
                          assertThat(low).isBetween(-3L, 3L);
                          return v < 600;
                        }))
        .isInstanceOf(AssertionError.class);
    // Each choice shrinks to its minimum, not to zero: the second to -3, and then the first
    // only as far as 7, since 6 and -3 give 597, which passes.
    assertThat(capture.smallest).containsExactly(697L);
  }

  @Test
  void randomness_reversedRange_isRejected() {
    assertThatThrownBy(
            () ->
                qt().withExamples(1)
                    .forAll(QuickTheoriesGen.of((Randomness r) -> r.choose(2, 1)))
                    .check(v -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min 2, max 1");
  }

  @Test
  void of_nullArguments_areRejected() {
    assertThatThrownBy(() -> QuickTheoriesGen.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("generator");
    assertThatThrownBy(() -> QuickTheoriesGen.of(PlanGenerators.rags(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("description");
    assertThatThrownBy(() -> QuickTheoriesGen.randomness(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("source");
  }
}
