package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class RagTest {

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          R                     | RED
          A                     | AMBER
          G                     | GREEN
          B                     | BLUE
          r                     | RED
          a                     | AMBER
          g                     | GREEN
          b                     | BLUE
          Red                   | RED
          Amber                 | AMBER
          Green                 | GREEN
          Blue                  | BLUE
          AMBER                 | AMBER
          green                 | GREEN
          Green (on track)      | GREEN
          Green(on track)       | GREEN
          Amber - slipped       | AMBER
          Red: at risk          | RED
          '  A  '               | AMBER
          G.                    | GREEN
          Blue complete         | BLUE
          """)
  void parse_lettersAndWords_readTheRating(String text, Rag expected) {
    assertThat(Rag.parse(text)).isEqualTo(expected);
    assertThat(Rag.read(text)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {
        "",
        " ",
        "\t",
        "n/a",
        "TBC",
        "Amber/Green",
        "R/A",
        "A-G",
        "Amber and Green",
        "Red or amber",
        "Grey",
        "Amberish",
        "AG",
        // Look-alike letters from a PDF extraction are the importer's to repair, not read here.
        "\u0391",
        "\u0410",
        "4",
      })
  void read_blankOrNoOneRating_isEmpty(String text) {
    assertThat(Rag.read(text)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"", "n/a", "Amber/Green", "\u0391"})
  void parse_blankOrNoOneRating_throwsNamingTextAndExpectation(String text) {
    assertThatThrownBy(() -> Rag.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("expected R, A, G, B");
  }

  @Test
  void parseAndRead_null_throwNullPointerNamingText() {
    assertThatThrownBy(() -> Rag.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Rag.read(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @ParameterizedTest
  @EnumSource(Rag.class)
  void parse_letterAndName_roundTrip(Rag rag) {
    assertThat(Rag.parse(rag.letter())).isEqualTo(rag);
    assertThat(Rag.parse(rag.name())).isEqualTo(rag);
  }

  @ParameterizedTest
  @CsvSource({"RED,R", "AMBER,A", "GREEN,G", "BLUE,B"})
  void letter_isTheFirstLetter(Rag rag, String letter) {
    assertThat(rag.letter()).isEqualTo(letter);
  }

  @Test
  void read_anyText_neverThrows() {
    qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 20))
        .checkAssert(text -> assertThat(Rag.read(text)).isNotNull());
  }
}
