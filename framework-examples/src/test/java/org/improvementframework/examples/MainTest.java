package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.improvementframework.examples.embedding.BuildPlanInCode;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.PlanShape;
import org.improvementframework.testing.SeededRandomness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the command line in-process on the bundled 2015 plan in its three forms and on files,
 * and checks exit codes and output. Expected counts are the curated plan's, as docs/curated-plan.md
 * lists them from the transcription (per area actions/milestones, statuses, reported RAG).
 */
class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Actions and milestones per area 1 to 17, from docs/curated-plan.md. */
  private static final int[][] AREA_COUNTS = {
    {4, 10}, {3, 5}, {3, 3}, {2, 5}, {2, 5}, {5, 21}, {1, 1}, {2, 5}, {4, 6}, {2, 2}, {4, 4},
    {3, 6}, {1, 4}, {1, 2}, {5, 21}, {2, 4}, {4, 6}
  };

  @Test
  void main_noArguments_printsTheReportOfTheCuratedPlan() {
    Cli.Run run = Cli.run();

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Children's Services Improvement Monitoring Framework\n")
        .contains("17 areas, 48 actions, 110 milestones")
        .contains("OVERDUE MILESTONES (6)")
        .contains("PLAN-RULE FINDINGS");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void report_jsonOnCuratedPlan_hasTheCountsOfThePlan() throws IOException {
    Cli.Run run = Cli.run("report", "--format", "json");

    assertThat(run.code()).isZero();
    JsonNode r = JSON.readTree(run.out());
    assertThat(r.path("asOf").asText()).isEqualTo("2015-03-31");
    assertThat(r.path("areas").asInt()).isEqualTo(17);
    assertThat(r.path("actions").asInt()).isEqualTo(48);
    assertThat(r.path("milestones").asInt()).isEqualTo(110);
    JsonNode states = r.path("milestoneStates");
    // 11 COMPLETE and 5 ONGOING statuses count as done.
    assertThat(states.path("COMPLETE").asInt()).isEqualTo(16);
    // 6.2.1 (March 14), 6.4.1 (01/12/2014), 6.4.2 (01/01/2015), 4.1.1 and 6.1.1 (January),
    // 6.1.2 (15th March): not done and due before 31 March.
    assertThat(states.path("OVERDUE").asInt()).isEqualTo(6);
    // Two targets not written, two unreadable ('on of now', 'Action 2.1'), one open start.
    assertThat(states.path("UNDATED").asInt()).isEqualTo(5);
    assertThat(
            states.path("COMPLETE").asInt()
                + states.path("OVERDUE").asInt()
                + states.path("DUE").asInt()
                + states.path("NOT_DUE").asInt()
                + states.path("UNDATED").asInt())
        .isEqualTo(110);
    assertThat(r.path("reportedRag").path("AMBER").asInt()).isEqualTo(37);
    assertThat(r.path("reportedRag").path("GREEN").asInt()).isEqualTo(8);
    assertThat(r.path("reportedRag").path("RED").asInt()).isZero();
    assertThat(r.path("reportedRag").path("BLUE").asInt()).isZero();
    assertThat(r.path("reportedRag").path("NONE").asInt()).isEqualTo(3);
    JsonNode derived = r.path("derivedRag");
    // RED: 4.1, 6.2 and 6.4 have overdue milestones and no resolution.
    assertThat(derived.path("RED").asInt()).isEqualTo(3);
    assertThat(derived.path("NONE").asInt()).isZero();
    assertThat(
            derived.path("RED").asInt()
                + derived.path("AMBER").asInt()
                + derived.path("GREEN").asInt()
                + derived.path("BLUE").asInt())
        .isEqualTo(48);
    assertThat(r.path("ragDisagreements").asInt())
        .isEqualTo(r.path("disagreements").size())
        .isPositive();
    JsonNode areas = r.path("areaSummaries");
    assertThat(areas).hasSize(17);
    for (int i = 0; i < 17; i++) {
      JsonNode a = areas.get(i);
      assertThat(a.path("number").asInt()).isEqualTo(i + 1);
      assertThat(a.path("title").asText()).isNotBlank();
      assertThat(a.path("actions").asInt())
          .as("actions of area %d", i + 1)
          .isEqualTo(AREA_COUNTS[i][0]);
      assertThat(a.path("milestones").asInt())
          .as("milestones of area %d", i + 1)
          .isEqualTo(AREA_COUNTS[i][1]);
      assertThat(a.path("overdue").asInt())
          .as("overdue in area %d", i + 1)
          .isEqualTo(i + 1 == 4 ? 1 : i + 1 == 6 ? 5 : 0);
      assertThat(a.has("complete")).isTrue();
      assertThat(a.path("leads").isArray()).isTrue();
    }
    assertThat(areas.get(5).path("leads")).isEmpty();
    assertThat(areas.get(15).path("leads")).hasSize(2);
    assertThat(r.path("overdue")).hasSize(6);
    assertThat(r.path("overdue").get(0).path("ref").asText()).isEqualTo("6.2.1");
    assertThat(r.path("overdue").get(0).path("daysOverdue").asInt()).isEqualTo(365);
    assertThat(r.path("overdue").get(0).path("resolution").isNull()).isTrue();
    assertThat(r.has("slippage")).isFalse();
  }

  @Test
  void report_asOfLater_judgesOnThatDate() throws IOException {
    Cli.Run run = Cli.run("report", "--format", "json", "--as-of", "2015-06-30");

    JsonNode r = JSON.readTree(run.out());
    assertThat(run.code()).isZero();
    assertThat(r.path("asOf").asText()).isEqualTo("2015-06-30");
    assertThat(r.path("asAt").asText()).isEqualTo("2015-03-31");
    assertThat(r.path("milestoneStates").path("OVERDUE").asInt()).isGreaterThan(6);
  }

  @Test
  void report_csv_hasOneRowPerMilestone() {
    Cli.Run run = Cli.run("report", "--format", "csv");

    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", BoardReportCsv.HEADINGS));
    assertThat(lines).hasSize(1 + 110);
    assertThat(lines).filteredOn(l -> l.contains(",OVERDUE,")).hasSize(6);
  }

  @Test
  void report_sameReportFromJsonCsvFileAndBundledCsv(@TempDir Path dir) {
    Path csv = dir.resolve("plan.csv");
    assertThat(Cli.run("convert", jsonFile(dir).toString(), csv.toString()).code()).isZero();

    String fromJson = Cli.run("report").out();
    Cli.Run fromCsv = Cli.run("report", csv.toString());
    Cli.Run bundledCsv = Cli.run("report", "--input-format", "csv");

    assertThat(fromCsv.code()).isZero();
    assertThat(fromCsv.out()).isEqualTo(fromJson);
    assertThat(bundledCsv.out()).isEqualTo(fromJson);
  }

  @Test
  void report_rawTrackerText_readsWithWarningsOnStderr() {
    Cli.Run run = Cli.run("report", "--input-format", "tracker");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("17 areas, 48 actions").contains("AREAS");
    assertThat(run.err())
        .matches(
            "(?s)read the raw 2015 tracker text \\(bundled\\) with \\d+ "
                + "warnings \\(`validate` lists them\\)\\s*");
  }

  @Test
  void report_trackerFile_isDetectedWithoutOption(@TempDir Path dir) throws IOException {
    Path raw = dir.resolve("tracker.txt");
    try (var in = Main.class.getResourceAsStream(PlanInput.RAW)) {
      Files.copy(in, raw);
    }

    Cli.Run run = Cli.run("report", "--format", "json", raw.toString());

    assertThat(run.code()).isZero();
    assertThat(JSON.readTree(run.out()).path("areas").asInt()).isEqualTo(17);
    assertThat(run.err()).contains("read tracker.txt with");
  }

  @Test
  void report_previous_listsWhatSlipped(@TempDir Path dir) throws IOException {
    Path february = jsonFile(dir);
    String text = Files.readString(february, StandardCharsets.UTF_8);
    // A month later: 4.1.1 moved from January to May 2015, and action 1.1's RAG went from
    // AMBER to RED.
    String march =
        replaceAfter(
            text, "\"ref\": \"4.1.1\"", "\"text\": \"January 15\"", "\"text\": \"May 15\"");
    march =
        replaceAfter(
            march, "\"ref\": \"4.1.1\"", "\"2015-01-01/2015-01-31\"", "\"2015-05-01/2015-05-31\"");
    march =
        replaceAfter(
            march, "\"ref\": \"1.1\"", "\"reportedRag\": \"AMBER\"", "\"reportedRag\": \"RED\"");
    march = march.replaceFirst("\"asAt\": \"2015-03-31\"", "\"asAt\": \"2015-04-30\"");
    Path current = dir.resolve("april.json");
    Files.writeString(current, march, StandardCharsets.UTF_8);

    Cli.Run text1 = Cli.run("report", current.toString(), "--previous", february.toString());
    Cli.Run json =
        Cli.run(
            "report", current.toString(), "--previous", february.toString(), "--format", "json");

    assertThat(text1.code()).isZero();
    assertThat(text1.out())
        .contains("SLIPPED SINCE THE REPORT OF 2015-03-31 (2)")
        .contains("4.1.1 target moved 120 days later: 'January 15' -> 'May 15'")
        .contains("1.1 RAG worsened: AMBER -> RED");
    JsonNode s = JSON.readTree(json.out()).path("slippage");
    assertThat(s.path("from").asText()).isEqualTo("2015-03-31");
    assertThat(s.path("to").asText()).isEqualTo("2015-04-30");
    assertThat(s.path("counts").path("DEADLINE_LATER").asInt()).isEqualTo(1);
    assertThat(s.path("counts").path("RAG_WORSENED").asInt()).isEqualTo(1);
    // In plan order: action 1.1's RAG, then milestone 4.1.1's target.
    assertThat(s.path("slipped").get(0).path("kind").asText()).isEqualTo("RAG_WORSENED");
    assertThat(s.path("slipped").get(1).path("kind").asText()).isEqualTo("DEADLINE_LATER");
    assertThat(s.path("slipped").get(1).path("days").asInt()).isEqualTo(120);
  }

  @Test
  void report_strict_exitsOneOnErrorFindings() {
    Cli.Run run = Cli.run("report", "--strict");

    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    assertThat(run.out()).contains("4 errors");
  }

  @Test
  void validate_curatedPlan_listsEveryFindingAndExitsOneForErrors(@TempDir Path dir) {
    Cli.Run run = Cli.run("validate", jsonFile(dir).toString());

    assertThat(run.code()).isEqualTo(Main.FINDINGS);
    List<String> errors = run.out().lines().filter(l -> l.startsWith("ERROR ")).toList();
    assertThat(errors).hasSize(4);
    assertThat(errors)
        .allMatch(
            l ->
                l.startsWith(
                    "ERROR overdue-without-resolution " + "plymouth-2015.json, milestone "));
    assertThat(run.out())
        .contains("WARNING area-without-lead plymouth-2015.json, area 6:")
        .contains("plymouth-2015.json: 0 reader warnings; 9 findings (4 errors)");
  }

  @Test
  void validate_trackerText_listsReaderWarningsWithRowAndColumn() {
    Cli.Run run = Cli.run("validate", "--input-format", "tracker");

    List<String> warnings = run.out().lines().filter(l -> l.startsWith("WARNING read ")).toList();
    assertThat(warnings).isNotEmpty();
    assertThat(warnings).allMatch(l -> l.contains("plymouth-2015-tracker.txt, row "));
    assertThat(run.out()).contains(warnings.size() + " reader warnings;");
    assertThat(run.code()).isIn(Main.OK, Main.FINDINGS);
  }

  @Test
  void validate_planWithoutErrors_exitsZero(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("small.json");
    PlanJson.write(BuildPlanInCode.plan(), file);

    Cli.Run run = Cli.run("validate", file.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).doesNotContain("ERROR");
  }

  @Test
  void convert_jsonToCsvToJson_givesTheSameBytes(@TempDir Path dir) throws IOException {
    Path json = jsonFile(dir);
    Path csv = dir.resolve("plan.csv");
    Path back = dir.resolve("back.json");

    Cli.Run first = Cli.run("convert", json.toString(), csv.toString());
    Cli.Run second = Cli.run("convert", csv.toString(), back.toString());

    assertThat(first.code()).isZero();
    assertThat(second.code()).isZero();
    assertThat(first.err()).contains("17 areas, 48 actions, 110 milestones");
    assertThat(PlanCsv.read(Files.readString(csv, StandardCharsets.UTF_8)))
        .isEqualTo(PlanInput.curated());
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(json));
  }

  @Test
  void convert_trackerToJson_writesAPlanThatReadsBack(@TempDir Path dir) throws IOException {
    Path raw = dir.resolve("tracker.txt");
    try (var in = Main.class.getResourceAsStream(PlanInput.RAW)) {
      Files.copy(in, raw);
    }
    Path out = dir.resolve("imported.json");

    Cli.Run run = Cli.run("convert", raw.toString(), out.toString());

    assertThat(run.code()).isZero();
    ImprovementPlan plan = PlanJson.read(out);
    assertThat(plan.areas()).hasSize(17);
  }

  @Test
  void convert_unknownOutputExtension_isAUsageError(@TempDir Path dir) {
    Cli.Run run = Cli.run("convert", jsonFile(dir).toString(), dir.resolve("plan.xlsx").toString());

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err()).contains("cannot tell the output format from 'plan.xlsx'");
    assertThat(dir.resolve("plan.xlsx")).doesNotExist();
  }

  @Test
  void report_malformedJson_exitsTwoNamingTheFile(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("broken.json");
    Files.writeString(
        bad,
        "{\"format\": \"improvement-plan\", \"version\": 1, \"plan\": {",
        StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("report", bad.toString());

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err()).startsWith("error: ").contains("broken.json");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void report_missingFile_exitsTwo(@TempDir Path dir) {
    Cli.Run run = Cli.run("report", dir.resolve("nothing.json").toString());

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err()).contains("nothing.json: no such file");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "report --bogus",
        "report --as-of 31/03/2015",
        "report --format pdf",
        "convert only-one.json",
        "dashboard",
        "report --due-window -5",
        "report --due-window soon",
        "convert a.json b.json --delimiter ;;"
      })
  void run_usageError_exitsTwoWithOneLineAndNoStackTrace(String args) {
    Cli.Run run = Cli.run(args.split(" "));

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err())
        .startsWith("error: ")
        .contains("--help')")
        .hasLineCount(1)
        .doesNotContain("java.", "Exception", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void run_unknownCommand_exitsTwoAndSuggestsOne() {
    Cli.Run run = Cli.run("valdate");

    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err())
        .contains("Unmatched argument at index 0: 'valdate'")
        .contains("did you mean validate")
        .hasLineCount(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "report", "validate", "convert", "dashboard"})
  void help_everyCommand_printsUsageAndExitCodes(String command) {
    Cli.Run run = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage:").contains("Exit codes:").contains("--help");
  }

  @Test
  void report_largeInput_showsProgressOnStderr(@TempDir Path dir) throws IOException {
    ImprovementPlan big =
        PlanGenerators.plans(PlanShape.exactly(17, 8, 8)).generate(SeededRandomness.of(7));
    Path file = dir.resolve("big.json");
    PlanJson.write(big, file);
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(ProgressMeter.MIN_BYTES);

    Cli.Run run = Cli.run(Duration.ZERO, "report", "--format", "json", file.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err())
        .containsPattern("reading big\\.json: \\d+% \\([0-9.]+ of [0-9.]+ MB\\)")
        .contains("done in ");
    assertThat(JSON.readTree(run.out()).path("milestones").asLong())
        .isEqualTo(big.milestones().count());
  }

  @Test
  void report_smallInput_showsNoProgress(@TempDir Path dir) {
    Cli.Run run = Cli.run(Duration.ZERO, "report", jsonFile(dir).toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"plymouth-2015.json", "plymouth-2015.csv", "plymouth-2015.txt"})
  void everyCommand_onEachFormatOfThe2015Plan_works(String name, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve(name);
    if (name.endsWith(".json")) {
      PlanJson.write(PlanInput.curated(), file);
    } else if (name.endsWith(".csv")) {
      PlanCsv.write(PlanInput.curated(), file, PlanCsv.Options.defaults());
    } else {
      try (var in = Main.class.getResourceAsStream(PlanInput.RAW)) {
        Files.copy(in, file);
      }
    }

    Cli.Run report = Cli.run("report", "--format", "json", file.toString());
    Cli.Run validate = Cli.run("validate", file.toString());
    Cli.Run convert = Cli.run("convert", file.toString(), dir.resolve("out.json").toString());
    Path page = dir.resolve("page.html");
    Cli.Run dashboard = Cli.run("dashboard", file.toString(), "--out", page.toString());

    assertThat(report.code()).isZero();
    assertThat(JSON.readTree(report.out()).path("areas").asInt()).isEqualTo(17);
    assertThat(validate.code()).isIn(Main.OK, Main.FINDINGS);
    assertThat(validate.out()).contains(name + ": ");
    assertThat(convert.code()).isZero();
    assertThat(PlanJson.read(dir.resolve("out.json")).areas()).hasSize(17);
    assertThat(dashboard.code()).isZero();
    assertThat(Files.readString(page, StandardCharsets.UTF_8).split("<section class=\"area ", -1))
        .hasSize(18);
  }

  /** Writes the curated plan to a file named as the library ships it. */
  static Path jsonFile(Path dir) {
    Path file = dir.resolve("plymouth-2015.json");
    if (!Files.exists(file)) {
      PlanJson.write(PlanInput.curated(), file);
    }
    return file;
  }

  private static String replaceAfter(String text, String anchor, String from, String to) {
    int at = text.indexOf(anchor);
    assertThat(at).as("anchor %s", anchor).isNotNegative();
    int hit = text.indexOf(from, at);
    assertThat(hit).as("%s after %s", from, anchor).isNotNegative();
    return text.substring(0, hit) + to + text.substring(hit + from.length());
  }
}
