package org.improvementframework.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import org.improvementframework.excel.WarningLog.Kind;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;

/**
 * Streams the rows of one worksheet's XML: one row in memory at a time, the sheet's own row
 * numbers, hidden rows and columns read and warned about, merged ranges filled as the options say.
 */
final class SheetReader implements TableReader {

  private final String source;
  private final String sheet;
  private final XmlCursor xml;
  private final CellValues values;
  private final MergedRanges merged;
  private final InputLimits limits;
  private final WarningLog log;
  private long rows;
  private long lastRow;
  private boolean done;

  SheetReader(
      String source,
      String sheet,
      XmlCursor xml,
      CellValues values,
      MergedRanges merged,
      InputLimits limits,
      WarningLog log) {
    this.source = source;
    this.sheet = sheet;
    this.xml = xml;
    this.values = values;
    this.merged = merged;
    this.limits = limits;
    this.log = log;
  }

  @Override
  public Optional<TableRow> next() {
    while (!done && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.xml().getLocalName()) {
          case "row" -> {
            return Optional.of(row());
          }
          case "col" -> hiddenColumns();
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT
          && xml.xml().getLocalName().equals("sheetData")) {
        done = true;
      }
    }
    done = true;
    close();
    return Optional.empty();
  }

  private TableRow row() {
    long number = CellRefs.row(xml.attribute("r"));
    number = number > 0 ? number : lastRow + 1;
    lastRow = number;
    if (++rows > limits.maxRows()) {
      throw new InputLimitException("rows of a sheet", limits.maxRows(), at(number, null), null);
    }
    boolean hidden = isTrue(xml.attribute("hidden"));
    List<String> cells = new ArrayList<>();
    int column = 0;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.xml().getLocalName().equals("row")) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (xml.xml().getLocalName().equals("c")) {
          int c = CellRefs.column(xml.attribute("r"));
          column = c > 0 ? c : column + 1;
          cell(number, column, cells);
        } else {
          xml.skipElement();
        }
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw xml.damaged("the sheet ends inside row " + number, null);
      }
    }
    merged.apply(number, cells);
    if (hidden) {
      log.add(Kind.HIDDEN_ROW, at(number, null), "hidden row", "", "read like the others");
    }
    return new TableRow(source, sheet, number, cells, hidden);
  }

  private void cell(long row, int column, List<String> cells) {
    if (column > limits.maxColumns()) {
      throw new InputLimitException(
          "columns of a row",
          limits.maxColumns(),
          at(row, TableRow.columnLetters(Math.min(column, 1 << 20))),
          null);
    }
    String type = xml.attribute("t");
    int style = CellStyles.index(xml.attribute("s"));
    String value = null;
    String inline = null;
    String formula = null;
    int max = limits.maxCellChars();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.xml().getLocalName().equals("c")) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.xml().getLocalName()) {
          case "v" -> value = xml.text(max, null, () -> at(row, column));
          case "f" -> formula = xml.text(max, null, () -> at(row, column));
          case "is" -> inline = xml.text(max, "rPh", () -> at(row, column));
          default -> xml.skipElement();
        }
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw xml.damaged("the sheet ends inside a cell", null);
      }
    }
    String text = values.text(type, style, value, inline, formula, at(row, column), xml);
    while (cells.size() < column) {
      cells.add("");
    }
    cells.set(column - 1, text);
  }

  private void hiddenColumns() {
    if (!isTrue(xml.attribute("hidden"))) {
      return;
    }
    int min = CellRefs.index(xml.attribute("min"));
    int max = CellRefs.index(xml.attribute("max"));
    if (min < 1) {
      return;
    }
    int last = Math.min(Math.max(min, max), limits.maxColumns());
    String columns =
        min >= last
            ? "column " + TableRow.columnLetters(min)
            : "columns " + TableRow.columnLetters(min) + " to " + TableRow.columnLetters(last);
    log.add(
        Kind.HIDDEN_COLUMN,
        InputLocation.builder().source(source).sheet(sheet).build(),
        "hidden " + columns,
        "",
        "read like the others");
  }

  private InputLocation at(long row, String column) {
    return InputLocation.builder().source(source).sheet(sheet).row(row).column(column).build();
  }

  private InputLocation at(long row, int column) {
    return at(row, TableRow.columnLetters(column));
  }

  private static boolean isTrue(String attribute) {
    return "1".equals(attribute) || "true".equals(attribute);
  }

  @Override
  public List<ReadWarning> warnings() {
    return log.warnings();
  }

  @Override
  public void close() {
    xml.close();
  }
}
