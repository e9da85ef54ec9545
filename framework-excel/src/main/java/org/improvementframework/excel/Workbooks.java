package org.improvementframework.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.improvementframework.excel.WorkbookFormatException.Reason;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLocation;

/**
 * Opens Excel workbooks ({@code .xlsx}, {@code .xlsm}, and Excel 97-2003 {@code .xls}) as tables
 * of framework-io.
 *
 * <pre>{@code
 * try (Workbook book = Workbooks.open(Path.of("tracker.xlsx"), WorkbookOptions.defaults());
 *      TableReader rows = book.sheet("Area 1")) {
 *   for (Optional<TableRow> row = rows.next(); row.isPresent(); row = rows.next()) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>What the file really is is told by its content, not its name: an {@code .xls} named
 * {@code .xlsx} is read as an {@code .xls}; an OpenDocument spreadsheet, an Excel 95 file or a
 * password-protected workbook gives a {@link WorkbookFormatException} that says so and what to
 * do. An {@code .xlsx} streams; an {@code .xls} is read whole (bounded by the file-size limit).
 * Nothing is ever written to the file.
 */
public final class Workbooks {

  private Workbooks() {}

  /**
   * Opens a workbook.
   *
   * @param file the file; not null
   * @param options the limits and the treatment of merged cells; not null
   * @return the open workbook; not null; close it when done
   * @throws NullPointerException if an argument is null
   * @throws WorkbookFormatException if the file is not an Excel workbook, is encrypted or is
   *     damaged; the message names the file and what to do
   * @throws InputLimitException if the file is larger than {@code maxInputBytes}
   * @throws IOException if the file cannot be read
   */
  public static Workbook open(Path file, WorkbookOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    InputLocation where = InputLocation.ofSource(source);
    long size = Files.size(file);
    if (size > options.limits().maxInputBytes()) {
      throw new InputLimitException(
          "file size in bytes", options.limits().maxInputBytes(), where, null);
    }
    if (FileKinds.check(file, where)) {
      return Workbook.ofXls(source, XlsSheets.open(file, source, options));
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      throw new WorkbookFormatException(
          Reason.DAMAGED,
          "not a readable Excel workbook",
          where,
          "a workbook saved by a spreadsheet program as .xlsx",
          e);
    } catch (NoClassDefFoundError e) {
      // Commons Compress loads the codec of an exotic zip method (Zstandard, XZ) only when an
      // entry uses it, and those optional codecs are not on the class path: no spreadsheet
      // program writes them, so the file is not a workbook as saved by one.
      throw new WorkbookFormatException(
          Reason.DAMAGED,
          "a zip archive compressed in a way no spreadsheet program writes",
          where,
          "a workbook saved by a spreadsheet program as .xlsx (stored or deflated zip entries)",
          e);
    } catch (RuntimeException e) {
      // POI reports a malformed package part as any of several unchecked types.
      throw new WorkbookFormatException(
          Reason.DAMAGED,
          "a damaged Excel workbook",
          where,
          "a workbook saved by a spreadsheet program as .xlsx",
          e);
    }
    try {
      return Workbook.open(source, pkg, options);
    } catch (IOException | RuntimeException e) {
      pkg.revert();
      throw e;
    }
  }

  /**
   * Tells from its first bytes whether a file may be a workbook (a zip archive or an old Office
   * file), whatever its name; for choosing a reader. A true answer is no promise that
   * {@link #open} succeeds.
   *
   * @param file the file; not null
   * @return true if the file starts like a workbook
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   */
  public static boolean looksLikeWorkbook(Path file) throws IOException {
    return FileKinds.looksLikeWorkbook(Objects.requireNonNull(file, "file"));
  }
}
