package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionRefTest {

  @Test
  void parse_toString_roundTrips() {
    qt().forAll(ReferenceTest.actionRefs())
        .checkAssert(ref -> assertThat(ActionRef.parse(ref.toString())).isEqualTo(ref));
  }

  @Test
  void of_numbers_givesCanonicalTextAndParts() {
    ActionRef ref = ActionRef.of(10, 1);

    assertThat(ref).hasToString("10.1");
    assertThat(ref.area()).isEqualTo(AreaRef.of(10));
    assertThat(ref.number()).isEqualTo(1);
    assertThat(ref.numbers()).containsExactly(10, 1);
  }

  @ParameterizedTest
  @CsvSource({
    "0,1,area number,0",
    "1,0,action number,0",
    "-3,1,area number,-3",
    "1,-3,action number,-3"
  })
  void of_notPositive_isRejectedNamingTheFieldAndValue(
      int area, int number, String field, String shown) {
    assertThatThrownBy(() -> ActionRef.of(area, number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageEndingWith("was " + shown);
  }

  @Test
  void of_nullArea_isRejectedNamingIt() {
    assertThatThrownBy(() -> ActionRef.of(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("area");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "2.1.3", "2.", "2..1", "2.01"})
  void parse_notTwoNumbers_throwsReferenceFormat(String text) {
    assertThatThrownBy(() -> ActionRef.parse(text))
        .isInstanceOf(ReferenceFormatException.class)
        .hasMessageContaining("two dotted positive numbers");
  }

  @Test
  void milestone_givesMilestoneOfThisAction() {
    assertThat(ActionRef.of(2, 1).milestone(3)).isEqualTo(MilestoneRef.of(2, 1, 3));
  }

  @Test
  void equality_isByAreaAndNumber() {
    assertThat(ActionRef.of(2, 1))
        .isEqualTo(ActionRef.parse("2.1"))
        .hasSameHashCodeAs(ActionRef.parse("2.1"))
        .isNotEqualTo(ActionRef.of(1, 2))
        .isNotEqualTo(ActionRef.of(2, 11));
  }

  @Test
  void equalsAndCachedHashCode_agreeWithTheCanonicalText() {
    qt().forAll(ReferenceTest.actionRefs(), ReferenceTest.actionRefs())
        .checkAssert(
            (a, b) -> {
              ActionRef rebuilt = ActionRef.of(AreaRef.of(a.area().number()), a.number());
              assertThat(rebuilt).isEqualTo(a).hasSameHashCodeAs(a);
              assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
              assertThat(a.equals(b) && a.hashCode() != b.hashCode()).isFalse();
            });
  }
}
