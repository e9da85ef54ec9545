package org.improvementframework.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.LimitedInputStream;
import org.improvementframework.io.LocalPlans;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.TestFiles;
import org.improvementframework.io.TextMutations;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanCsvTest {

  private static final ImprovementPlan SAMPLE = PlanJson.read(TestFiles.text("sample-plan.json"));

  private static String header() {
    StringBuilder sb = new StringBuilder();
    for (PlanCsv.Column c : PlanCsv.Column.values()) {
      sb.append(sb.length() == 0 ? "" : ",").append(c.heading());
    }
    return sb.toString();
  }

  /** The data lines of the sample, split by the record separator the writer uses. */
  private static List<String> records(String csv) {
    List<String> out = new ArrayList<>(List.of(csv.split("\r\n")));
    return out;
  }

  @Test
  void roundTrip_sample_rebuildsTheSamePlan() {
    assertThat(PlanCsv.read(PlanCsv.write(SAMPLE))).isEqualTo(SAMPLE);
  }

  @Test
  void roundTrip_generatedPlans_areEqual() {
    qt().withExamples(60)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans()))
        .checkAssert(plan -> assertThat(PlanCsv.read(PlanCsv.write(plan))).isEqualTo(plan));
  }

  @Test
  void roundTrip_plansWithAwkwardText_areEqual() {
    qt().withExamples(200)
        .forAll(LocalPlans.plans())
        .checkAssert(plan -> assertThat(PlanCsv.read(PlanCsv.write(plan))).isEqualTo(plan));
  }

  @Test
  void roundTrip_semicolonDelimiterAndByteOrderMark_areEqual() {
    PlanCsv.Options options = PlanCsv.Options.defaults().withDelimiter(';').withByteOrderMark(true);
    qt().withExamples(100)
        .forAll(LocalPlans.plans())
        .checkAssert(
            plan -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              PlanCsv.write(plan, out, options);
              byte[] bytes = out.toByteArray();
              assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
              assertThat(PlanCsv.read(new ByteArrayInputStream(bytes), options).value())
                  .isEqualTo(plan);
            });
  }

  @Test
  void write_sample_hasOneRowPerMilestoneAndRowsForEmptyActionsAndAreas() {
    List<String> lines = records(PlanCsv.write(SAMPLE));
    assertThat(lines.get(0)).isEqualTo(header());
    // 3 milestones of action 1.1, action 1.3 without milestones, area 4 without actions.
    assertThat(lines).hasSize(1 + 3 + 1 + 1);
    assertThat(lines.get(4)).startsWith("1,").contains(",1.3,An action without milestones,");
    assertThat(lines.get(5)).startsWith("4,An area without actions,,,,,,,,,,,,,,,,,,,,,");
  }

  @Test
  void write_cellsRepeatedOnEveryMilestonesRow_areNeutralisedOnEachAndCheckedWhenTheyChange() {
    Area area = SAMPLE.areas().get(0).withTitle("=area");
    List<String> lines = records(PlanCsv.write(SAMPLE.withAreas(area)));
    // action 1.1's three milestones, then action 1.3 in the same area
    assertThat(lines.subList(1, 5)).allSatisfy(line -> assertThat(line).startsWith("1,'=area,"));
    Action later = area.actions().get(1).withDescription("x\uD83D");
    Area broken = area.withActions(area.actions().get(0), later);
    assertThatThrownBy(() -> PlanCsv.write(SAMPLE.withAreas(broken)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'Action description'")
        .hasMessageContaining("lone surrogate at character 2");
  }

  @Test
  void write_listsAreOneElementPerLineWithEscapes() {
    String csv = PlanCsv.write(SAMPLE);
    assertThat(csv)
        .contains("\"Improved outcomes for children in need of help\nStable workforce\"");
    assertThat(csv).contains("\"3\n10.1\n2.1.3\"");
    assertThat(PlanCsvWriter.joinLines(List.of("a\\b", "c\nd"))).isEqualTo("a\\\\b\nc\\nd");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=SUM(A1:A9)|'=SUM(A1:A9)",
        "+44 1752|'+44 1752",
        "-5|'-5",
        "@cmd|'@cmd",
        "'quoted|''quoted",
        "plain|plain",
        "a=b|a=b",
      })
  void neutralise_formulaLikeCells_getAnApostropheThatReadingRemoves(String cell, String written) {
    assertThat(PlanCsvWriter.neutralise(cell)).isEqualTo(written);
    assertThat(PlanCsvWriter.restore(written)).isEqualTo(cell);
  }

  @Test
  void neutralise_tabAndCarriageReturn() {
    assertThat(PlanCsvWriter.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(PlanCsvWriter.neutralise("\rx")).isEqualTo("'\rx");
  }

  @Test
  void write_formulaInDescription_isNeutralisedInTheFile() {
    String csv = PlanCsv.write(SAMPLE);
    assertThat(csv).contains("\"'=Formula-looking \"\"quoted\"\" text");
    assertThat(csv).doesNotContain(",=Formula");
  }

  @Test
  void read_rowsInAnotherOrder_rebuildTheSamePlanWhenGroupsKeepTheirOrder() {
    List<String> lines = records(PlanCsv.write(SAMPLE));
    List<String> reordered = new ArrayList<>(lines.subList(0, 1));
    reordered.add(lines.get(5));
    reordered.addAll(lines.subList(1, 5));
    assertThat(PlanCsv.read(String.join("\r\n", reordered))).isEqualTo(SAMPLE);
  }

  @Test
  void read_areasInterleaved_rebuildTheSamePlan() {
    // Rows of different areas interleaved at random, each area's rows in their order: the
    // reader may meet an area or action again after others and must still find and check it.
    qt().withExamples(60)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans()), longs().all())
        .checkAssert(
            (plan, seed) -> {
              List<TableRow> rows =
                  CsvTables.read(PlanCsv.write(plan), "p.csv", CsvOptions.defaults()).rows();
              Map<String, Deque<List<String>>> byArea = new LinkedHashMap<>();
              for (TableRow r : rows.subList(1, rows.size())) {
                byArea.computeIfAbsent(r.cells().get(0), k -> new ArrayDeque<>()).add(r.cells());
              }
              List<List<String>> mixed = new ArrayList<>(List.of(rows.get(0).cells()));
              List<Deque<List<String>>> left = new ArrayList<>(byArea.values());
              Random random = new Random(seed);
              while (!left.isEmpty()) {
                Deque<List<String>> area = left.get(random.nextInt(left.size()));
                mixed.add(area.removeFirst());
                left.removeIf(Deque::isEmpty);
              }
              assertThat(PlanCsv.read(quotedCsv(mixed))).isEqualTo(plan);
            });
  }

  /** Writes rows with every cell quoted, as some spreadsheet programs save them. */
  private static String quotedCsv(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        sb.append(i == 0 ? "" : ",").append('"').append(row.get(i).replace("\"", "\"\""));
        sb.append('"');
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  @Test
  void read_columnsInAnotherOrder_areFoundByHeading() {
    // Swap the first two columns of every record.
    StringBuilder sb = new StringBuilder();
    for (String line :
        records(
            PlanCsv.write(
                ImprovementPlan.builder().title("T").asAt(LocalDate.of(2015, 3, 31)).build()))) {
      List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
      Collections.swap(cells, 0, 1);
      sb.append(String.join(",", cells)).append("\r\n");
    }
    assertThat(PlanCsv.read(sb.toString()).title()).isEqualTo("T");
  }

  @Test
  void read_contradictoryAreaTitle_namesRowAndColumn() {
    List<String> lines = records(PlanCsv.write(SAMPLE));
    lines.set(3, lines.get(3).replaceFirst("^1,Ensure", "1,Make sure"));
    String csv = String.join("\r\n", lines);
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> PlanCsv.read(csv, PlanCsv.Options.defaults().withSource("plan.csv")));
    assertThat(e.location().row()).hasValue(4);
    assertThat(e.location().column()).contains("Area title");
    assertThat(e.source()).contains("plan.csv");
    assertThat(e.getMessage())
        .contains("contradicts row 2")
        .contains("plan.csv, row 4")
        .contains("Make sure");
  }

  @Test
  void read_contradictoryActionField_namesRowAndColumn() {
    List<String> lines = records(PlanCsv.write(SAMPLE));
    lines.set(3, lines.get(3).replace(",AMBER,", ",RED,"));
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PlanCsv.read(String.join("\r\n", lines)));
    assertThat(e.location().row()).hasValue(4);
    assertThat(e.location().column()).contains("RAG");
    assertThat(e.text()).contains("RED");
    assertThat(e.expected().orElseThrow()).contains("AMBER");
  }

  @Test
  void read_contradictoryPlanTitle_namesRowAndColumn() {
    List<String> lines = records(PlanCsv.write(SAMPLE));
    lines.set(6 - 1, lines.get(5).replace("Children's Services", "Adult Services"));
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PlanCsv.read(String.join("\r\n", lines)));
    assertThat(e.location().row()).hasValue(6);
    assertThat(e.location().column()).contains("Plan title");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ",MONTH,|,MONTHLY,|Target kind|cannot read Target kind",
        ",1.1.1,|,1.2.1,|Milestone|does not belong to action 1.1",
        ",2015-03-01/2015-03-31,|,2015-03-31/2015-03-01,|Target periods|cannot read Target periods",
        ",COMPLETE,|,NOT_REPORTED,|Status|invalid status",
        ",1.1,|,2.1,|Action|does not belong to area 1",
      })
  void read_badCell_namesRowColumnTextAndExpectation(
      String from, String to, String column, String problem) {
    List<String> lines = records(PlanCsv.write(SAMPLE));
    lines.set(1, lines.get(1).replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PlanCsv.read(String.join("\r\n", lines)));
    assertThat(e).as("error for %s", to).isNotNull();
    assertThat(e.location().row()).hasValue(2);
    assertThat(e.location().column()).contains(column);
    assertThat(e.getMessage()).contains(problem);
  }

  @Test
  void read_duplicateMilestone_namesBothRows() {
    List<String> lines = records(PlanCsv.write(SAMPLE));
    lines.add(3, lines.get(1));
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PlanCsv.read(String.join("\r\n", lines)));
    assertThat(e.location().row()).hasValue(4);
    assertThat(e.getMessage()).contains("first in row 2");
  }

  @Test
  void read_missingOrUnknownColumn_isAnError() {
    String csv = PlanCsv.write(SAMPLE);
    assertThatThrownBy(() -> PlanCsv.read(csv.replaceFirst("Recurrence", "Repeat")))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("unknown column")
        .hasMessageContaining("Repeat");
    assertThatThrownBy(() -> PlanCsv.read("Area,Area title\r\n1,x\r\n"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("missing column");
  }

  @Test
  void read_shortRow_isAnErrorNamingTheRow() {
    List<String> lines = records(PlanCsv.write(SAMPLE));
    lines.set(2, "1,Ensure");
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PlanCsv.read(String.join("\r\n", lines)));
    assertThat(e.location().row()).hasValue(3);
    assertThat(e.getMessage()).contains("2 cells");
  }

  @Test
  void read_emptyRow_isSkippedWithAWarning() {
    List<String> lines = records(PlanCsv.write(SAMPLE));
    lines.add(2, ",".repeat(PlanCsv.Column.values().length - 1));
    ReadResult<ImprovementPlan> r =
        PlanCsv.read(String.join("\r\n", lines), PlanCsv.Options.defaults());
    assertThat(r.value()).isEqualTo(SAMPLE);
    assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.row()).hasValue(3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\r\n"})
  void read_empty_isAnError(String csv) {
    assertThatThrownBy(() -> PlanCsv.read(csv)).isInstanceOf(PlanFormatException.class);
  }

  @Test
  void read_headerOnly_isAnError() {
    assertThatThrownBy(() -> PlanCsv.read(header() + "\r\n"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("no data rows");
  }

  @Test
  void read_truncatedAtAnyPoint_isAFormatErrorOrAShorterPlanNeverAnotherException() {
    String csv = PlanCsv.write(SAMPLE);
    for (int cut = 0; cut < csv.length(); cut += 11) {
      String prefix = csv.substring(0, cut);
      try {
        PlanCsv.read(prefix);
      } catch (PlanFormatException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void read_mutatedSheets_failOnlyWithFormatErrors() {
    String csv = PlanCsv.write(SAMPLE);
    String alphabet = ",\"\r\n'=\\;0123456789./-xNONEMONTH[]{}:";
    qt().withExamples(1000)
        .forAll(integers().all())
        .checkAssert(
            seed -> {
              String mutated = TextMutations.mutate(csv, alphabet, seed);
              try {
                PlanCsv.read(mutated);
              } catch (PlanFormatException e) {
                assertThat(e.getMessage()).isNotBlank();
                assertThat(e.location().isUnknown()).isFalse();
              }
            });
  }

  @Test
  void read_windows1252Bytes_isRejectedAsNotUtf8() {
    String csv = PlanCsv.write(SAMPLE).replace("Plymouth City Council", "Café Council");
    byte[] bytes = csv.getBytes(Charset.forName("windows-1252"));
    assertThatThrownBy(
            () -> PlanCsv.read(new ByteArrayInputStream(bytes), PlanCsv.Options.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void read_windows1252DecodedByTheCaller_isRead() {
    String csv = PlanCsv.write(SAMPLE).replace("Plymouth City Council", "Café Council");
    byte[] bytes = csv.getBytes(Charset.forName("windows-1252"));
    ImprovementPlan plan =
        PlanCsv.read(
                new InputStreamReader(
                    new ByteArrayInputStream(bytes), Charset.forName("windows-1252")),
                PlanCsv.Options.defaults())
            .value();
    assertThat(plan.organisation()).contains("Café Council");
  }

  @Test
  void read_hundredMegabyteCell_isRejectedAtTheCellLimit() {
    // The fence refuses the first byte past the cell limit and a megabyte of buffers: the
    // reader's own limit must come first.
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () ->
                PlanCsv.read(
                    new LimitedInputStream(
                        TestFiles.endless(header() + "\r\n\"", "a", 100L * 1024 * 1024),
                        PlanCsv.Options.DEFAULT_MAX_CELL_LENGTH + (1 << 20),
                        "test fence bytes",
                        InputLocation.unknown()),
                    PlanCsv.Options.defaults()));
    assertThat(e.limit()).isEqualTo(PlanCsv.Options.DEFAULT_MAX_CELL_LENGTH);
    assertThat(e.location().row()).hasValue(2);
  }

  @Test
  void read_tooManyRows_isRejected() {
    String row = records(PlanCsv.write(SAMPLE)).get(5);
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () ->
                PlanCsv.read(
                    TestFiles.endless(header() + "\r\n", row + "\r\n", 100L * 1024 * 1024),
                    PlanCsv.Options.defaults()
                        .withLimits(
                            PlanCsv.Options.DEFAULT_LIMITS
                                .withMaxRows(1000)
                                .withMaxCellChars(1000)
                                .withMaxInputBytes(1L << 30))));
    assertThat(e.limit()).isEqualTo(1000);
    assertThat(e.getMessage()).contains("row count");
  }

  @Test
  void read_tooLongInput_isRejected() {
    assertThatThrownBy(
            () ->
                PlanCsv.read(
                    PlanCsv.write(SAMPLE),
                    PlanCsv.Options.defaults()
                        .withLimits(
                            PlanCsv.Options.DEFAULT_LIMITS
                                .withMaxRows(100)
                                .withMaxCellChars(1000)
                                .withMaxInputBytes(500))))
        .isInstanceOf(InputLimitException.class)
        .hasMessageContaining("500");
  }

  @Test
  void readAndWrite_path_roundTrip(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.csv");
    PlanCsv.write(SAMPLE, file, PlanCsv.Options.defaults().withByteOrderMark(true));
    assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(PlanCsv.read(file, PlanCsv.Options.defaults()).value()).isEqualTo(SAMPLE);
    Files.writeString(file, "Area\r\n\"unterminated", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PlanCsv.read(file, PlanCsv.Options.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("plan.csv");
  }

  @Test
  void options_rejectBadDelimitersAndLimits() {
    assertThatThrownBy(() -> PlanCsv.Options.defaults().withDelimiter('"'))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PlanCsv.Options.defaults()
                    .withLimits(
                        PlanCsv.Options.DEFAULT_LIMITS
                            .withMaxRows(0)
                            .withMaxCellChars(1)
                            .withMaxInputBytes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PlanCsv.Options.defaults().withDelimiter(';').delimiter()).isEqualTo(';');
  }

  @Test
  void read_streamOverTheByteLimit_isRefusedEvenWhenItsCharactersAreFewer() {
    // Every 'é' is two bytes: the characters fit the limit, the bytes do not.
    String csv = PlanCsv.write(SAMPLE).replace("Plymouth", "\u00e9".repeat(400));
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    PlanCsv.Options options =
        PlanCsv.Options.defaults()
            .withLimits(PlanCsv.Options.DEFAULT_LIMITS.withMaxInputBytes(csv.length() + 1));
    assertThat(PlanCsv.read(csv, options).value().organisation()).isPresent();
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> PlanCsv.read(new ByteArrayInputStream(bytes), options));
    assertThat(e.limit()).isEqualTo(csv.length() + 1L);
  }
}
