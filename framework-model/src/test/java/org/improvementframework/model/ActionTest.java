package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.improvementframework.model.ImprovementPlanTest.action;
import static org.improvementframework.model.ImprovementPlanTest.milestone;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionTest {

  @Test
  void build_milestoneOfAnotherAction_isRejectedNamingBoth() {
    assertThatThrownBy(() -> action("2.2", milestone("2.1.3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone 2.1.3 belongs to action 2.1, not 2.2");
  }

  @Test
  void build_milestoneTwice_isRejected() {
    assertThatThrownBy(() -> action("2.1", milestone("2.1.1"), milestone("2.1.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone 2.1.1 appears twice in action 2.1");
  }

  @Test
  void build_blankDescriptionResolutionOrNote_isRejectedNamingActionAndField() {
    assertThatThrownBy(() -> Action.builder().ref(ActionRef.of(1, 1)).description(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("action 1.1 description must not be blank, but was ' '");
    assertThatThrownBy(
            () -> Action.builder().ref(ActionRef.of(1, 1)).description("D").resolution("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action 1.1 resolution");
    assertThatThrownBy(
            () ->
                Action.builder()
                    .ref(ActionRef.of(1, 1))
                    .description("D")
                    .addNotes("ok", "")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action 1.1 notes[1]");
  }

  @Test
  void build_nulls_areRejectedNamingTheField() {
    assertThatThrownBy(() -> Action.builder().description(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("description");
    assertThatThrownBy(() -> Action.builder().reportedRag((Rag) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reportedRag");
    assertThatThrownBy(() -> Action.builder().addDependencies((Reference) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("dependencies");
  }

  @Test
  void build_optionalsAndDependencies_areKept() {
    Action action =
        Action.builder()
            .ref(ActionRef.of(1, 1))
            .description("D")
            .reportedRag(Rag.AMBER)
            .resolution("Meeting rescheduled to meet milestone")
            .addDependencies(Reference.parse("3"), Reference.parse("10.1"))
            .build();

    assertThat(action.reportedRag()).contains(Rag.AMBER);
    assertThat(action.resolution()).contains("Meeting rescheduled to meet milestone");
    assertThat(action.dependencies()).extracting(Reference::toString).containsExactly("3", "10.1");
  }

  @Test
  void with_keepsInvariants() {
    Action action = action("2.1", milestone("2.1.1"));

    assertThat(action.withReportedRag(Rag.GREEN).reportedRag()).contains(Rag.GREEN);
    assertThat(action.withMilestones(milestone("2.1.2")).milestones())
        .extracting(m -> m.ref().toString())
        .containsExactly("2.1.2");
    assertThatThrownBy(() -> action.withMilestones(milestone("2.2.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone 2.2.1 belongs to action 2.2, not 2.1");
  }

  @Test
  void equality_isStructural() {
    assertThat(action("2.1", milestone("2.1.1")))
        .isEqualTo(action("2.1", milestone("2.1.1")))
        .hasSameHashCodeAs(action("2.1", milestone("2.1.1")))
        .isNotEqualTo(action("2.1"))
        .isNotEqualTo(action("2.1", milestone("2.1.1")).withReportedRag(Rag.RED));
  }

  @Test
  void build_anyMilestoneNumbers_isRefusedExactlyWhenOneRepeats() {
    // Lists up to 40 long cross the length where the check changes from pairs to a set.
    qt().forAll(lists().of(integers().between(1, 45)).ofSizeBetween(0, 40))
        .checkAssert(
            numbers -> {
              Milestone[] milestones =
                  numbers.stream().map(n -> milestone("3.2." + n)).toArray(Milestone[]::new);
              Milestone[] distinct =
                  numbers.stream()
                      .distinct()
                      .map(n -> milestone("3.2." + n))
                      .toArray(Milestone[]::new);
              assertThat(action("3.2", distinct).milestones()).containsExactly(distinct);
              if (new HashSet<>(numbers).size() == numbers.size()) {
                assertThat(action("3.2", milestones).milestones()).hasSize(numbers.size());
              } else {
                assertThatThrownBy(() -> action("3.2", milestones))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                        "milestone 3.2." + firstRepeat(numbers) + " appears twice in action 3.2");
              }
            });
  }

  static int firstRepeat(List<Integer> numbers) {
    HashSet<Integer> seen = new HashSet<>();
    return numbers.stream().filter(n -> !seen.add(n)).findFirst().orElseThrow();
  }
}
