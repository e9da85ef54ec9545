package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of reading generated tables in the action-rows layout. */
class PlanTablesPropertyTest {

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "su", "tor", "vel", "ash", "brin", "cot", "dal", "fen", "gor", "hul",
    "ist"
  };
  private static final String[] DATES = {
    "30/06/2016", "Sep-16", "March 2017", "Q4 2016/17", "TBC", "", "Ongoing", "by the spring"
  };
  private static final String[] RAGS = {"R", "A", "G", "", "Amber"};
  private static final String HEADER = "Ref,Action,Lead,Due date,RAG,Progress update";

  /** A word of two or three invented syllables, so that no word is a keyword of the reader. */
  static Gen<String> word() {
    return integers()
        .between(0, SYLLABLES.length - 1)
        .zip(
            integers().between(0, SYLLABLES.length - 1),
            integers().between(0, SYLLABLES.length),
            (a, b, c) -> SYLLABLES[a] + SYLLABLES[b] + (c == SYLLABLES.length ? "" : SYLLABLES[c]));
  }

  static Gen<String> words(int max) {
    return lists().of(word()).ofSizeBetween(1, max).map(w -> String.join(" ", w));
  }

  /** One action row: its cells. */
  static Gen<List<String>> actionRow() {
    return words(6)
        .zip(
            words(2),
            integers().between(0, DATES.length - 1),
            integers().between(0, RAGS.length - 1),
            words(8),
            (action, lead, date, rag, progress) ->
                List.of(action, lead, DATES[date], RAGS[rag], progress));
  }

  /** A table: a title, the header, and areas of actions with references. */
  static Gen<String> tables() {
    Gen<List<List<List<String>>>> areas =
        lists().of(lists().of(actionRow()).ofSizeBetween(1, 4)).ofSizeBetween(1, 3);
    return words(5).zip(areas, PlanTablesPropertyTest::render);
  }

  static String render(String title, List<List<List<String>>> areas) {
    StringBuilder sb =
        new StringBuilder(csv(List.of(title + " progress at July 2016")))
            .append('\n')
            .append(HEADER)
            .append('\n');
    for (int a = 0; a < areas.size(); a++) {
      sb.append(csv(List.of("Area " + (a + 1) + ": " + title.split(" ")[0] + " " + a)))
          .append('\n');
      for (int k = 0; k < areas.get(a).size(); k++) {
        List<String> cells = new ArrayList<>();
        cells.add((a + 1) + "." + (k + 1));
        cells.addAll(areas.get(a).get(k));
        sb.append(csv(cells)).append('\n');
      }
    }
    return sb.toString();
  }

  static String csv(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String c : cells) {
      quoted.add("\"" + c.replace("\"", "\"\"") + "\"");
    }
    return String.join(",", quoted);
  }

  static ReadResult<ImprovementPlan> read(String text) {
    CsvTables.Table t = CsvTables.read(text, "generated.csv", CsvOptions.defaults());
    return PlanTables.read(
        TableReader.of(t.rows()),
        LayoutOptions.defaults().withReportingDate(LocalDate.of(2016, 7, 31)));
  }

  @Test
  void read_generatedActionRows_dropsNoWord() {
    qt().withExamples(150)
        .forAll(tables())
        .checkAssert(
            text -> {
              ReadResult<ImprovementPlan> r = read(text);
              assertThat(Words.dropped(text, r, List.of(HEADER, "Area"))).as(text).isEmpty();
            });
  }

  @Test
  void read_generatedActionRows_givesEveryRowOneActionWithOneMilestone() {
    qt().withExamples(150)
        .forAll(tables())
        .checkAssert(
            text -> {
              ImprovementPlan plan = read(text).value();
              long dataRows = text.lines().filter(l -> l.matches("^\"\\d+\\.\\d+\".*")).count();
              assertThat(plan.areas().stream().mapToLong(a -> a.actions().size()).sum())
                  .isEqualTo(dataRows);
              assertThat(plan.areas())
                  .allSatisfy(
                      (Area a) ->
                          assertThat(a.actions())
                              .allSatisfy(ac -> assertThat(ac.milestones()).hasSize(1)));
            });
  }

  @Test
  void read_generatedActionRows_keepsTheAreasInOrder() {
    qt().withExamples(100)
        .forAll(tables())
        .checkAssert(
            text -> {
              List<String> headings =
                  text.lines()
                      .filter(l -> l.startsWith("\"Area "))
                      .map(l -> l.substring(l.indexOf(": ") + 2, l.length() - 1))
                      .toList();
              ImprovementPlan plan = read(text).value();
              assertThat(plan.areas()).extracting(Area::title).containsExactlyElementsOf(headings);
              assertThat(plan.areas())
                  .extracting(Area::number)
                  .containsExactlyElementsOf(
                      IntStream.rangeClosed(1, headings.size()).boxed().toList());
            });
  }

  static List<TableRow> rows(String text) {
    return CsvTables.read(text, "generated.csv", CsvOptions.defaults()).rows();
  }

  static String planOf(List<TableRow> rows) {
    return PlanDump.of(
        PlanTables.read(
                TableReader.of(rows),
                LayoutOptions.defaults().withReportingDate(LocalDate.of(2016, 7, 31)))
            .value());
  }

  @Test
  void read_eachAreaOnItsOwnSheetUnderItsOwnTitleAndHeader_isTheSamePlan() {
    qt().withExamples(100)
        .forAll(tables())
        .checkAssert(
            text -> {
              List<TableRow> one = rows(text);
              List<TableRow> sheets = new ArrayList<>();
              int sheet = 1;
              long number = 0;
              for (TableRow r : one) {
                if (r.cell(0).startsWith("Area ") && r.number() > 3) {
                  sheet++;
                  number = 0;
                  sheets.add(row(sheet, ++number, List.of("Sheet title " + sheet)));
                  sheets.add(row(sheet, ++number, one.get(1).cells()));
                }
                sheets.add(row(sheet, ++number, r.cells()));
              }
              assertThat(planOf(sheets)).as(text).isEqualTo(planOf(one));
            });
  }

  @Test
  void read_areaHeadingBesideItsNumber_isTheSamePlanAsTheHeadingAlone() {
    qt().withExamples(100)
        .forAll(tables())
        .checkAssert(
            text -> {
              List<TableRow> alone = rows(text);
              List<TableRow> numbered = new ArrayList<>();
              int area = 0;
              for (TableRow r : alone) {
                List<String> cells = r.cells();
                if (r.cell(0).startsWith("Area ")) {
                  cells = List.of(String.valueOf(++area), r.cell(0));
                }
                numbered.add(new TableRow(r.source(), r.sheet(), r.number(), cells, false));
              }
              assertThat(planOf(numbered)).as(text).isEqualTo(planOf(alone));
            });
  }

  private static TableRow row(int sheet, long number, List<String> cells) {
    return new TableRow("generated.xlsx", "Sheet " + sheet, number, cells, false);
  }
}
