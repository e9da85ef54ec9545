package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Reference;
import org.junit.jupiter.api.Test;

class PlanTransformsTest {

  private static final PlanShape BIG =
      PlanShape.builder().areas(3, 6).actionsPerArea(2, 4).milestonesPerAction(2, 4).build();

  @Test
  void shuffleListing_keepsEveryMilestoneAndReference() {
    PlanGenerators.plans(BIG)
        .samples(51)
        .limit(100)
        .forEach(
            plan -> {
              ImprovementPlan shuffled =
                  PlanTransforms.shuffleListing(plan, SeededRandomness.of(1));
              assertThat(milestones(shuffled)).isEqualTo(milestones(plan));
              assertThat(shuffled.areas())
                  .extracting(a -> a.ref())
                  .isEqualTo(plan.areas().stream().map(a -> a.ref()).collect(Collectors.toList()));
              plan.actions()
                  .forEach(
                      a ->
                          assertThat(shuffled.action(a.ref()).orElseThrow().dependencies())
                              .containsExactlyInAnyOrderElementsOf(a.dependencies()));
            });
  }

  @Test
  void shuffleListing_changesTheOrderOfSomePlans() {
    long changed =
        PlanGenerators.plans(BIG)
            .samples(52)
            .limit(50)
            .filter(p -> !PlanTransforms.shuffleListing(p, SeededRandomness.of(2)).equals(p))
            .count();
    assertThat(changed).isGreaterThan(40);
  }

  @Test
  void shuffleListing_simplestChoices_changeNothing() {
    ImprovementPlan plan = PlanGenerators.plans(BIG).generate(SeededRandomness.of(53));
    assertThat(PlanTransforms.shuffleListing(plan, (min, max) -> min)).isEqualTo(plan);
  }

  @Test
  void renumberAreas_swapsContentsAndReferences() {
    ImprovementPlan plan =
        PlanGenerators.plans(PlanShape.exactly(2, 2, 2)).generate(SeededRandomness.of(54));
    Map<AreaRef, AreaRef> swap = Map.of(AreaRef.of(1), AreaRef.of(2), AreaRef.of(2), AreaRef.of(1));
    ImprovementPlan swapped = PlanTransforms.renumberAreas(plan, swap);
    assertThat(swapped.areas().get(0).title()).isEqualTo(plan.areas().get(1).title());
    assertThat(swapped.areas().get(1).actions().get(0).ref()).isEqualTo(ActionRef.of(2, 1));
    assertThat(swapped.milestone(MilestoneRef.of(2, 1, 1)).orElseThrow().description())
        .isEqualTo(plan.milestone(MilestoneRef.of(1, 1, 1)).orElseThrow().description());
    assertThat(PlanTransforms.renumberAreas(swapped, swap)).isEqualTo(plan);
  }

  @Test
  void renumberAreas_mapsDependencies() {
    PlanGenerators.plans(BIG)
        .samples(55)
        .limit(100)
        .forEach(
            plan -> {
              Map<AreaRef, AreaRef> numbers =
                  PlanTransforms.areaPermutation(plan, SeededRandomness.of(3));
              UnaryOperator<Reference> map = PlanTransforms.renumbering(numbers);
              ImprovementPlan moved = PlanTransforms.renumberAreas(plan, numbers);
              plan.actions()
                  .forEach(
                      a ->
                          assertThat(
                                  moved
                                      .action((ActionRef) map.apply(a.ref()))
                                      .orElseThrow()
                                      .dependencies())
                              .isEqualTo(
                                  a.dependencies().stream().map(map).collect(Collectors.toList())));
              assertThat(KnownRules.broken(moved)).isEmpty();
            });
  }

  @Test
  void renumbering_leavesUnnamedAreasAlone() {
    UnaryOperator<Reference> map = PlanTransforms.renumbering(Map.of(AreaRef.of(1), AreaRef.of(4)));
    assertThat(map.apply(MilestoneRef.of(1, 2, 3))).isEqualTo(MilestoneRef.of(4, 2, 3));
    assertThat(map.apply(AreaRef.of(1))).isEqualTo(AreaRef.of(4));
    assertThat(map.apply(ActionRef.of(7, 1))).isEqualTo(ActionRef.of(7, 1));
  }

  @Test
  void renumberAreas_incompleteOrClashingMapping_isRejected() {
    ImprovementPlan plan =
        PlanGenerators.plans(PlanShape.exactly(2, 1, 1)).generate(SeededRandomness.of(56));
    assertThatThrownBy(
            () -> PlanTransforms.renumberAreas(plan, Map.of(AreaRef.of(1), AreaRef.of(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 2");
    assertThatThrownBy(
            () ->
                PlanTransforms.renumberAreas(
                    plan, Map.of(AreaRef.of(1), AreaRef.of(3), AreaRef.of(2), AreaRef.of(3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same number 3");
  }

  private static Set<String> milestones(ImprovementPlan plan) {
    Set<String> set = new HashSet<>();
    plan.milestones().map(Milestone::toString).forEach(set::add);
    return set;
  }
}
