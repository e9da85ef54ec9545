package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackerTextTest {

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({
    "March I5, March 15",
    "April/October I5/Jan16, April/October 15/Jan16",
    "0l/02/2015, 01/02/2015",
    "I0th May, 10th May",
    "In progress, In progress",
    "Implement I. above, Implement I. above",
    "Apr-I5, Apr-15"
  })
  void repairOnes_letterNextToDigits_isOne(String written, String repaired) {
    assertThat(TrackerText.repairOnes(written)).isEqualTo(repaired);
  }

  /** The repair as first written: a pattern replaced until nothing changes; slow, but plain. */
  private static final Pattern ONE_AS_LETTER =
      Pattern.compile(
          "(?<![\\p{L}\\d])[Il|](?=\\d)|(?<=\\d)[Il|](?![\\p{L}\\d])|(?<=\\d)[Il|](?=\\d)");

  private static String repairOnesByPattern(String text) {
    String previous;
    String s = text;
    do {
      previous = s;
      s = ONE_AS_LETTER.matcher(s).replaceAll("1");
    } while (!s.equals(previous));
    return s;
  }

  @Test
  void repairOnes_agreesWithThePatternRepeatedUntilNothingChanges() {
    // Runs of I, l, | beside digits, letters, spaces and a supplementary letter: the cases where
    // one repair enables the next.
    String alphabet = "Il|||05 a/\uD835\uDC00";
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 24))
        .checkAssert(
            picks -> {
              StringBuilder sb = new StringBuilder();
              picks.forEach(i -> sb.append(alphabet.charAt(i)));
              String text = sb.toString();
              assertThat(TrackerText.repairOnes(text)).isEqualTo(repairOnesByPattern(text));
            });
  }

  @Test
  void repairOnes_runOfBarsBeforeADigit_isAllOnes() {
    assertThat(TrackerText.repairOnes("x ||||5")).isEqualTo("x 11115");
    assertThat(TrackerText.repairOnes("a|5")).isEqualTo("a|5");
    assertThat(TrackerText.repairOnes("aI5")).isEqualTo("aI5");
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({
    "ОВЈЕСТІVЕ, OBJECTIVE",
    "Α, A",
    "А, A",
    "RΑG, RAG",
    "Ελληνικά, Ελληνικά",
    "Москва, Москва",
    "plain, plain"
  })
  void repairLookalikes_onlyWhereTheTextIsLatin(String written, String repaired) {
    assertThat(TrackerText.repairLookalikes(written)).isEqualTo(repaired);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({
    "A, true",
    "g, true",
    "Amber, true",
    "Α, true",
    "4, true",
    "R/A, true",
    "Agreed, false",
    "A plan, false",
    "'', false"
  })
  void isRagLike_onlyARating(String text, boolean rag) {
    assertThat(TrackerText.isRagLike(text)).isEqualTo(rag);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({
    "'1. Jan 15 2.Feb 15, therafter monthly 3.April 15', 0.9",
    "01/06/2015 01/06/2015, 0.9",
    "Apr-15, 0.9",
    "TBC, 0.9",
    "I.March I5 2.April I5, 0.9"
  })
  void dateLikeness_datesAndNumbers_isHigh(String text, double atLeast) {
    assertThat(TrackerText.dateLikeness(text)).isGreaterThanOrEqualTo(atLeast);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({
    "Meeting booked 30/3 to review improvement plan., 0.5",
    "1.Complete 2.In progress, 0.0",
    "Review the framework for post audit plans, 0.0"
  })
  void dateLikeness_prose_isLow(String text, double atMost) {
    assertThat(TrackerText.dateLikeness(text)).isLessThanOrEqualTo(atMost);
  }

  @Test
  void splitSentences_keepsEveryWord() {
    assertThat(
            TrackerText.splitSentences(
                "Agree plan, and Scoping document. Agree project plan; and Agree scoping."
                    + " Implement."))
        .containsExactly(
            "Agree plan, and Scoping document.",
            "Agree project plan; and",
            "Agree scoping.",
            "Implement.");
  }

  @Test
  void splitAtStatusWords_splitsBeforeEachStatus() {
    assertThat(TrackerText.splitAtStatusWords("Complete In progress In progress"))
        .containsExactly("Complete", "In progress", "In progress");
  }

  @Test
  void labelKey_foldsCaseSpacingAndLookalikes() {
    assertThat(TrackerText.labelKey(" ОВЈЕСТІVЕ ")).isEqualTo("objective");
    assertThat(TrackerText.labelKey("Measured  By:")).isEqualTo("measuredby");
  }
}
