package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AreaRefTest {

  @Test
  void parse_toString_roundTrips() {
    qt().forAll(ReferenceTest.areaRefs())
        .checkAssert(ref -> assertThat(AreaRef.parse(ref.toString())).isEqualTo(ref));
  }

  @Test
  void of_number_givesCanonicalText() {
    assertThat(AreaRef.of(15)).hasToString("15");
    assertThat(AreaRef.of(15).number()).isEqualTo(15);
    assertThat(AreaRef.of(15).area()).isEqualTo(AreaRef.of(15));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void of_notPositive_isRejectedShowingTheNumber(int number) {
    assertThatThrownBy(() -> AreaRef.of(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area number")
        .hasMessageContaining(Integer.toString(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.1", "2.1.3", "", "x", "03"})
  void parse_notOneNumber_throwsReferenceFormat(String text) {
    assertThatThrownBy(() -> AreaRef.parse(text))
        .isInstanceOf(ReferenceFormatException.class)
        .hasMessageContaining("a positive number");
  }

  @Test
  void action_givesActionOfThisArea() {
    assertThat(AreaRef.of(2).action(1)).isEqualTo(ActionRef.of(2, 1));
  }

  @Test
  void equality_isByNumber() {
    assertThat(AreaRef.of(3))
        .isEqualTo(AreaRef.parse("3"))
        .hasSameHashCodeAs(AreaRef.parse("3"))
        .isNotEqualTo(AreaRef.of(4));
    assertThat((Object) AreaRef.of(3)).isNotEqualTo(ActionRef.of(3, 1));
  }
}
