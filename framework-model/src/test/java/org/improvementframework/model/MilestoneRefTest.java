package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MilestoneRefTest {

  @Test
  void parse_toString_roundTrips() {
    qt().forAll(ReferenceTest.milestoneRefs())
        .checkAssert(ref -> assertThat(MilestoneRef.parse(ref.toString())).isEqualTo(ref));
  }

  @Test
  void of_numbers_givesCanonicalTextAndParts() {
    MilestoneRef ref = MilestoneRef.of(2, 1, 3);

    assertThat(ref).hasToString("2.1.3");
    assertThat(ref.action()).isEqualTo(ActionRef.of(2, 1));
    assertThat(ref.area()).isEqualTo(AreaRef.of(2));
    assertThat(ref.number()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource({"0,1,1,area number", "1,0,1,action number", "1,1,0,milestone number"})
  void of_zero_isRejectedNamingTheField(int area, int action, int number, String field) {
    assertThatThrownBy(() -> MilestoneRef.of(area, action, number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageContaining("was 0");
  }

  @Test
  void of_nullAction_isRejectedNamingIt() {
    assertThatThrownBy(() -> MilestoneRef.of(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("action");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "2.1", "2.1.3.4", "2.1.", "a.b.c"})
  void parse_notThreeNumbers_throwsReferenceFormat(String text) {
    assertThatThrownBy(() -> MilestoneRef.parse(text))
        .isInstanceOf(ReferenceFormatException.class)
        .hasMessageContaining("three dotted positive numbers");
  }

  @Test
  void equality_isByActionAndNumber() {
    assertThat(MilestoneRef.of(2, 1, 3))
        .isEqualTo(MilestoneRef.parse("2.1.3"))
        .hasSameHashCodeAs(MilestoneRef.parse("2.1.3"))
        .isNotEqualTo(MilestoneRef.of(2, 1, 4))
        .isNotEqualTo(MilestoneRef.of(2, 2, 3));
  }

  @Test
  void equalsAndCachedHashCode_agreeWithTheCanonicalText() {
    qt().forAll(ReferenceTest.milestoneRefs(), ReferenceTest.milestoneRefs())
        .checkAssert(
            (a, b) -> {
              MilestoneRef rebuilt =
                  MilestoneRef.of(ActionRef.parse(a.action().toString()), a.number());
              assertThat(rebuilt).isEqualTo(a).hasSameHashCodeAs(a);
              assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
              assertThat(a.equals(b) && a.hashCode() != b.hashCode()).isFalse();
            });
  }
}
