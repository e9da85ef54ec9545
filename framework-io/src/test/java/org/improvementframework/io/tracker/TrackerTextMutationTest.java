package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edges of the text helpers: Latin letter ranges, the RAG-cell length, the dates' length cap. */
class TrackerTextMutationTest {

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({
    // A Latin letter at either end of either range makes the cell Latin, so its look-alike
    // (Cyrillic o) is folded; the characters just outside the ranges do not.
    "'A ... \u043e', 'A ... o'",
    "'Z ... \u043e', 'Z ... o'",
    "'a ... \u043e', 'a ... o'",
    "'z ... \u043e', 'z ... o'",
    "'@ ... \u043e', '@ ... \u043e'",
    "'[ ... \u043e', '[ ... \u043e'",
    "'` ... \u043e', '` ... \u043e'",
    "'{ ... \u043e', '{ ... \u043e'",
    // No Latin letter: up to three characters are a RAG cell, four are not.
    "'\u0410\u0412\u0421', 'ABC'",
    "'\u0410\u0412\u0421\u0415', '\u0410\u0412\u0421\u0415'",
    // Real Cyrillic beside a mixed word: only the mixed word is folded.
    "'\u041c\u043e\u0441\u043a\u0432\u0430: R\u0435port', '\u041c\u043e\u0441\u043a\u0432\u0430:"
        + " Report'"
  })
  void repairLookalikes_edges(String written, String repaired) {
    assertThat(TrackerText.repairLookalikes(written)).isEqualTo(repaired);
  }

  @Test
  void dateLikeness_atTheLengthCap_isRead_andOneOverIsNot() {
    String dates = "Jan 15";
    assertThat(TrackerText.dateLikeness(dates + " ".repeat(240 - dates.length()))).isEqualTo(1.0);
    assertThat(TrackerText.dateLikeness(dates + " ".repeat(241 - dates.length()))).isEqualTo(0.0);
  }

  @Test
  void dateLikeness_isTheShareOfLettersAndDigitsInDates() {
    // "Jan 15" is 5 of the 10 letters and digits of "Jan 15 draft".
    assertThat(TrackerText.dateLikeness("Jan 15 draft")).isEqualTo(0.5);
    assertThat(TrackerText.dateLikeness("draft")).isEqualTo(0.0);
    assertThat(TrackerText.dateLikeness("...")).isEqualTo(0.0);
  }

  @Test
  void dateParts_areTheDatesInOrder_withOnesRepaired() {
    assertThat(TrackerText.dateParts("Jan I5 and 3/4/2016 then Q2"))
        .containsExactly("Jan 15", "3/4/2016", "Q2");
    assertThat(TrackerText.dateParts("when the board meets")).isEmpty();
  }

  @Test
  void isStatusLike_statusWords() {
    assertThat(TrackerText.isStatusLike("Completed in March")).isTrue();
    assertThat(TrackerText.isStatusLike("Waiting for the board")).isFalse();
  }

  @Test
  void splitAtStatusWords_keepsTheTextBeforeTheFirstStatusWord() {
    assertThat(TrackerText.splitAtStatusWords("Draft done. Complete In progress"))
        .containsExactly("Draft done.", "Complete", "In progress");
    assertThat(TrackerText.splitAtStatusWords("Complete In progress"))
        .containsExactly("Complete", "In progress");
  }

  @Test
  void splitAtStatusWords_losesNoText() {
    String[] words = {"Complete", "In progress", "Ongoing", "late", "board", "Not started"};
    qt().forAll(integers().between(0, 5), integers().between(0, 5), integers().between(0, 5))
        .checkAssert(
            (a, b, c) -> {
              String text = words[a] + " " + words[b] + " " + words[c];
              List<String> parts = TrackerText.splitAtStatusWords(text);
              assertThat(String.join(" ", parts)).isEqualTo(text);
            });
  }
}
