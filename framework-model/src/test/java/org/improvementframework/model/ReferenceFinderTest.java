package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Collectors;
import org.improvementframework.model.FoundReference.Cue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ReferenceFinderTest {

  /** The references found, as "reference@start:cue", joined by spaces. */
  private static String found(String text) {
    return ReferenceFinder.find(text).stream()
        .map(f -> f.reference() + "@" + f.start() + ":" + f.cue())
        .collect(Collectors.joining(" "));
  }

  // Each row is a council's text as written, beside what is found in it.
  @SuppressWarnings("checkstyle:LineLength")
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          (Dependency : Improvement 3)                                    | 3@26:AREA
          Linked to measures within improvement area 15 & 16.            | 15@43:AREA 16@48:AREA
          Linked to measures within improvement areas 15, 16 and 17  | 15@44:AREA 16@48:AREA 17@55:AREA
          As per 10.1                                                     | 10.1@7:POINTER
          1. In Progress as per 10.1                                      | 10.1@22:POINTER
          Being considered alongside CF upgrades as per s3                | 3@47:SECTION
          See s 3 above                                                   | 3@6:SECTION
          see s.3 above                                                   | 3@6:SECTION
          Action 2.1                                                      | 2.1@7:ACTION
          actions 2.1, 2.2 and 2.3  | 2.1@8:ACTION 2.2@13:ACTION 2.3@21:ACTION
          Milestone 2.1.3 slipped                                         | 2.1.3@10:MILESTONE
          Area 3                                                          | 3@5:AREA
          Links with Area 3                                               | 3@16:AREA
          area for improvement 12                                         | 12@21:AREA
          see 2 above                                                     | 2@4:POINTER
          Reconfiguration dependent on timescales in 2 above.             | 2@43:POINTER
          Dependency: 3                                                   | 3@12:POINTER
          Depends on 4.2 and 4.3  | 4.2@11:POINTER 4.3@19:POINTER
          informed by analysis of current work (2.1) and the TOM (1.2) | 2.1@38:BRACKETS 1.2@56:BRACKETS
          IMPROVEMENT 7                                                   | 7@12:AREA
          Improvement 10.1                                                | 10.1@12:AREA
          see Action 2.1 and Area 4                                       | 2.1@11:ACTION 4@24:AREA
          """)
  void find_councilForms_areFoundWithTheirSpans(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Meeting booked 30/3 to review improvement plan.",
        "I. Meeting 15th April 15",
        "1.Case Load Action Plan Agreed 2.Action plan review (monthly) 3.Incorporate Careleavers",
        "1. April 15 2. April 15 3. April 15 4. September 2015",
        "Action II.3",
        "see II.3 above",
        "New peninsular s47 process and reporting arrangemnts in draft",
        "Section 20 placements",
        "see 2",
        "as per 15 April",
        "see 30/3 above",
        "as per 2015 guidance",
        "Area 3-5",
        "improvement 15%",
        "action 2",
        "Milestone 2.1",
        "improvement area 03",
        "Action 2.1.3.4",
        "as per 10:30",
        "Children's 3 above",
        "oversee 2 above",
        "Dependency: 1. Agree the plan",
        "(2.5%)",
        "in 3.5 weeks",
        "",
        "   ",
      })
  void find_datesListMarkersAndOtherNumbers_areNotReferences(String text) {
    assertThat(ReferenceFinder.find(text)).isEmpty();
  }

  @Test
  void find_foundReference_givesReferenceTypeByDepth() {
    List<FoundReference> found =
        ReferenceFinder.find("Improvement 3, as per 10.1 and Milestone 2.1.3");

    assertThat(found)
        .extracting(FoundReference::reference)
        .containsExactly(AreaRef.of(3), ActionRef.of(10, 1), MilestoneRef.of(2, 1, 3));
  }

  @Test
  void find_foundReference_spanIsTheNumberAsWritten() {
    String text = "Linked to measures within improvement area 15 & 16.";
    List<FoundReference> found = ReferenceFinder.find(text);

    assertThat(found).hasSize(2);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("15");
    assertThat(found.get(1).text()).isEqualTo("16");
    assertThat(found.get(1).end()).isEqualTo(50);
  }

  @Test
  void find_result_isUnmodifiable() {
    List<FoundReference> found = ReferenceFinder.find("Action 2.1");

    assertThatThrownBy(() -> found.add(found.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void find_null_throwsNullPointerNamingText() {
    assertThatThrownBy(() -> ReferenceFinder.find(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  /** Text made of the pieces that matter to the finder, so that random text often hits a cue. */
  private static Gen<String> planLikeText() {
    String[] pieces = {
      "Improvement ",
      "improvement area ",
      "Area ",
      "Action ",
      "Milestone ",
      "as per ",
      "see ",
      "s",
      "s ",
      "section ",
      "Dependency : ",
      "(",
      ")",
      "1",
      "2",
      "3",
      "10",
      "15",
      "0",
      ".",
      ". ",
      " ",
      "&",
      ",",
      " and ",
      "above",
      "below",
      "/",
      "-",
      "%",
      "th",
      "April",
      "II",
      "2015",
      "\n",
      "'",
      "é",
      "\u0391",
    };
    Gen<String> piece = SourceDSL.integers().between(0, pieces.length - 1).map(i -> pieces[i]);
    return SourceDSL.lists().of(piece).ofSizeBetween(0, 30).map(list -> String.join("", list));
  }

  @Test
  void find_anyPlanLikeText_neverThrowsAndSpansMatchText() {
    qt().withExamples(Examples.orUsual(3000))
        .forAll(planLikeText())
        .checkAssert(
            text -> {
              List<FoundReference> found = ReferenceFinder.find(text);
              int previous = -1;
              for (FoundReference f : found) {
                assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
                assertThat(Reference.parse(f.text())).isEqualTo(f.reference());
                assertThat(f.start()).isGreaterThan(previous);
                previous = f.start();
              }
            });
  }

  @Test
  void find_anyString_neverThrowsAndSpansMatchText() {
    qt().withExamples(Examples.orUsual(2000))
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert(
            text -> {
              for (FoundReference f : ReferenceFinder.find(text)) {
                assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
              }
            });
  }

  @Test
  void find_cueBeforeEveryNumber_findsEachWrittenReference() {
    qt().forAll(SourceDSL.integers().between(1, 99), SourceDSL.integers().between(1, 99))
        .checkAssert(
            (area, action) -> {
              String text =
                  "Linked to Action "
                      + area
                      + "."
                      + action
                      + " (Dependency: Improvement "
                      + area
                      + ")";
              assertThat(ReferenceFinder.find(text))
                  .extracting(FoundReference::reference)
                  .containsExactly(ActionRef.of(area, action), AreaRef.of(area));
            });
  }

  @Test
  void foundReference_negativeStart_isRejectedNamingIt() {
    assertThatThrownBy(() -> FoundReference.of(AreaRef.of(1), -1, "1", Cue.AREA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start")
        .hasMessageContaining("-1");
  }

  @Test
  void foundReference_blankText_isRejected() {
    assertThatThrownBy(() -> FoundReference.of(AreaRef.of(1), 0, " ", Cue.AREA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
  }

  @Test
  void foundReference_nulls_areRejectedNamingTheField() {
    assertThatThrownBy(() -> FoundReference.of(null, 0, "1", Cue.AREA))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reference");
    assertThatThrownBy(() -> FoundReference.of(AreaRef.of(1), 0, null, Cue.AREA))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> FoundReference.of(AreaRef.of(1), 0, "1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("cue");
  }

  @Test
  void foundReference_equality_isByValue() {
    FoundReference a = FoundReference.of(AreaRef.of(3), 5, "3", Cue.AREA);

    assertThat(a)
        .isEqualTo(FoundReference.of(AreaRef.of(3), 5, "3", Cue.AREA))
        .hasSameHashCodeAs(FoundReference.of(AreaRef.of(3), 5, "3", Cue.AREA))
        .isNotEqualTo(FoundReference.of(AreaRef.of(3), 6, "3", Cue.AREA))
        .isNotEqualTo(FoundReference.of(AreaRef.of(3), 5, "3", Cue.POINTER));
  }

  @ParameterizedTest
  @CsvSource({"Improvement 1899, 1", "Improvement 1900, 0", "Improvement 2099, 0", "area 2100, 1"})
  void find_fourDigitNumber_isAYearOnlyFrom1900To2099(String text, int references) {
    assertThat(ReferenceFinder.find(text)).hasSize(references);
  }

  @Test
  void find_bracketedReferenceBeforeACue_isListedFirst() {
    assertThat(ReferenceFinder.find("(3.1) then Improvement 2"))
        .extracting(FoundReference::start, FoundReference::cue)
        .containsExactly(tuple(1, Cue.BRACKETS), tuple(23, Cue.AREA));
  }
}
