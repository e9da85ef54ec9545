package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.improvementframework.io.tracker.TrackerHeadings.Heading;
import org.improvementframework.io.tracker.TrackerTable.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where an area heading ends, at the 200-character window's edges, and its number's reading. */
class TrackerHeadingsMutationTest {

  private static final String HEADING = "AREA FOR IMPROVEMENT 3:";

  @Test
  void heading_followedByTitle_endsWhereTheTitleStarts() {
    Heading h = TrackerHeadings.heading(new Row(4, List.of(HEADING + " Workloads", "Lead")));

    assertThat(h).isEqualTo(new Heading(0, HEADING.length() + 1, HEADING, "3"));
  }

  @Test
  void heading_aloneInTheRow_endsAfterTheLastCell() {
    Heading h = TrackerHeadings.heading(new Row(4, List.of(HEADING)));

    assertThat(h).isEqualTo(new Heading(1, 0, HEADING, "3"));
  }

  @Test
  void heading_titleInTheNextCell_endsAtThatCellsStart() {
    Heading h = TrackerHeadings.heading(new Row(4, List.of(HEADING, "Workloads")));

    assertThat(h).isEqualTo(new Heading(1, 0, HEADING, "3"));
  }

  @Test
  void heading_filling_theWholeWindow_isCutAfterItsLastCharacter() {
    // 200 characters of heading and spaces: the window ends inside the first cell.
    String cell = HEADING + " ".repeat(300) + "Workloads";

    Heading h = TrackerHeadings.heading(new Row(4, List.of(cell, "Lead")));

    assertThat(h).isEqualTo(new Heading(0, 200, HEADING, "3"));
  }

  @Test
  void heading_windowFilledExactlyByTheFirstCell_takesNothingOfTheNext() {
    String cell = HEADING + " ".repeat(200 - HEADING.length());

    Heading h = TrackerHeadings.heading(new Row(4, List.of(cell, "Workloads")));

    assertThat(h).isEqualTo(new Heading(0, 200, HEADING, "3"));
  }

  @Test
  void heading_windowOneShortOfFull_endsAtTheNextCell() {
    String cell = HEADING + " ".repeat(199 - HEADING.length());

    Heading h = TrackerHeadings.heading(new Row(4, List.of(cell, "Workloads")));

    assertThat(h).isEqualTo(new Heading(1, 0, HEADING, "3"));
  }

  @Test
  void heading_shortestDamagedForm_fourLettersOfLabel_isAHeading() {
    // "MENT" before a one read as a bar: the label key is exactly four letters long.
    Heading h = TrackerHeadings.heading(new Row(4, List.of("MENT|x")));

    assertThat(h).isEqualTo(new Heading(0, 4, "MENT", null));
  }

  @Test
  void heading_plainText_isNone() {
    assertThat(TrackerHeadings.heading(new Row(4, List.of("Workloads", "Lead")))).isNull();
  }

  @ParameterizedTest(name = "''{0}'' expecting {1} is {2}")
  @CsvSource({
    "3, 3, 3",
    "3, 5, 3",
    "0, 0, ",
    "0, 1, ",
    "IV, 4, 4",
    "IV, 7, 4",
    "II, 2, 2",
    "II, 11, 11",
    "II, 5, 11",
    "V, 1, 5",
    "l, 1, 1",
    "ll, 2, 11",
    "I, 2, 1",
    "X, 10, 10",
    "abc, 1, ",
    "abc, 0, "
  })
  void areaNumber_prefersTheReadingThatContinuesTheAreas(
      String written, int expected, Integer number) {
    assertThat(TrackerHeadings.areaNumber(written, expected)).isEqualTo(number);
  }

  @Test
  void areaNumber_digits_areReadAsWrittenWhateverIsExpected() {
    qt().forAll(integers().between(1, 999), integers().between(0, 1000))
        .checkAssert(
            (n, expected) ->
                assertThat(TrackerHeadings.areaNumber(Integer.toString(n), expected)).isEqualTo(n));
  }
}
