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

class StatusTest {

  /**
   * Every status in the "Status of milestone" column of the 2015 plan, after splitting its
   * numbered items, with the progress this library reads from it.
   */
  // The rows are the seed plan's texts, each on one line as written.
  @SuppressWarnings("checkstyle:LineLength")
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Complete                                                                  | COMPLETE
          complete                                                                  | COMPLETE
          Completed                                                                 | COMPLETE
          In progress                                                               | IN_PROGRESS
          In Progress                                                               | IN_PROGRESS
          InProgress                                                                | IN_PROGRESS
          Completed- ongoing monthly reviewing                                      | ONGOING
          Meeting to review supervision arrangements 30th March 15                  | IN_PROGRESS
          Meeting 10th April 15                                                     | IN_PROGRESS
          Meeting 15th April 15                                                     | IN_PROGRESS
          Meeting booked 30/3 to review improvement plan.                           | IN_PROGRESS
          In Progress. First meeting held 16/3/15 to scope business requirements.   | IN_PROGRESS
          Programme of upgrades identifed and underway, with completion date of \
          30th March 2015 | IN_PROGRESS
          TBC                                                                       | NOT_STARTED
          Meeting scheduled for 24th March to scope needs.                          | IN_PROGRESS
          In progress- safeguarding clinic being set up from April 1st ongoing issue provision of \
          medicals being monitored by CCG via contract monitoring arrangements | IN_PROGRESS
          In progress via CCG independently from PCC                                | IN_PROGRESS
          Complete- Monthly updates provided to HoSs and AD.                        | COMPLETE
          Reworked model in draft                                                   | IN_PROGRESS
          To be set at Transformation Board alongside I. above                      | IN_PROGRESS
          Agreed and complete                                                       | COMPLETE
          Workshops underway                                                        | IN_PROGRESS
          To be agreed at March Transformation Board                                | IN_PROGRESS
          In progress- Dependency is TOM plan                                       | IN_PROGRESS
          Complete In progress In progress                                          | IN_PROGRESS
          Review is underway-considered at Feb Service Day and dependent on decisions elsewhere in \
          CSC reconfiguration process. | IN_PROGRESS
          Meeting booked for the 30th March with multi agency group to update the placement stability \
          plan | IN_PROGRESS
          Draft strategy published for consultaion                                  | IN_PROGRESS
          Complete Appointment process underway                                     | IN_PROGRESS
          Being considered alongside CF upgrades as per s3                          | IN_PROGRESS
          In Progress as per 10.1                                                   | IN_PROGRESS
          Completed- ongoing work to ensure fit for external audiences by April     | ONGOING
          Meetings with University to explore support for Careleavers entering higher education \
          underway. | IN_PROGRESS
          Exploration of support to secure apprenticeships underway.                | IN_PROGRESS
          Initial scoping document completed March 15. Reconfiguration dependent on timescales in 2 \
          above. | IN_PROGRESS
          Complete-Team improvement plan in place and initial meeting booked for April | IN_PROGRESS
          Guidance on management monitoring process in development                  | IN_PROGRESS
          Review commenced on CSC pledge and work to date by Listen and Care Council and \
          Shadow LSCB | IN_PROGRESS
          Meeting with participation leads with work plan agreed                    | IN_PROGRESS
          Meeting booked for April                                                  | IN_PROGRESS
          Included and ongoing                                                      | ONGOING
          Initial planning meeting booked on 26th March with multi agency group to consider \
          improvements required. | IN_PROGRESS
          Complete- monthly review of out of timescales cases is ongoing to identify any further \
          emergent issues | ONGOING
          Action plan is in place and implementation monitored via CSCMT           | ONGOING
          Work is underway with representatives from the 4 authorities in the Peninsula | IN_PROGRESS
          Series of meetings underway New peninsular s47 process and reporting arrangemnts in draft \
          for presentation to June PSCB | IN_PROGRESS
          """)
  void parse_statusOfTheSeedPlan_readsProgressAndKeepsText(String text, Progress expected) {
    Status status = Status.parse(text);

    assertThat(status.progress()).isEqualTo(expected);
    assertThat(status.text()).isEqualTo(text);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Not started                         | NOT_STARTED
          NOT YET STARTED                     | NOT_STARTED
          Not yet commenced                   | NOT_STARTED
          Yet to start                        | NOT_STARTED
          To be confirmed                     | NOT_STARTED
          Ongoing                             | ONGOING
          on-going                            | ONGOING
          On going                            | ONGOING
          Business as usual                   | ONGOING
          Not complete                        | IN_PROGRESS
          Incomplete                          | IN_PROGRESS
          Not yet completed                   | IN_PROGRESS
          Started                             | IN_PROGRESS
          Under way                           | IN_PROGRESS
          Delayed                             | IN_PROGRESS
          Awaiting sign off                   | IN_PROGRESS
          Done                                | COMPLETE
          Achieved                            | COMPLETE
          Signed off                          | COMPLETE
          Published                           | COMPLETE
          Completion expected in May          | NOT_RECOGNISED
          """)
  void parse_commonForms_readProgress(String text, String expected) {
    if (expected.equals("NOT_RECOGNISED")) {
      assertThatThrownBy(() -> Status.parse(text)).isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThat(Status.parse(text).progress()).isEqualTo(Progress.valueOf(expected));
    }
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"Nov 2015", "G", "\u0391", "Situation analysis", "n/a"})
  void parse_unrecognisedWords_throwNamingTextAndExpectation(String text) {
    assertThatThrownBy(() -> Status.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("expected");
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"Nov 2015", "G", "Situation analysis"})
  void read_unrecognisedWords_areInProgressKeepingText(String text) {
    Status status = Status.read(text);

    assertThat(status.progress()).isEqualTo(Progress.IN_PROGRESS);
    assertThat(status.text()).isEqualTo(text);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"", " ", "\t\n"})
  void parseAndRead_blank_isNotReported(String text) {
    assertThat(Status.parse(text)).isEqualTo(Status.NOT_REPORTED);
    assertThat(Status.read(text)).isEqualTo(Status.NOT_REPORTED);
  }

  @Test
  void read_keepsTextExactlyWithSurroundingSpace() {
    assertThat(Status.read(" Complete ").text()).isEqualTo(" Complete ");
  }

  @Test
  void read_anyText_neverThrowsAndKeepsNonBlankText() {
    qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              Status status = Status.read(text);
              if (text.isBlank()) {
                assertThat(status.progress()).isEqualTo(Progress.NOT_REPORTED);
              } else {
                assertThat(status.text()).isEqualTo(text);
                assertThat(status.progress()).isNotEqualTo(Progress.NOT_REPORTED);
              }
            });
  }

  @ParameterizedTest
  @EnumSource(value = Progress.class, names = "NOT_REPORTED", mode = EnumSource.Mode.EXCLUDE)
  void of_reportedProgressWithBlankText_isRejectedNamingProgress(Progress progress) {
    assertThatThrownBy(() -> Status.of(progress, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(progress.name());
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"Complete", " "})
  void of_notReportedWithText_isRejectedShowingText(String text) {
    assertThatThrownBy(() -> Status.of(Progress.NOT_REPORTED, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void of_nulls_areRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Status.of(null, "Complete"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("progress");
    assertThatThrownBy(() -> Status.of(Progress.COMPLETE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Status.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Status.read(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void constants_haveTheirProgressAndWords() {
    assertThat(Status.COMPLETE.progress()).isEqualTo(Progress.COMPLETE);
    assertThat(Status.IN_PROGRESS.text()).isEqualTo("In progress");
    assertThat(Status.NOT_STARTED.progress()).isEqualTo(Progress.NOT_STARTED);
    assertThat(Status.ONGOING.progress()).isEqualTo(Progress.ONGOING);
    assertThat(Status.NOT_REPORTED.text()).isEmpty();
  }

  @Test
  void equality_isByProgressAndText() {
    Status a = Status.of(Progress.IN_PROGRESS, "Meeting booked 30/3");

    assertThat(a)
        .isEqualTo(Status.read("Meeting booked 30/3"))
        .hasSameHashCodeAs(Status.read("Meeting booked 30/3"))
        .isNotEqualTo(Status.of(Progress.COMPLETE, "Meeting booked 30/3"))
        .isNotEqualTo(Status.of(Progress.IN_PROGRESS, "Meeting booked 30/3 "));
  }

  @Test
  void toString_isTheWordsOrNotReported() {
    assertThat(Status.read("Complete").toString()).isEqualTo("Complete");
    assertThat(Status.NOT_REPORTED.toString()).isEqualTo("(not reported)");
  }

  @ParameterizedTest
  @CsvSource({
    "COMPLETE,true",
    "ONGOING,true",
    "IN_PROGRESS,false",
    "NOT_STARTED,false",
    "NOT_REPORTED,false"
  })
  void progressIsDone_isCompleteOrOngoing(Progress progress, boolean done) {
    assertThat(progress.isDone()).isEqualTo(done);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Cap in place in 3 of 5 teams                 | IN_PROGRESS
          Training completed by 12 out of 40 staff     | IN_PROGRESS
          0 of 6 audits done                           | IN_PROGRESS
          Published for 1 of 2 localities, monitored   | IN_PROGRESS
          In place in 5 of 5 teams                     | COMPLETE
          Agreed by 7 out of 7 partners                | COMPLETE
          6 of 4 sessions delivered                    | COMPLETE
          Completed 1/3/15                             | COMPLETE
          Not started in 2 of 5 teams                  | NOT_STARTED
          In place in 5 of 5 teams and monitored       | ONGOING
          """)
  void read_partsCounted_areDoneOnlyWhenAllPartsAre(String text, Progress expected) {
    assertThat(Status.read(text).progress()).isEqualTo(expected);
    assertThat(Status.read(text).text()).isEqualTo(text);
  }

  @Test
  void read_fewerPartsThanTheWhole_isNeverComplete() {
    String[] done = {"Complete", "in place", "Achieved", "published", "signed off", "Done"};
    qt().forAll(
            SourceDSL.integers().between(0, 999),
            SourceDSL.integers().between(1, 1000),
            SourceDSL.integers().between(0, done.length - 1),
            SourceDSL.booleans().all())
        .checkAssert(
            (k, gap, word, outOf) -> {
              String of = outOf ? " out of " : " of ";
              String text = done[word] + " in " + k + of + (k + gap) + " teams";
              assertThat(Status.read(text).progress()).as(text).isEqualTo(Progress.IN_PROGRESS);
            });
  }

  @Test
  void read_allPartsCounted_readsAsTheWordsAlone() {
    String[] words = {"Complete", "in place", "Ongoing", "Not started", "In progress"};
    qt().forAll(
            SourceDSL.integers().between(1, 1000),
            SourceDSL.integers().between(0, 5),
            SourceDSL.integers().between(0, words.length - 1))
        .checkAssert(
            (n, extra, word) -> {
              String text = words[word] + " in " + (n + extra) + " of " + n + " teams";
              assertThat(Status.read(text).progress())
                  .as(text)
                  .isEqualTo(Status.read(words[word]).progress());
            });
  }
}
