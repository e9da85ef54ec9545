package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;

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
