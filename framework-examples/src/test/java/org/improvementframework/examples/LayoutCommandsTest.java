package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout options of the command line: --reporting-date, --layout and `layouts`. */
class LayoutCommandsTest {

  /** A tracker in the 2015 layout whose title row names no month. */
  static final String NO_MONTH =
      "Southmoor Council Children's Services Improvement Tracker\n"
          + "AREA FOR IMPROVEMENT 1: Timely assessments\t\t\t\t\t\t\tJune Tallis\n"
          + "OBJECTIVE\tOUTCOMES\tAction description\tPROGRESS MILESTONES\tTARGET DATE\t"
          + "Status of milestone\tRAG\tResolution for overdue milestones\tMeasured By:\n"
          + "Assessments on time\tChildren seen quickly\tTriage referrals daily\t1. Rota agreed "
          + "2. Daily triage running\t1. Jan 16 2. Mar 16\t1. Complete 2. In progress\tA\t\t"
          + "Assessments within 45 days\n";

  static final String ACTION_ROWS =
      "Ref,Action,Lead,Due date,RAG,Progress update\n"
          + "Area 1: Front door,,,,,\n"
          + "1.1,Agree thresholds,Ivo Brand,30/06/2016,G,Complete\n";

  @Test
  void layouts_listsTheKnownLayouts() {
    Cli.Run run = Cli.run("layouts");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("tracker", "action-rows", "milestone-rows", "date-headings");
  }

  @Test
  void report_trackerWithoutMonth_needsAndTakesReportingDate(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("southmoor.tsv"), NO_MONTH, StandardCharsets.UTF_8);

    Cli.Run without = Cli.run("report", file.toString());
    Cli.Run with = Cli.run("report", file.toString(), "--reporting-date", "2016-02-29");

    assertThat(without.code()).isEqualTo(Main.UNREADABLE);
    assertThat(without.err()).contains("reporting date");
    assertThat(with.code()).as(with.err()).isZero();
    assertThat(with.out()).contains("2016-02-29");
  }

  @Test
  void convert_layoutByName_isUsed(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("plan.txt"), ACTION_ROWS);
    Path out = dir.resolve("plan.json");

    Cli.Run run =
        Cli.run(
            "convert",
            file.toString(),
            out.toString(),
            "--layout",
            "action-rows",
            "--reporting-date",
            "2016-07-31");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out)).contains("Agree thresholds", "Front door");
  }

  @Test
  void validate_layoutFile_ofTheUsersOwn_isUsed(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("plan.csv"),
            "Title for July 2016\n"
                + "Theme,Task,Owner,Deadline\n"
                + "Front door,Agree thresholds,Ivo Brand,30/06/2016\n"
                + "Front door,Train staff,Ivo Brand,Sep-16\n");
    Path layout =
        Files.writeString(
            dir.resolve("ours.json"),
            "{\"name\": \"ours\", "
                + "\"areas\": \"column\", \"columns\": {\"area\": \"Theme\", \"action\": \"Task\", "
                + "\"lead\": \"Owner\", \"target\": \"Deadline\"}}");

    Cli.Run run =
        Cli.run(
            "validate",
            file.toString(),
            "--input-format",
            "tracker",
            "--layout",
            layout.toString());

    assertThat(run.code()).as(run.err()).isIn(0, 1);
    assertThat(run.err() + run.out())
        .doesNotContain("no layout given")
        .doesNotContain("a column the layout does not read")
        .contains("1 reader warning;");
  }

  @Test
  void report_unknownLayout_exitsTwoNamingTheKnownOnes(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("plan.txt"), ACTION_ROWS);

    Cli.Run run = Cli.run("report", file.toString(), "--layout", "nonesuch");

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err()).contains("nonesuch", "action-rows");
  }
}
