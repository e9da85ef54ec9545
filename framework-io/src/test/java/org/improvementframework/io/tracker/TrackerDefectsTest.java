package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.improvementframework.io.tracker.TrackerImporterTest.HEADER;
import static org.improvementframework.io.tracker.TrackerImporterTest.TITLE;
import static org.improvementframework.io.tracker.TrackerImporterTest.lines;
import static org.improvementframework.io.tracker.TrackerImporterTest.row;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regression tests of the defects seen on tracker files in the 2015 layout, one file each. */
class TrackerDefectsTest {

  static String area(int n, String title, String lead) {
    return row("AREA FOR IMPROVEMENT " + n + ": " + title, "", "", "", "", "", "", "", lead);
  }

  static ReadResult<ImprovementPlan> read(String text) {
    return TrackerImporter.read(text, TrackerOptions.builder().source("t.tsv").build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"3: ", "3 : ", "3\t: ", "3 \u2014 ", "3 \u2013: ", "3:: ", "3.: ", "3 :\t"})
  void areaTitle_afterNumberAndColon_keepsNoColon(String numberAndSeparator) {
    String text =
        lines(
            TITLE,
            row(
                "AREA FOR IMPROVEMENT "
                    + numberAndSeparator
                    + "Improve the timeliness of assessments",
                "",
                "",
                "",
                "Ada Penrose"),
            HEADER,
            row("", "", "Daily triage", "1. Rota agreed", "1. Jan 15", "1. Complete", "G"));

    Area a = read(text).value().areas().get(0);

    assertThat(a.number()).isEqualTo(3);
    assertThat(a.title()).isEqualTo("Improve the timeliness of assessments");
  }

  @Test
  void dayMonthYear_withSeveralLettersI_isRepairedWhole() {
    String text =
        lines(
            TITLE,
            area(1, "Workloads", "Ada Penrose"),
            HEADER,
            row("", "", "Cap caseloads", "1. Cap agreed", "1. 0I/03/20I6", "1. In progress", "A"));

    Milestone m = read(text).value().areas().get(0).actions().get(0).milestones().get(0);

    assertThat(m.target().kind()).isEqualTo(TargetKind.DAY);
    assertThat(m.target().deadline())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2016-03-01"));
  }

  @Test
  void objectivesAndMeasures_onSeveralRows_areOneElementEach() {
    String text =
        lines(
            TITLE,
            area(1, "Workloads", "Ada Penrose"),
            HEADER,
            row(
                "1. Caseloads are manageable",
                "",
                "Cap caseloads",
                "1. Cap agreed",
                "1. Jan 15",
                "1. Complete",
                "G",
                "",
                "1. Average caseload"),
            row(
                "2. Staff turnover falls",
                "",
                "Recruit staff",
                "1. Posts advertised",
                "1. Feb 15",
                "1. Complete",
                "G",
                "",
                "2. Vacancy rate"),
            row(
                "3. Supervision is regular",
                "",
                "Audit supervision",
                "1. Audit done",
                "1. Mar 15",
                "1. Complete",
                "G",
                "",
                "3. Supervision audit score"));

    Area a = read(text).value().areas().get(0);

    assertThat(a.objectives())
        .containsExactly(
            "Caseloads are manageable", "Staff turnover falls", "Supervision is regular");
    assertThat(a.measures())
        .extracting(m -> m.text())
        .containsExactly("Average caseload", "Vacancy rate", "Supervision audit score");
  }

  @Test
  void titleRow_justAboveTheHeaderRow_isKeptAsTitle() {
    String title = "Improvement Plan: Actions, Outcomes and Progress Milestones - March 2016";
    String text =
        lines(
            title,
            HEADER,
            area(1, "Workloads", "Ada Penrose"),
            HEADER,
            row("", "", "Cap caseloads", "1. Cap agreed", "1. Jan 16", "1. Complete", "G"));

    ReadResult<ImprovementPlan> r = read(text);

    assertThat(r.value().title()).isEqualTo(title);
    assertThat(r.value().areas()).extracting(Area::title).containsExactly("Workloads");
  }

  @Test
  void commasInTabSeparatedText_areText() {
    List<String> rows =
        new ArrayList<>(
            List.of(
                TITLE,
                area(1, "Workloads", "Ada Penrose"),
                HEADER,
                row(
                    "",
                    "",
                    "Cap caseloads",
                    "1. Cap agreed",
                    "1. Jan 15",
                    "1. Complete, ~2,000 letters sent",
                    "G")));
    for (int i = 0; i < 12; i++) {
      rows.add("Notes from the board, meeting " + i + ", agreed, minuted, filed");
    }

    ReadResult<ImprovementPlan> r = read(lines(rows.toArray(new String[0])));

    assertThat(r.value().areas().get(0).actions().get(0).milestones().get(0).status().text())
        .isEqualTo("Complete, ~2,000 letters sent");
  }

  @Test
  void listsPast99_keepItems100AndOnSeparate() {
    StringBuilder ms = new StringBuilder();
    StringBuilder ts = new StringBuilder();
    for (int i = 1; i <= 105; i++) {
      ms.append(i).append(". Visit school ").append(i).append(' ');
      ts.append(i).append(". Jan 16 ");
    }
    String text =
        lines(
            TITLE,
            area(1, "Schools", "Ada Penrose"),
            HEADER,
            row(
                "",
                "",
                "Visit every school",
                ms.toString().strip(),
                ts.toString().strip(),
                "",
                "G"));

    Action a = read(text).value().areas().get(0).actions().get(0);

    assertThat(a.milestones()).hasSize(105);
    assertThat(a.milestones().get(98).description()).isEqualTo("Visit school 99");
    assertThat(a.milestones().get(104).description()).isEqualTo("Visit school 105");
  }

  @Test
  void twoStrayQuotesInTsv_loseNoArea_andAreWarnedAbout() {
    List<String> rows = new ArrayList<>(List.of(TITLE));
    for (int n = 1; n <= 6; n++) {
      rows.add(area(n, "Area title " + n, "Ada Penrose"));
      rows.add(HEADER);
      // One quote opens a cell in area 1 and the other closes a cell in area 4: read as CSV
      // quoting, they would make one cell of everything between.
      String status = n == 1 ? "\"Getting to Good seminar booked" : "1. In progress";
      String description = n == 4 ? "Review the front door\"" : "Action " + n;
      rows.add(row("", "", description, "1. Step " + n, "1. Jan 15", status, "A"));
    }

    ReadResult<ImprovementPlan> r = read(lines(rows.toArray(new String[0])));

    assertThat(r.value().areas()).hasSize(6);
    assertThat(r.value().actions().count()).isEqualTo(6);
    assertThat(r.warnings()).anyMatch(w -> w.problem().contains("quote"));
  }

  @Test
  void fiftyThousandColumns_inAFewKilobytes_isALocatedLimitError() {
    String wide = TITLE + "\n" + "x\t".repeat(50_000) + "\n";

    assertThat(wide.length()).isLessThan(150 * 1024);
    assertThatThrownBy(
            () ->
                TrackerImporter.read(
                    new ByteArrayInputStream(wide.getBytes(StandardCharsets.UTF_8)),
                    TrackerOptions.builder().source("wide.tsv").build()))
        .isInstanceOf(InputLimitException.class)
        .hasMessageContaining("wide.tsv, row 2")
        .hasMessageContaining("cells of one row");
  }
}
