package org.improvementframework.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.improvementframework.excel.WarningLog.Kind;
import org.improvementframework.excel.WorkbookFormatException.Reason;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;

/**
 * The sheets of an Excel 97-2003 workbook ({@code .xls}), read with Apache POI's HSSF. An
 * {@code .xls} is read whole into memory: the format has no streaming reader that gives styles
 * (dates) and merged cells, and it is bounded anyway, by the file-size limit and the format's own
 * 65,536 rows and 256 columns a sheet. Cells read as in an {@code .xlsx}: dates as ISO dates,
 * numbers as Excel's General format shows them, formulas by their cached values, merged ranges as
 * the options say, hidden rows, columns and sheets read and warned about.
 */
final class XlsSheets {

  private final String source;
  private final HSSFWorkbook book;
  private final WorkbookOptions options;

  private XlsSheets(String source, HSSFWorkbook book, WorkbookOptions options) {
    this.source = source;
    this.book = book;
    this.options = options;
  }

  static XlsSheets open(Path file, String source, WorkbookOptions options) throws IOException {
    InputLocation where = InputLocation.ofSource(source);
    POIFSFileSystem fs = null;
    try {
      fs = new POIFSFileSystem(file.toFile(), true);
      return new XlsSheets(source, new HSSFWorkbook(fs.getRoot(), true), options);
    } catch (EncryptedDocumentException e) {
      close(fs);
      throw new WorkbookFormatException(
          Reason.ENCRYPTED,
          "an .xls workbook protected by a password (encrypted)",
          where,
          "an unprotected workbook; open it in a spreadsheet program with its password, "
              + "remove the password and save it as .xlsx",
          e);
    } catch (IOException | RuntimeException e) {
      // POI reports a malformed .xls as any of several unchecked types.
      close(fs);
      throw new WorkbookFormatException(
          Reason.DAMAGED,
          "a damaged Excel 97-2003 workbook (.xls)",
          where,
          "a workbook saved by a spreadsheet program; open it and save it as .xlsx",
          e);
    }
  }

  private static void close(POIFSFileSystem fs) throws IOException {
    if (fs != null) {
      fs.close();
    }
  }

  WorkbookOptions options() {
    return options;
  }

  List<String> names() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      names.add(book.getSheetName(i));
    }
    return List.copyOf(names);
  }

  TableReader open(int index, WarningLog log) {
    Sheet sheet = book.getSheetAt(index);
    String name = sheet.getSheetName();
    InputLocation where = InputLocation.builder().source(source).sheet(name).build();
    if (book.isSheetHidden(index) || book.isSheetVeryHidden(index)) {
      log.add(Kind.HIDDEN_SHEET, where, "hidden sheet", "", "read like the others");
    }
    List<CellRangeAddress> ranges = new ArrayList<>();
    if (options.mergedCells() == MergedCells.REPEAT) {
      ranges.addAll(sheet.getMergedRegions());
    }
    int lastColumn = 0;
    for (Row r : sheet) {
      lastColumn = Math.max(lastColumn, r.getLastCellNum());
    }
    int hiddenFrom = -1;
    for (int c = 0; c <= lastColumn; c++) {
      boolean hidden = c < lastColumn && sheet.isColumnHidden(c);
      if (hidden && hiddenFrom < 0) {
        hiddenFrom = c;
      } else if (!hidden && hiddenFrom >= 0) {
        String columns =
            hiddenFrom == c - 1
                ? "column " + TableRow.columnLetters(c)
                : "columns "
                    + TableRow.columnLetters(hiddenFrom + 1)
                    + " to "
                    + TableRow.columnLetters(c);
        log.add(Kind.HIDDEN_COLUMN, where, "hidden " + columns, "", "read like the others");
        hiddenFrom = -1;
      }
    }
    return new Rows(name, sheet.rowIterator(), MergedRanges.of(ranges, options.limits()), log);
  }

  void close() throws IOException {
    book.close();
  }

  /** The rows of one sheet, in order, each made when asked for. */
  private final class Rows implements TableReader {
    private final String sheet;
    private final Iterator<Row> rows;
    private final MergedRanges merged;
    private final WarningLog log;
    private final InputLimits limits = options.limits();
    private long count;

    Rows(String sheet, Iterator<Row> rows, MergedRanges merged, WarningLog log) {
      this.sheet = sheet;
      this.rows = rows;
      this.merged = merged;
      this.log = log;
    }

    @Override
    public Optional<TableRow> next() {
      if (!rows.hasNext()) {
        return Optional.empty();
      }
      Row r = rows.next();
      long number = r.getRowNum() + 1L;
      if (++count > limits.maxRows()) {
        throw new InputLimitException("rows of a sheet", limits.maxRows(), at(number, null), null);
      }
      List<String> cells = new ArrayList<>();
      for (Cell c : r) {
        int column = c.getColumnIndex() + 1;
        if (column > limits.maxColumns()) {
          throw new InputLimitException(
              "columns of a row",
              limits.maxColumns(),
              at(number, TableRow.columnLetters(column)),
              null);
        }
        String text = text(c, c.getCellType(), at(number, TableRow.columnLetters(column)));
        if (text.length() > limits.maxCellChars()) {
          throw new InputLimitException(
              "characters in a cell",
              limits.maxCellChars(),
              at(number, TableRow.columnLetters(column)),
              null);
        }
        while (cells.size() < column) {
          cells.add("");
        }
        cells.set(column - 1, text);
      }
      merged.apply(number, cells);
      boolean hidden = r.getZeroHeight();
      if (hidden) {
        log.add(Kind.HIDDEN_ROW, at(number, null), "hidden row", "", "read like the others");
      }
      return Optional.of(new TableRow(source, sheet, number, cells, hidden));
    }

    private String text(Cell c, CellType type, InputLocation where) {
      return switch (type) {
        case STRING -> c.getStringCellValue();
        case NUMERIC -> number(c);
        case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
        case FORMULA -> text(c, c.getCachedFormulaResultType(), where);
        case ERROR -> {
          String value =
              FormulaError.isValidCode(c.getErrorCellValue())
                  ? FormulaError.forInt(c.getErrorCellValue()).getString()
                  : "#ERROR";
          log.add(Kind.ERROR_VALUE, where, "cell with an error value", value, "kept as text");
          yield value;
        }
        default -> "";
      };
    }

    private String number(Cell c) {
      double value = c.getNumericCellValue();
      if (DateUtil.isCellDateFormatted(c) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime time = c.getLocalDateTimeCellValue();
        return time.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? time.toLocalDate().toString()
            : time.toString();
      }
      return new BigDecimal(Double.toString(value))
          .round(CellValues.EXCEL_DIGITS)
          .stripTrailingZeros()
          .toPlainString();
    }

    private InputLocation at(long row, String column) {
      return InputLocation.builder().source(source).sheet(sheet).row(row).column(column).build();
    }

    @Override
    public List<ReadWarning> warnings() {
      return log.warnings();
    }

    @Override
    public void close() {
      // The workbook holds the sheet; closing the workbook releases it.
    }
  }
}
