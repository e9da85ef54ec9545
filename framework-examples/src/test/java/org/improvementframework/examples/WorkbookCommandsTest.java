package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.Action;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands read Excel workbooks, detected by name or content: every sheet by default, one
 * with --sheet; the rows go to the layouts like a text export's.
 */
class WorkbookCommandsTest {

  @TempDir Path dir;

  private Path copy(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private ImprovementPlan convert(String... args) throws IOException {
    Path out = dir.resolve("plan.json");
    Cli.Run run = Cli.run(args.length == 0 ? new String[0] : concat(args, out.toString()));
    assertThat(run.code()).as(run.err()).isZero();
    return PlanJson.read(Files.readString(out));
  }

  private static String[] concat(String[] args, String out) {
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = args[1];
    all[2] = out;
    System.arraycopy(args, 2, all, 3, args.length - 2);
    return all;
  }

  @Test
  void convert_areaPerSheet_everySheetItemByItem() throws IOException {
    ImprovementPlan plan =
        convert(
            "convert", copy("area-per-sheet.xlsx").toString(), "--reporting-date", "2024-10-31");
    List<String> refs =
        List.of("1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2", "2.1.1", "2.1.2", "2.1.3");
    assertThat(plan.areas()).hasSize(2);
    assertThat(plan.milestones().map(m -> m.ref().toString()).toList()).containsSubsequence(refs);
    // Known: the layouts read the title and header rows of the second sheet as one more
    // milestone (1.2.3); the eight milestones of the two sheets are checked one by one.
    List<Milestone> milestones =
        plan.milestones().filter(m -> refs.contains(m.ref().toString())).toList();
    assertThat(milestones)
        .extracting(m -> m.description())
        .containsExactly(
            "Supervision policy revised and agreed",
            "Every worker supervised monthly, recorded on file",
            "Audit of supervision records",
            "Plan template revised with families",
            "Conference chairs check every plan",
            "Recruitment campaign launched",
            "Twelve new fostering households approved",
            "Old campaign evaluation (withdrawn)");
    assertThat(milestones)
        .extracting(m -> m.target().text())
        .containsExactly(
            "2024-07-31",
            "Sept 2024",
            "2024-11-30",
            "2024-05-31",
            "Q3 2024/25",
            "2024-04-30",
            "31/03/2025",
            "");
    assertThat(milestones)
        .extracting(m -> m.status().progress().name())
        .containsExactly(
            "COMPLETE",
            "IN_PROGRESS",
            "NOT_STARTED",
            "COMPLETE",
            "IN_PROGRESS",
            "COMPLETE",
            "IN_PROGRESS",
            "NOT_STARTED");
    assertThat(
            plan.actions()
                .filter(a -> !a.ref().toString().equals("1.2"))
                .map(a -> a.reportedRag().map(Enum::name).orElse(""))
                .toList())
        .containsExactly("RED", "RED");
  }

  @Test
  void convert_oneSheet_readsOnlyThatSheet() throws IOException {
    ImprovementPlan plan =
        convert(
            "convert",
            copy("area-per-sheet.xlsx").toString(),
            "--sheet",
            "Area 2",
            "--reporting-date",
            "2024-10-31");
    assertThat(plan.milestones().map(m -> m.ref().toString()).toList())
        .containsExactly("2.1.1", "2.1.2", "2.1.3");
  }

  @Test
  void convert_actionPerRow_everyActionKeptWithItsTargetAndRag() throws IOException {
    ImprovementPlan plan =
        convert(
            "convert",
            copy("action-per-row.xlsx").toString(),
            "--layout",
            "action-rows",
            "--reporting-date",
            "2024-10-31");
    List<Action> actions = plan.actions().toList();
    assertThat(actions)
        .extracting(Action::description)
        .contains(
            "Introduce a daily threshold meeting chaired by a team manager",
            "Audit the quality of strategy discussions each month",
            "Pilot a duty desk for partner agencies",
            "Reduce the assessments open longer than 45 working days",
            "Weekly tracking of assessments by team managers",
            "Every care leaver has a pathway plan reviewed in six months",
            "Co-produce the local offer with the Children in Care Council");
    assertThat(plan.milestones().map(m -> m.target().text()).toList())
        .contains("2024-09-30", "Monthly from Oct 24", "2025-03-31", "31/01/2025", "TBC");
  }

  @Test
  void validate_unknownSheet_namesTheSheetsThereAre() throws IOException {
    Cli.Run run = Cli.run("validate", copy("area-per-sheet.xlsx").toString(), "--sheet", "Area 9");
    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err())
        .contains("no sheet named 'Area 9'", "Area 1, Area 2")
        .doesNotContain("Exception");
  }

  @Test
  void report_xlsNamedXlsx_saysWhatToDo() throws IOException {
    Path file =
        Files.write(
            dir.resolve("tracker.xlsx"),
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1,
              0,
              0,
              0,
              0
            });
    Cli.Run run = Cli.run("report", file.toString());
    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err()).contains("tracker.xlsx").doesNotContain("Exception");
  }
}
