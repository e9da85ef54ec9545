package org.improvementframework.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.improvementframework.excel.Workbook;
import org.improvementframework.excel.WorkbookOptions;
import org.improvementframework.excel.Workbooks;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.layout.PlanTables;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.model.ImprovementPlan;

/**
 * A plan read from an Excel workbook for a command: every sheet in tab order (a workbook of one
 * sheet per area reads whole), or the one named by {@code --sheet}, handed to the layouts of
 * {@link PlanTables}. A large workbook shows its progress (rows read) on standard error.
 */
final class WorkbookInput {

  private WorkbookInput() {}

  /**
   * Tells whether a file is to be read as a workbook: by its name ({@code .xlsx}, {@code .xlsm},
   * {@code .xls}), or by its first bytes whatever its name.
   */
  static boolean isWorkbook(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return false;
    }
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    try {
      return name.endsWith(".xlsx")
          || name.endsWith(".xlsm")
          || name.endsWith(".xls")
          || Workbooks.looksLikeWorkbook(file);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads a plan from a workbook.
   *
   * @param file the workbook; not null
   * @param sheet the sheet to read; null for every sheet
   * @param layout the layout and reporting date; not null
   * @param err where progress goes; not null
   * @param delay how long a read may take before progress is shown; not null
   * @return the plan read, as a tracker; not null
   * @throws org.improvementframework.io.PlanFormatException if the file is not a readable
   *     workbook or its rows are not a plan
   * @throws UncheckedIOException if the file cannot be read
   */
  static PlanInput read(
      Path file, String sheet, LayoutOption layout, PrintWriter err, Duration delay) {
    String name = String.valueOf(file.getFileName());
    try (ProgressMeter meter =
            ProgressMeter.step(
                err, "reading " + name, Files.size(file) >= ProgressMeter.MIN_BYTES, delay);
        Workbook book = Workbooks.open(file, WorkbookOptions.defaults());
        TableReader rows = sheet == null ? book.allSheets() : book.sheet(sheet)) {
      ReadResult<ImprovementPlan> r = PlanTables.read(meter.count(rows), layout.options(name));
      return new PlanInput(r.value(), r.warnings(), name, InputFormat.TRACKER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
