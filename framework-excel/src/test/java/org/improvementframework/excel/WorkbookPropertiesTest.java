package org.improvementframework.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Laws of the workbook reader, each over workbooks written by POI's own writer: text read back is
 * the text written (nothing lost, nothing reordered), numbers and dates read as a user sees them,
 * merged ranges filled without replacing text, and sheets read the same whether one at a time, in
 * any order, or all together.
 */
class WorkbookPropertiesTest {

  private static final int EXAMPLES = 20;

  @TempDir Path dir;

  private static Gen<String> cellText() {
    return strings()
        .betweenCodePoints(0x20, 0x2FFF)
        .ofLengthBetween(0, 12)
        .mix(
            arbitrary()
                .pick(
                    "file_x41_v2",
                    "007",
                    " leading space",
                    "two\nlines",
                    "1.10",
                    "=SUM(A1)",
                    "Sept 2015",
                    "31/03/2016",
                    ""),
            30);
  }

  private static Gen<List<List<String>>> grids() {
    return lists().of(lists().of(cellText()).ofSizeBetween(0, 6)).ofSizeBetween(1, 8);
  }

  @Test
  void textWritten_isReadBackInOrder_nothingLost() {
    qt().withExamples(EXAMPLES)
        .forAll(grids())
        .checkAssert(
            grid -> {
              Path file = write(book -> grid(book.createSheet("S"), grid));
              assertThat(trimmed(read(file, WorkbookOptions.defaults())))
                  .isEqualTo(trimmedGrid(grid));
            });
  }

  @Test
  void numbers_readAsExcelShowsThem() {
    Gen<BigDecimal> decimals =
        longs()
            .between(-999_999_999_999_999L, 999_999_999_999_999L)
            .zip(integers().between(-6, 12), BigDecimal::valueOf);
    qt().withExamples(EXAMPLES * 3)
        .forAll(decimals)
        .checkAssert(
            n -> {
              Path file =
                  write(
                      book ->
                          book.createSheet("S")
                              .createRow(0)
                              .createCell(0)
                              .setCellValue(n.doubleValue()));
              String expected = n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
              assertThat(read(file, WorkbookOptions.defaults()).get(0).cell(0)).isEqualTo(expected);
            });
  }

  @Test
  void datesInADateFormat_readAsIsoDates() {
    long first = LocalDate.of(1900, 3, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    qt().withExamples(EXAMPLES * 3)
        .forAll(longs().between(first, last))
        .checkAssert(
            day -> {
              LocalDate date = LocalDate.ofEpochDay(day);
              Path file =
                  write(
                      book -> {
                        CellStyle style = book.createCellStyle();
                        style.setDataFormat(
                            book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                        var cell = book.createSheet("S").createRow(0).createCell(0);
                        cell.setCellValue(date);
                        cell.setCellStyle(style);
                      });
              assertThat(read(file, WorkbookOptions.defaults()).get(0).cell(0))
                  .isEqualTo(date.toString());
            });
  }

  @Test
  void mergedRange_repeatsTopLeftDownItsFirstColumn_orLeavesItAsked() {
    Gen<int[]> ranges =
        integers()
            .between(0, 5)
            .zip(
                integers().between(0, 4),
                integers().between(0, 3),
                integers().between(0, 3),
                (r, c, h, w) -> new int[] {r, c, r + h, c + w});
    qt().withExamples(EXAMPLES)
        .forAll(grids(), ranges)
        .checkAssert(
            (grid, m) -> {
              List<List<String>> written = new ArrayList<>();
              for (int r = 0; r <= Math.max(m[2], grid.size() - 1); r++) {
                List<String> row = new ArrayList<>(r < grid.size() ? grid.get(r) : List.of());
                for (int c = m[1]; c <= m[3]; c++) {
                  while (row.size() <= c) {
                    row.add("");
                  }
                  // Excel keeps only the top-left cell's text when cells are merged.
                  if (r >= m[0] && r <= m[2]) {
                    row.set(c, r == m[0] && c == m[1] ? "Area 1" : "");
                  }
                }
                written.add(row);
              }
              Path file =
                  write(
                      book -> {
                        Sheet sheet = book.createSheet("S");
                        grid(sheet, written);
                        if (m[2] > m[0] || m[3] > m[1]) {
                          sheet.addMergedRegion(new CellRangeAddress(m[0], m[2], m[1], m[3]));
                        }
                      });
              List<TableRow> repeated = read(file, WorkbookOptions.defaults());
              for (TableRow row : repeated) {
                int r = (int) row.number() - 1;
                for (int c = 0; c < Math.max(row.cells().size(), written.get(r).size()); c++) {
                  boolean inRange = r >= m[0] && r <= m[2] && c == m[1];
                  String expected = c < written.get(r).size() ? written.get(r).get(c) : "";
                  assertThat(row.cell(c)).isEqualTo(inRange ? "Area 1" : expected);
                }
              }
              assertThat(
                      trimmed(
                          read(
                              file,
                              WorkbookOptions.defaults().withMergedCells(MergedCells.TOP_LEFT))))
                  .isEqualTo(trimmedGrid(written));
            });
  }

  @Test
  void sheets_readAloneInAnyOrder_orAllTogether_giveTheSameRows() {
    qt().withExamples(EXAMPLES / 2)
        .forAll(lists().of(grids()).ofSizeBetween(1, 4))
        .checkAssert(
            sheets -> {
              Path file =
                  write(
                      book -> {
                        for (int i = 0; i < sheets.size(); i++) {
                          grid(book.createSheet("Area " + (i + 1)), sheets.get(i));
                        }
                      });
              try (Workbook book = Workbooks.open(file, WorkbookOptions.defaults())) {
                List<String> names = new ArrayList<>(book.sheetNames());
                List<TableRow> all;
                try (TableReader reader = book.allSheets()) {
                  all = WorkbooksTest.drain(reader);
                }
                Collections.reverse(names);
                List<TableRow> alone = new ArrayList<>();
                for (String name : names) {
                  try (TableReader reader = book.sheet(name)) {
                    alone.addAll(0, WorkbooksTest.drain(reader));
                  }
                }
                assertThat(alone).isEqualTo(all);
                assertThat(all).extracting(TableRow::sheet).isSortedAccordingTo(String::compareTo);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void hiddenRows_areFlaggedExactly_andWarnedWithinABound() {
    Gen<Set<Integer>> hiddenSets =
        lists().of(integers().between(0, 59)).ofSizeBetween(0, 40).map(TreeSet::new);
    qt().withExamples(EXAMPLES)
        .forAll(hiddenSets)
        .checkAssert(
            hidden -> {
              Path file =
                  write(
                      book -> {
                        Sheet sheet = book.createSheet("S");
                        for (int r = 0; r < 60; r++) {
                          Row row = sheet.createRow(r);
                          row.createCell(0).setCellValue("Milestone " + r);
                          row.setZeroHeight(hidden.contains(r));
                        }
                      });
              try (Workbook book = Workbooks.open(file, WorkbookOptions.defaults());
                  TableReader reader = book.sheet("S")) {
                List<TableRow> rows = WorkbooksTest.drain(reader);
                assertThat(rows).hasSize(60);
                assertThat(rows)
                    .filteredOn(TableRow::hidden)
                    .extracting(r -> (int) r.number() - 1)
                    .containsExactlyElementsOf(hidden);
                int kept = Math.min(hidden.size(), WarningLog.PER_KIND);
                assertThat(reader.warnings()).hasSize(kept + (hidden.size() > kept ? 1 : 0));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Writes a workbook. */
  private interface BookWriter {
    void write(XSSFWorkbook book) throws IOException;
  }

  private Path write(BookWriter writer) {
    try {
      Path file = Files.createTempFile(dir, "property", ".xlsx");
      try (XSSFWorkbook book = new XSSFWorkbook();
          OutputStream out = Files.newOutputStream(file)) {
        writer.write(book);
        book.write(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void grid(Sheet sheet, List<List<String>> grid) {
    for (int r = 0; r < grid.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < grid.get(r).size(); c++) {
        if (!grid.get(r).get(c).isEmpty()) {
          row.createCell(c).setCellValue(grid.get(r).get(c));
        }
      }
    }
  }

  private static List<TableRow> read(Path file, WorkbookOptions options) {
    try {
      return TrackerWorkbooksTest.rows(file, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> trimmed(List<TableRow> rows) {
    return trimmedGrid(rows.stream().map(TableRow::cells).toList());
  }

  private static List<List<String>> trimmedGrid(List<List<String>> grid) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : grid) {
      int n = row.size();
      while (n > 0 && row.get(n - 1).isEmpty()) {
        n--;
      }
      out.add(List.copyOf(row.subList(0, n)));
    }
    return out;
  }
}
