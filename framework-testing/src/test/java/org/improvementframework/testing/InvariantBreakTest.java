package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InvariantBreakTest {

  @ParameterizedTest
  @EnumSource(InvariantBreak.Kind.class)
  void build_ofEachKind_isRefusedWithTheExpectedMessage(InvariantBreak.Kind kind) {
    for (long seed = 0; seed < 50; seed++) {
      InvariantBreak b = InvariantBreak.of(SeededRandomness.of(seed), kind);
      assertThat(b.kind()).isEqualTo(kind);
      assertThat(b.expectedMessage()).isEqualTo(kind.expectedMessage());
      assertThatThrownBy(b::build)
          .as(b.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(b.expectedMessage());
    }
  }

  @Test
  void invariantBreaks_coverEveryKind() {
    Set<InvariantBreak.Kind> seen = EnumSet.noneOf(InvariantBreak.Kind.class);
    PlanGenerators.invariantBreaks()
        .samples(34)
        .limit(500)
        .forEach(
            b -> {
              seen.add(b.kind());
              assertThatThrownBy(b::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageContaining(b.expectedMessage());
            });
    assertThat(seen).isEqualTo(EnumSet.allOf(InvariantBreak.Kind.class));
  }

  @Test
  void toString_namesKindAndInput() {
    InvariantBreak b =
        InvariantBreak.of(SeededRandomness.of(1), InvariantBreak.Kind.DUPLICATE_MILESTONE);
    assertThat(b.toString())
        .startsWith("InvariantBreak{DUPLICATE_MILESTONE: action ")
        .contains(" twice");
    assertThat(b.description()).contains("twice");
  }
}
