package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbering of written lists: gaps, roman numerals, markers at the ends of the text. */
class TrackerListMutationTest {

  @Test
  void parse_missingNumber_isNotedAndTheListGoesOn() {
    TrackerList l = TrackerList.parse("1. Draft 3. Agree 4. Sign");

    assertThat(l.items)
        .containsExactly(Map.entry(1, "Draft"), Map.entry(3, "Agree"), Map.entry(4, "Sign"));
    assertThat(l.problems).containsExactly("number 2 is missing");
    assertThat(l.numbered).isTrue();
  }

  @Test
  void parse_romanTwoAtTheStart_isTwoNotEleven() {
    TrackerList l = TrackerList.parse("II. Draft III. Sign");

    assertThat(l.items).containsExactly(Map.entry(2, "Draft"), Map.entry(3, "Sign"));
  }

  @Test
  void parse_romanTenAndEleven_areNotOnes() {
    TrackerList l = TrackerList.parse("X. Draft XI. Sign");

    assertThat(l.items).containsExactly(Map.entry(10, "Draft"), Map.entry(11, "Sign"));
  }

  @Test
  void parse_laterFirstNumberAfterText_isNoList() {
    TrackerList l = TrackerList.parse("Plan 5. Draft");

    assertThat(l.items).containsExactly(Map.entry(1, "Plan 5. Draft"));
    assertThat(l.numbered).isFalse();
  }

  @Test
  void parse_textBeforeNumberTwo_isItemOne() {
    TrackerList l = TrackerList.parse("Plan 2. Draft 3. Sign");

    assertThat(l.items)
        .containsExactly(Map.entry(1, "Plan"), Map.entry(2, "Draft"), Map.entry(3, "Sign"));
    assertThat(l.problems).containsExactly("item 1 has no number");
  }

  @Test
  void parse_textBeforeNumberOne_isAFragment() {
    TrackerList l = TrackerList.parse("Plan 1. Draft 2. Sign");

    assertThat(l.fragment).isEqualTo("Plan");
    assertThat(l.items).containsExactly(Map.entry(1, "Draft"), Map.entry(2, "Sign"));
  }

  @Test
  void parse_letterMarkerAtTheVeryEnd_isAMarker() {
    TrackerList l = TrackerList.parse("Plan i.");

    assertThat(l.fragment).isEqualTo("Plan");
    assertThat(l.items).containsExactly(Map.entry(1, ""));
  }

  @Test
  void parse_letterMarkerBeforeALowerCaseLetter_isNoMarker() {
    TrackerList l = TrackerList.parse("Plan i.e. this");

    assertThat(l.items).containsExactly(Map.entry(1, "Plan i.e. this"));
    assertThat(l.numbered).isFalse();
  }

  @Test
  void parse_digitMarkerBeforeALowerCaseLetter_isAMarker() {
    TrackerList l = TrackerList.parse("1.draft 2.sign");

    assertThat(l.items).containsExactly(Map.entry(1, "draft"), Map.entry(2, "sign"));
  }

  @Test
  void parse_runOfOnes_isTakenInOrder() {
    TrackerList l = TrackerList.parse("I. Draft I. Agree I. Sign");

    assertThat(l.items)
        .containsExactly(Map.entry(1, "Draft"), Map.entry(2, "Agree"), Map.entry(3, "Sign"));
    assertThat(l.problems).containsExactly("numbered 1, 1, 1; taken in order");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "I, 1", "II, 2", "III, 3", "IV, 4", "V, 5", "VI, 6", "IX, 9", "X, 10", "XIV, 14", "iv, 4",
    "xi, 11", "Iv, 0", "IL, 0", "l, 0", "'', 0"
  })
  void roman_valueOfOneCaseOfIvx(String token, int value) {
    assertThat(TrackerList.roman(token)).isEqualTo(value);
  }

  @Test
  void parse_numberedInOrder_keepsEveryItemUnderItsNumber() {
    qt().forAll(integers().between(1, 30))
        .checkAssert(
            n -> {
              StringBuilder text = new StringBuilder();
              for (int k = 1; k <= n; k++) {
                text.append(k).append(". Step ").append((char) ('A' + k % 26)).append(' ');
              }
              TrackerList l = TrackerList.parse(text.toString());
              assertThat(l.items).hasSize(n);
              for (int k = 1; k <= n; k++) {
                assertThat(l.items.get(k)).isEqualTo("Step " + (char) ('A' + k % 26));
              }
              assertThat(l.problems).isEmpty();
            });
  }
}
