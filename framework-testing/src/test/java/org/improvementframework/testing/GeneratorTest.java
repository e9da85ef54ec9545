package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

class GeneratorTest {

  /** Always chooses the lower end: what a shrinking engine arrives at. */
  private static final Randomness SIMPLEST = (min, max) -> min;

  @Test
  void ints_stayWithinBounds_andReachBoth() {
    List<Integer> values = Generator.ints(-2, 3).samples(1).limit(500).collect(Collectors.toList());
    assertThat(values).allMatch(v -> v >= -2 && v <= 3).contains(-2, 3);
  }

  @Test
  void ints_simplestChoice_isMin() {
    assertThat(Generator.ints(4, 9).generate(SIMPLEST)).isEqualTo(4);
  }

  @Test
  void ints_maxBelowMin_isRejected() {
    assertThatThrownBy(() -> Generator.ints(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min 3, max 2");
  }

  @Test
  void map_transformsValues() {
    assertThat(Generator.ints(1, 1).map(i -> "n" + i).generate(SIMPLEST)).isEqualTo("n1");
  }

  @Test
  void flatMap_usesTheValueToChooseTheNextGenerator() {
    Generator<List<Integer>> g =
        Generator.ints(2, 4).flatMap(n -> Generator.constant(n).listOf(n, n));
    g.samples(2).limit(100).forEach(list -> assertThat(list).hasSize(list.get(0)));
  }

  @Test
  void listOf_sizesWithinBounds_andSimplestIsShortest() {
    Generator<List<Integer>> g = Generator.ints(0, 9).listOf(1, 4);
    g.samples(3).limit(200).forEach(list -> assertThat(list).hasSizeBetween(1, 4));
    assertThat(g.generate(SIMPLEST)).containsExactly(0);
  }

  @Test
  void listOf_negativeSize_isRejected() {
    assertThatThrownBy(() -> Generator.ints(0, 1).listOf(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void elements_simplestIsFirst_andAllAppear() {
    Generator<String> g = Generator.elements("a", "b", "c");
    assertThat(g.generate(SIMPLEST)).isEqualTo("a");
    assertThat(g.samples(4).limit(200).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void elements_none_isRejected() {
    assertThatThrownBy(() -> Generator.elements(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("none");
  }

  @Test
  void oneOf_picksAmongGenerators() {
    Generator<Integer> g = Generator.oneOf(Generator.constant(1), Generator.constant(2));
    assertThat(g.generate(SIMPLEST)).isEqualTo(1);
    assertThat(g.samples(5).limit(100).collect(Collectors.toSet())).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void constant_null_isRejected() {
    assertThatThrownBy(() -> Generator.constant(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void samples_sameSeed_giveTheSameValues() {
    assertThat(Generator.ints(0, 1000).samples(6).limit(50).collect(Collectors.toList()))
        .isEqualTo(Generator.ints(0, 1000).samples(6).limit(50).collect(Collectors.toList()));
  }

  @Test
  void randomnessOutOfRange_isReportedNotUsed() {
    Randomness broken = (min, max) -> max + 1;
    assertThatThrownBy(() -> Generator.ints(0, 5).generate(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chose 6");
  }

  @Test
  void plans_simplestChoices_giveTheSmallestPlan() {
    ImprovementPlan plan = PlanGenerators.plans().generate(SIMPLEST);
    assertThat(plan.areas()).hasSize(1);
    assertThat(plan.actions().count()).isEqualTo(1);
    assertThat(plan.milestones().count()).isEqualTo(1);
  }
}
