package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared text checks: a text is given back unchanged, or refused naming its owner. */
class TextsTest {

  private static final List<String> TEXTS = List.of("a", " b ", "", " ", "\t\n", "lead");

  @Test
  void nonBlank_textWithALetter_isGivenBackUnchanged() {
    assertThat(Texts.nonBlank("milestone", "1.2.3", "description", " b ")).isEqualTo(" b ");
    assertThat(Texts.nonBlank("plan title", "x")).isEqualTo("x");
  }

  @Test
  void nonBlank_null_isRejectedNamingOwnerAndField() {
    assertThatThrownBy(() -> Texts.nonBlank("milestone", "1.2.3", "description", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("milestone 1.2.3 description");
    assertThatThrownBy(() -> Texts.nonBlank("plan title", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan title");
  }

  @Test
  void nonBlank_blank_isRejectedNamingOwnerFieldAndText() {
    assertThatThrownBy(() -> Texts.nonBlank("action", "2.1", "resolution", "\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("action 2.1 resolution must not be blank, but was '\t'");
  }

  @Test
  void noBlankElements_anyList_failsExactlyAtItsFirstBlankElement() {
    qt().forAll(lists().of(integers().between(0, TEXTS.size() - 1)).ofSizeBetween(0, 6))
        .checkAssert(
            picks -> {
              List<String> values = picks.stream().map(TEXTS::get).toList();
              int first = -1;
              for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i).isBlank()) {
                  first = i;
                }
              }
              Throwable owned =
                  catchThrowable(() -> Texts.noBlankElements("area", 4, "leads", values));
              Throwable plain = catchThrowable(() -> Texts.noBlankElements("plan notes", values));
              if (first < 0) {
                assertThat(owned).isNull();
                assertThat(plain).isNull();
              } else {
                String was = " must not be blank, but was '" + values.get(first) + "'";
                assertThat(owned)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("area 4 leads[" + first + "]" + was);
                assertThat(plain).hasMessage("plan notes[" + first + "]" + was);
              }
            });
  }
}
