package org.improvementframework.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.excel.WorkbookFormatException.Reason;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the committed trackers: what a user sees in the spreadsheet is what a row holds. */
class WorkbooksTest {

  private static final Path ACTIONS =
      TrackerWorkbooks.FOLDER.resolve(TrackerWorkbooks.ACTION_PER_ROW);
  private static final Path AREAS =
      TrackerWorkbooks.FOLDER.resolve(TrackerWorkbooks.AREA_PER_SHEET);

  @Test
  void actionPerRow_rowsAreTheSheetsOwnRowsWithTheirText() throws IOException {
    List<TableRow> rows = TrackerWorkbooksTest.rows(ACTIONS);
    assertThat(rows)
        .extracting(TableRow::number)
        .containsExactly(1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 16L);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.source()).isEqualTo("action-per-row.xlsx");
              assertThat(r.sheet()).isEqualTo("Improvement plan");
            });
    assertThat(row(rows, 4).cells())
        .containsExactly("Ref", "Action", "Lead", "Due date", "RAG", "Progress update", "QA notes");
    assertThat(row(rows, 6).cells())
        .containsExactly(
            "1.1",
            "Introduce a daily threshold meeting chaired by a team manager",
            "Head of Safeguarding",
            "2024-09-30",
            "Green",
            "Daily meetings in place since September; audit of 40 contacts in October",
            "checked");
  }

  @Test
  void actionPerRowXls_givesTheRowsOfTheXlsxCellForCell() throws IOException {
    List<TableRow> xls =
        TrackerWorkbooksTest.rows(
            TrackerWorkbooks.FOLDER.resolve(TrackerWorkbooks.ACTION_PER_ROW_XLS));
    List<TableRow> xlsx = TrackerWorkbooksTest.rows(ACTIONS);
    assertThat(xls).extracting(TableRow::source).containsOnly("action-per-row.xls");
    assertThat(xls)
        .extracting(r -> r.sheet() + " " + r.number() + " " + r.hidden() + " " + r.cells())
        .containsExactlyElementsOf(
            xlsx.stream()
                .map(r -> r.sheet() + " " + r.number() + " " + r.hidden() + " " + r.cells())
                .toList());
  }

  @Test
  void actionPerRow_datesAsSerialNumbersAreIsoAndDatesAsTextStayText() throws IOException {
    List<TableRow> rows = TrackerWorkbooksTest.rows(ACTIONS);
    assertThat(row(rows, 10).cell(3)).isEqualTo("2025-03-31");
    assertThat(row(rows, 11).cell(3)).isEqualTo("31/01/2025");
    assertThat(row(rows, 7).cell(3)).isEqualTo("Monthly from Oct 24");
    assertThat(row(rows, 14).cell(3)).isEqualTo("TBC");
  }

  @Test
  void actionPerRow_hiddenRowIsReadFlaggedAndWarned() throws IOException {
    try (Workbook book = Workbooks.open(ACTIONS, WorkbookOptions.defaults());
        TableReader reader = book.sheet("Improvement plan")) {
      List<TableRow> rows = drain(reader);
      assertThat(rows)
          .filteredOn(TableRow::hidden)
          .extracting(TableRow::number)
          .containsExactly(8L);
      assertThat(row(rows, 8).cell(5)).isEqualTo("Superseded by 1.1");
      assertThat(reader.warnings())
          .extracting(ReadWarning::toString)
          .containsExactlyInAnyOrder(
              "action-per-row.xlsx, sheet 'Improvement plan': hidden column G: read like the"
                  + " others",
              "action-per-row.xlsx, sheet 'Improvement plan', row 8: hidden row: read like the"
                  + " others");
    }
  }

  @Test
  void actionPerRow_formulaIsReadByItsCachedValue() throws IOException {
    assertThat(row(TrackerWorkbooksTest.rows(ACTIONS), 16).cells())
        .containsExactly("", "Actions rated red", "2");
  }

  @Test
  void mergedCells_repeatDownTheFirstColumnOnly_orStayAtTopLeftAsAsked() throws IOException {
    String title = "Northbrook Borough Council - Children's Services Improvement Plan 2024-25";
    assertThat(row(TrackerWorkbooksTest.rows(ACTIONS), 1).cells()).containsExactly(title);
    List<TableRow> topLeft =
        TrackerWorkbooksTest.rows(
            AREAS, WorkbookOptions.defaults().withMergedCells(MergedCells.TOP_LEFT));
    assertThat(topLeft.subList(2, 7))
        .extracting(r -> r.cell(0))
        .containsExactly("1. Quality of child protection practice", "", "", "", "");
  }

  @Test
  void areaPerSheet_everySheetInTabOrderWithMergedAreaAndActionOnEveryRow() throws IOException {
    try (Workbook book = Workbooks.open(AREAS, WorkbookOptions.defaults())) {
      assertThat(book.sheetNames()).containsExactly("Area 1", "Area 2");
    }
    List<TableRow> rows = TrackerWorkbooksTest.rows(AREAS);
    assertThat(rows)
        .extracting(TableRow::sheet)
        .containsExactly(
            "Area 1", "Area 1", "Area 1", "Area 1", "Area 1", "Area 1", "Area 1", "Area 2",
            "Area 2", "Area 2", "Area 2", "Area 2");
    List<TableRow> one = rows.subList(0, 7);
    assertThat(one)
        .extracting(r -> r.cell(0))
        .containsExactly(
            "Westmere City Council - Improvement Plan - Area 1",
            "Area",
            "1. Quality of child protection practice",
            "1. Quality of child protection practice",
            "1. Quality of child protection practice",
            "1. Quality of child protection practice",
            "1. Quality of child protection practice");
    assertThat(one)
        .extracting(r -> r.cell(1))
        .containsExactly(
            "",
            "Action",
            "1.1 Strengthen supervision",
            "1.1 Strengthen supervision",
            "1.1 Strengthen supervision",
            "1.2 Child protection plans are SMART",
            "1.2 Child protection plans are SMART");
    assertThat(one)
        .extracting(r -> r.cell(5))
        .containsExactly(
            "", "Target date", "2024-07-31", "Sept 2024", "2024-11-30", "2024-05-31", "Q3 2024/25");
    assertThat(rows.get(11).hidden()).isTrue();
    assertThat(rows.get(11).cell(0)).isEqualTo("2. Placement sufficiency");
  }

  @Test
  void sheet_unknownName_namesTheSheetsThereAre() throws IOException {
    try (Workbook book = Workbooks.open(AREAS, WorkbookOptions.defaults())) {
      assertThatThrownBy(() -> book.sheet("Area 3"))
          .isInstanceOfSatisfying(
              WorkbookFormatException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_SHEET))
          .hasMessageContaining("'Area 3'")
          .hasMessageContaining("[Area 1, Area 2]");
    }
  }

  @Test
  void looksLikeWorkbook_byContentNotName() throws IOException {
    assertThat(Workbooks.looksLikeWorkbook(AREAS)).isTrue();
    assertThat(
            Workbooks.looksLikeWorkbook(
                Path.of("src/test/java/org/improvementframework/excel/WorkbooksTest.java")))
        .isFalse();
  }

  @Test
  void escapedCharacters_areDecodedAsSpreadsheetProgramsWriteThem(@TempDir Path dir)
      throws IOException {
    Path file =
        MinimalXlsx.writeRows(
            dir.resolve("escapes.xlsx"),
            "<row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>line_x000D_end</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>_x005F_x0041_</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>file_x41_v2</t></is></c></row>");
    assertThat(TrackerWorkbooksTest.rows(file).get(0).cells())
        .containsExactly("line\rend", "_x0041_", "file_x41_v2");
  }

  private static TableRow row(List<TableRow> rows, long number) {
    return rows.stream().filter(r -> r.number() == number).findFirst().orElseThrow();
  }

  static List<TableRow> drain(TableReader reader) throws IOException {
    List<TableRow> rows = new ArrayList<>();
    for (Optional<TableRow> row = reader.next(); row.isPresent(); row = reader.next()) {
      rows.add(row.get());
    }
    return rows;
  }
}
