package org.improvementframework.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.layout.LayoutOptions;
import org.improvementframework.io.layout.PlanDump;
import org.improvementframework.io.layout.PlanTables;
import org.improvementframework.io.layout.Words;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

/**
 * The committed trackers read as plans, item by item and exactly: every area, action, milestone,
 * lead, target, status and RAG, every warning, and nothing dropped (every word of the workbook is
 * in the plan or in a warning).
 */
class TrackerPlansTest {

  static ReadResult<ImprovementPlan> read(Path file, LayoutOptions options) throws IOException {
    try (Workbook book = Workbooks.open(file, WorkbookOptions.defaults());
        TableReader rows = book.allSheets()) {
      return PlanTables.read(rows, options.withSource(file.getFileName().toString()));
    }
  }

  static String expected(String name) throws IOException {
    try (InputStream in = TrackerPlansTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String dump(ReadResult<ImprovementPlan> r) {
    return PlanDump.of(r.value())
        + r.warnings().stream().map(w -> "warning " + w + "\n").collect(Collectors.joining());
  }

  /** Every word of every cell of the workbook, as a user sees it. */
  static String words(Path file) throws IOException {
    return TrackerWorkbooksTest.rows(file).stream()
        .map(r -> String.join(" ", r.cells()))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void actionPerRow_areaHeadingRowsAreAreasAndTheTotalRowIsANote() throws IOException {
    Path file = TrackerWorkbooks.FOLDER.resolve(TrackerWorkbooks.ACTION_PER_ROW);
    ReadResult<ImprovementPlan> r = read(file, LayoutOptions.defaults());

    assertThat(dump(r)).isEqualTo(expected("action-per-row.xlsx.plan.txt"));
    assertThat(r.value().asAt()).isEqualTo(LocalDate.of(2024, 10, 31));
    // The header row's names are the layout's, not the plan's.
    assertThat(Words.dropped(words(file), r, List.of("Ref Due date Progress update"))).isEmpty();
  }

  @Test
  void actionPerRowXls_isTheSamePlanWithTheSameWarningsAsTheXlsx() throws IOException {
    Path file = TrackerWorkbooks.FOLDER.resolve(TrackerWorkbooks.ACTION_PER_ROW_XLS);
    ReadResult<ImprovementPlan> r = read(file, LayoutOptions.defaults());

    assertThat(dump(r).replace("action-per-row.xls,", "action-per-row.xlsx,"))
        .isEqualTo(expected("action-per-row.xlsx.plan.txt"));
  }

  @Test
  void areaPerSheet_oneAreaPerSheetAndNoMilestoneFromTheSecondSheetsTitle() throws IOException {
    Path file = TrackerWorkbooks.FOLDER.resolve(TrackerWorkbooks.AREA_PER_SHEET);
    ReadResult<ImprovementPlan> r =
        read(file, LayoutOptions.defaults().withReportingDate(LocalDate.of(2024, 10, 31)));

    assertThat(dump(r)).isEqualTo(expected("area-per-sheet.xlsx.plan.txt"));
    assertThat(r.warnings())
        .extracting(ReadWarning::problem)
        .contains("a title row above the header row of sheet 'Area 2'");
    assertThat(Words.dropped(words(file), r, List.of("Ref Target date"))).isEmpty();
  }

  @Test
  void areaPerSheet_withoutAReportingDate_saysHowToGiveOne() {
    Path file = TrackerWorkbooks.FOLDER.resolve(TrackerWorkbooks.AREA_PER_SHEET);
    assertThatThrownBy(() -> read(file, LayoutOptions.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("area-per-sheet.xlsx")
        .hasMessageContaining("reporting date");
  }
}
