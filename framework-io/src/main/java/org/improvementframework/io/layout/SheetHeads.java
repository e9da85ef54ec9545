package org.improvementframework.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.improvementframework.io.table.TableRow;

/**
 * Tells the title rows at the top of each further sheet of a workbook from data: a workbook read
 * sheet after sheet repeats its title and header rows on every sheet. Up to {@value #MAX_ROWS}
 * rows at the top of a new sheet are held until the header repeats (they were the sheet's title
 * rows) or a data row comes (they were data, and are handed on in order). Only those rows are
 * ever held.
 */
final class SheetHeads {

  /** How many rows at the top of a new sheet may be its title rows. */
  static final int MAX_ROWS = 10;

  private final TableRow header;
  private final Consumer<TableRow> rows;
  private final Consumer<List<TableRow>> titles;
  private final List<TableRow> held = new ArrayList<>();
  private String sheet;
  private boolean holding;

  /**
   * @param header the header row, or null if the layout has none
   * @param rows told of each row that is not a sheet's title or repeated header
   * @param titles told of the title rows of each further sheet, when its header repeats
   */
  SheetHeads(TableRow header, Consumer<TableRow> rows, Consumer<List<TableRow>> titles) {
    this.header = header;
    this.rows = rows;
    this.titles = titles;
  }

  /** Tells whether a row repeats the header row. */
  boolean isHeader(TableRow row) {
    return header != null && row.cells().equals(header.cells());
  }

  /** Takes the next non-blank row. */
  void accept(TableRow row) {
    boolean newSheet = row.sheet() != null && sheet != null && !row.sheet().equals(sheet);
    sheet = row.sheet();
    if (newSheet) {
      release();
      holding = true;
    }
    if (holding) {
      if (isHeader(row)) {
        holding = false;
        titles.accept(List.copyOf(held));
        held.clear();
        return;
      }
      if (held.size() < MAX_ROWS) {
        held.add(row);
        return;
      }
      release();
    }
    rows.accept(row);
  }

  /** Hands on the rows held: they were data after all. */
  void release() {
    holding = false;
    List<TableRow> rows = List.copyOf(held);
    held.clear();
    rows.forEach(this.rows);
  }
}
