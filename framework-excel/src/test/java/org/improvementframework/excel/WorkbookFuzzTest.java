package org.improvementframework.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;

/**
 * Coverage-guided fuzzing of the workbook reader with Jazzer. In a normal build the method runs
 * once over every file in {@code WorkbookFuzzTestInputs/fuzzRead/} (regression mode); with
 * {@code JAZZER_FUZZ=1} it fuzzes (see docs/io-excel.md).
 *
 * <p>The first byte says what the rest is, so that mutations reach the XML as well as the zip:
 * 0, the whole file; 1, the XML of the one sheet of an otherwise valid workbook; 2, its shared
 * strings, under a sheet that refers to the first strings.
 */
class WorkbookFuzzTest {

  private static final WorkbookOptions OPTIONS =
      WorkbookOptions.defaults()
          .withLimits(
              InputLimits.defaults()
                  .withMaxInputBytes(4 << 20)
                  .withMaxRows(20_000)
                  .withMaxCellChars(100_000));

  private static final String SHEET_OF_STRINGS =
      MinimalXlsx.SHEET_START
          + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"C2\"><v>3.5</v></c></row>"
          + MinimalXlsx.SHEET_END;

  /** Any bytes give rows or a {@link PlanFormatException}, whose message names the file. */
  @FuzzTest(maxDuration = "3m")
  void fuzzRead(byte[] data) throws IOException {
    Path file = Files.createTempFile("fuzz", ".xlsx");
    try {
      byte[] rest = data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
      switch (data.length == 0 ? 0 : Math.floorMod(data[0], 3)) {
        case 1 ->
            MinimalXlsx.write(
                file,
                out -> out.write(rest),
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
        case 2 ->
            MinimalXlsx.write(
                file,
                out -> out.write(SHEET_OF_STRINGS.getBytes(StandardCharsets.UTF_8)),
                new String(rest, StandardCharsets.UTF_8));
        default -> Files.write(file, rest);
      }
      try (Workbook book = Workbooks.open(file, OPTIONS);
          TableReader rows = book.allSheets()) {
        for (Optional<TableRow> row = rows.next(); row.isPresent(); row = rows.next()) {
          assertThat(row.get().number()).isPositive();
          assertThat(row.get().cells().size()).isLessThanOrEqualTo(OPTIONS.limits().maxColumns());
        }
        assertThat(rows.warnings())
            .hasSizeLessThanOrEqualTo(WarningLog.Kind.values().length * (WarningLog.PER_KIND + 1));
      } catch (PlanFormatException expected) {
        assertThat(expected.getMessage()).contains(file.getFileName().toString());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
