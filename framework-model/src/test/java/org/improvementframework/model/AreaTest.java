package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.improvementframework.model.ImprovementPlanTest.action;
import static org.improvementframework.model.ImprovementPlanTest.area;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class AreaTest {

  @Test
  void build_actionOfAnotherArea_isRejectedNamingBoth() {
    assertThatThrownBy(() -> area(2, action("3.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("action 3.1 belongs to area 3, not 2");
  }

  @Test
  void build_actionTwice_isRejected() {
    assertThatThrownBy(() -> area(2, action("2.1"), action("2.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("action 2.1 appears twice in area 2");
  }

  @Test
  void build_anyActionNumbers_isRefusedExactlyWhenOneRepeats() {
    // Lists up to 40 long cross the length where the check changes from pairs to a set.
    qt().forAll(lists().of(integers().between(1, 45)).ofSizeBetween(0, 40))
        .checkAssert(
            numbers -> {
              Action[] actions = numbers.stream().map(n -> action("7." + n)).toArray(Action[]::new);
              if (new HashSet<>(numbers).size() == numbers.size()) {
                assertThat(area(7, actions).actions()).containsExactly(actions);
              } else {
                assertThatThrownBy(() -> area(7, actions))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                        "action 7." + ActionTest.firstRepeat(numbers) + " appears twice in area 7");
              }
            });
  }

  @Test
  void build_actionsOutOfNumberOrder_areKeptAsWritten() {
    Area area = area(2, action("2.2"), action("2.1"));

    assertThat(area.actions()).extracting(a -> a.ref().toString()).containsExactly("2.2", "2.1");
  }

  @Test
  void build_blankTitleOrListElement_isRejectedNamingAreaAndField() {
    assertThatThrownBy(() -> Area.builder().ref(AreaRef.of(4)).title("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("area 4 title must not be blank, but was ''");
    assertThatThrownBy(
            () -> Area.builder().ref(AreaRef.of(4)).title("T").addLeads("Joy", " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 4 leads[1]");
    assertThatThrownBy(
            () -> Area.builder().ref(AreaRef.of(4)).title("T").addObjectives("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 4 objectives[0]");
    assertThatThrownBy(() -> Area.builder().ref(AreaRef.of(4)).title("T").addOutcomes("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 4 outcomes[0]");
    assertThatThrownBy(() -> Area.builder().ref(AreaRef.of(4)).title("T").addNotes("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 4 notes[0]");
  }

  @Test
  void build_nulls_areRejectedNamingTheField() {
    assertThatThrownBy(() -> Area.builder().ref(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
    assertThatThrownBy(() -> Area.builder().addLeads((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("leads");
    assertThatThrownBy(() -> Area.builder().addMeasures((Measure) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("measures");
  }

  @Test
  void number_isTheReferenceNumber() {
    assertThat(area(7).number()).isEqualTo(7);
  }

  @Test
  void with_keepsInvariants() {
    Area area = area(2, action("2.1"));

    assertThat(area.withTitle("Supervision").title()).isEqualTo("Supervision");
    assertThat(area.withLeads("Joy Howick").leads()).containsExactly("Joy Howick");
    assertThatThrownBy(() -> area.withRef(AreaRef.of(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("action 2.1 belongs to area 2, not 3");
  }

  @Test
  void equality_isStructural() {
    assertThat(area(2, action("2.1")))
        .isEqualTo(area(2, action("2.1")))
        .hasSameHashCodeAs(area(2, action("2.1")))
        .isNotEqualTo(area(2))
        .isNotEqualTo(area(2, action("2.1")).withMeasures(Measure.of("Caseloads")));
  }
}
