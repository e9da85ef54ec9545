package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ReferenceTest {

  static Gen<Integer> numbers() {
    return SourceDSL.integers().between(1, Integer.MAX_VALUE);
  }

  static Gen<AreaRef> areaRefs() {
    return numbers().map(AreaRef::of);
  }

  static Gen<ActionRef> actionRefs() {
    return areaRefs().zip(numbers(), ActionRef::of);
  }

  static Gen<MilestoneRef> milestoneRefs() {
    return actionRefs().zip(numbers(), MilestoneRef::of);
  }

  static Gen<Reference> references() {
    return SourceDSL.integers()
        .between(1, 3)
        .zip(milestoneRefs(), (depth, m) -> depth == 1 ? m.area() : depth == 2 ? m.action() : m);
  }

  @Test
  void parse_toStringOfAnyReference_isThatReference() {
    qt().forAll(references())
        .checkAssert(
            ref -> {
              assertThat(Reference.parse(ref.toString())).isEqualTo(ref);
              assertThat(Reference.parse(ref.toString())).hasSameHashCodeAs(ref);
            });
  }

  @ParameterizedTest
  @CsvSource({"3,AreaRef", "2.1,ActionRef", "2.1.3,MilestoneRef", "2147483647.1,ActionRef"})
  void parse_depth_givesTheReferenceType(String text, String type) {
    assertThat(Reference.parse(text).getClass().getSimpleName()).endsWith(type);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' at {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''           | 0
          1.2.3.4      | 0
          .1           | 0
          1.           | 2
          01           | 0
          1.02         | 2
          -1           | 0
          +1           | 0
          ' 1'         | 0
          1a           | 1
          2.x          | 2
          12345678901  | 0
          2147483648   | 0
          1.2147483648 | 2
          II.3         | 0
          """)
  void parse_notCanonical_throwsNamingTextAndPosition(String text, int position) {
    assertThatThrownBy(() -> Reference.parse(text))
        .isInstanceOfSatisfying(
            ReferenceFormatException.class,
            e -> {
              assertThat(e.text()).isEqualTo(text);
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.getMessage()).contains("'" + text + "'").contains("expected");
            });
  }

  @Test
  void parse_null_throwsNullPointerNamingText() {
    assertThatThrownBy(() -> Reference.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void compareTo_ordersAreaFirstThenByNumbers() {
    List<Reference> refs =
        new ArrayList<>(
            List.of(
                Reference.parse("10"),
                Reference.parse("2.2"),
                Reference.parse("2.1.3"),
                Reference.parse("2"),
                Reference.parse("2.1"),
                Reference.parse("2.10"),
                Reference.parse("2.9")));
    Collections.sort(refs);

    assertThat(refs)
        .extracting(Reference::toString)
        .containsExactly("2", "2.1", "2.1.3", "2.2", "2.9", "2.10", "10");
  }

  @Test
  void compareTo_isConsistentWithEquals() {
    qt().forAll(references(), references())
        .checkAssert(
            (a, b) -> {
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });
  }

  @Test
  void isWithin_ancestorsAndItself_only() {
    Reference m = Reference.parse("2.1.3");

    assertThat(m.isWithin(Reference.parse("2.1.3"))).isTrue();
    assertThat(m.isWithin(Reference.parse("2.1"))).isTrue();
    assertThat(m.isWithin(Reference.parse("2"))).isTrue();
    assertThat(m.isWithin(Reference.parse("2.2"))).isFalse();
    assertThat(m.isWithin(Reference.parse("3"))).isFalse();
    assertThat(Reference.parse("2").isWithin(Reference.parse("2.1"))).isFalse();
  }

  @Test
  void isWithin_null_throwsNullPointerNamingIt() {
    assertThatThrownBy(() -> Reference.parse("2").isWithin(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("other");
  }

  @Test
  void reference_isSealedToTheThreeKinds() {
    assertThat(Reference.class.isSealed()).isTrue();
    assertThat(Reference.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(AreaRef.class, ActionRef.class, MilestoneRef.class);
  }

  @Test
  void numbers_isADefensiveCopy() {
    Reference ref = Reference.parse("2.1.3");
    ref.numbers()[0] = 9;

    assertThat(ref.numbers()).containsExactly(2, 1, 3);
  }
}
