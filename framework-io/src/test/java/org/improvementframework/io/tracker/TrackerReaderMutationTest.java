package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.improvementframework.io.tracker.TrackerImporterTest.HEADER;
import static org.improvementframework.io.tracker.TrackerImporterTest.lines;
import static org.improvementframework.io.tracker.TrackerImporterTest.read;
import static org.improvementframework.io.tracker.TrackerImporterTest.row;

import java.time.LocalDate;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the rows before the first area give the plan: its title, its reporting date (the last
 * month named in the title row), its notes, and where the plan's errors point.
 */
class TrackerReaderMutationTest {

  private static final String AREA =
      row("AREA FOR IMPROVEMENT 1: Ensure reasonable workloads", "", "Alison Botham");
  private static final String ACTION =
      row("", "", "Agree the caseload plan", "1.Draft plan", "1.Jan 15", "1.Complete", "G");

  private static ReadResult<ImprovementPlan> readTitled(String title) {
    return read(lines(title, "", AREA, HEADER, ACTION));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Improvement framework - March 2015|2015-03-31",
        "Improvement framework, Sept. 2016|2016-09-30",
        "IMPROVEMENT FRAMEWORK FEBRUARY-2016|2016-02-29",
        "Plan of January 2015 - progress to June 2015|2015-06-30",
        "Plan, dec 2014|2014-12-31"
      })
  void titleMonth_theLastOneNamed_givesTheEndOfItsMonth(String title, LocalDate asAt) {
    ReadResult<ImprovementPlan> r = readTitled(title);

    assertThat(r.value().asAt()).isEqualTo(asAt);
    assertThat(r.value().title()).isEqualTo(title);
    ReadWarning w = r.warnings().get(0);
    assertThat(w.row()).hasValue(1);
    assertThat(w.column()).contains("#1");
    assertThat(w.problem()).isEqualTo("no reporting date given");
    assertThat(w.text()).isEqualTo(title);
    assertThat(w.action())
        .isEqualTo(
            "took the end of the month the title names, "
                + asAt
                + "; set TrackerOptions.asAt to choose");
  }

  @Test
  void titleWithoutAMonth_isAnErrorNamingTheTitleRow() {
    assertThatThrownBy(() -> read(lines("", "Improvement framework 2015", AREA, HEADER, ACTION)))
        .isInstanceOfSatisfying(
            PlanFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("cannot tell the plan's reporting date");
              assertThat(e.location().row()).hasValue(2);
            });
  }

  @Test
  void textBetweenTitleAndFirstArea_isAPlanNoteWithAWarning() {
    ReadResult<ImprovementPlan> r =
        read(
            lines(
                "Improvement framework - March 2015",
                "Agreed by the board",
                "",
                "Reviewed monthly",
                AREA,
                HEADER,
                ACTION));

    assertThat(r.value().title()).isEqualTo("Improvement framework - March 2015");
    assertThat(r.value().notes()).containsExactly("Agreed by the board", "Reviewed monthly");
    assertThat(r.warnings())
        .filteredOn(w -> w.problem().equals("text between the title and the first area"))
        .extracting(w -> w.row().getAsLong() + " " + w.column().orElseThrow() + " " + w.text())
        .containsExactly("2 #1 Agreed by the board", "4 #1 Reviewed monthly");
  }

  @Test
  void titleOption_winsAndTheTitleRowBecomesTheFirstNote() {
    ReadResult<ImprovementPlan> r =
        TrackerImporter.read(
            lines(
                "Improvement framework - March 2015", "Agreed by the board", AREA, HEADER, ACTION),
            TrackerOptions.builder()
                .title("Children's services plan")
                .organisation("Northbridge Council")
                .asAt(LocalDate.of(2015, 4, 30))
                .build());

    ImprovementPlan plan = r.value();
    assertThat(plan.title()).isEqualTo("Children's services plan");
    assertThat(plan.organisation()).contains("Northbridge Council");
    assertThat(plan.asAt()).isEqualTo(LocalDate.of(2015, 4, 30));
    assertThat(plan.notes())
        .containsExactly("title row: Improvement framework - March 2015", "Agreed by the board");
    assertThat(r.warnings()).noneMatch(w -> w.problem().startsWith("no reporting date"));
  }

  @Test
  void greekLettersInTheTitle_areReadAsLatin() {
    ReadResult<ImprovementPlan> r = readTitled("\u0399mprovement plan - March 2015");

    assertThat(r.value().title()).isEqualTo("Improvement plan - March 2015");
  }

  @Test
  void noAreaAndNoHeader_isAnErrorAtTheFirstRowWithText() {
    assertThatThrownBy(() -> read(lines("", "", "Improvement framework - March 2015", "Notes")))
        .isInstanceOfSatisfying(
            PlanFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("no area found");
              assertThat(e.location().row()).hasValue(3);
            });
  }

  @Test
  void firstRowAboveAHeader_isTheTitle_whenAnotherRowHeadsAnArea() {
    ReadResult<ImprovementPlan> r =
        read(lines("Improvement framework - March 2015", HEADER, ACTION, AREA, HEADER, ACTION));

    assertThat(r.value().title()).isEqualTo("Improvement framework - March 2015");
    assertThat(r.value().areas()).hasSize(1);
  }

  @Test
  void onlyRowAboveAHeader_isTheArea_andThePlanIsUntitled() {
    ReadResult<ImprovementPlan> r =
        TrackerImporter.read(
            lines("Workloads", HEADER, ACTION),
            TrackerOptions.builder().asAt(LocalDate.of(2015, 3, 31)).source("t.tsv").build());

    assertThat(r.value().title()).isEqualTo("Improvement plan (t.tsv)");
    assertThat(r.value().areas()).singleElement().satisfies(a -> assertThat(a.number()).isOne());
  }
}
