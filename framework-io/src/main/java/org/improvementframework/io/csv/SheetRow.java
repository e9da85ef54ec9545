package org.improvementframework.io.csv;

import static org.improvementframework.io.csv.PlanCsvWriter.COLUMNS;

import org.improvementframework.io.csv.PlanCsv.Column;
import org.improvementframework.io.table.CsvCursor;

/**
 * The current row of the milestone CSV, read by column: each cell as written but for the one
 * leading apostrophe that writing adds against formula injection (see {@link PlanCsv}).
 *
 * <p>Most cells of a row repeat its area, action and plan, and need only be compared with their
 * first row; so cells are read in place from the {@link CsvCursor}'s buffer, and a string is made
 * only of the cells a milestone keeps, or of a first row. Not thread-safe.
 */
final class SheetRow {

  private final CsvCursor cursor;
  private final int[] index;

  /**
   * @param cursor the cursor, on the current row
   * @param index the cell index of each column, by ordinal
   */
  SheetRow(CsvCursor cursor, int[] index) {
    this.cursor = cursor;
    this.index = index;
  }

  /** The cell of a column, still with the apostrophe, if any. */
  private CharSequence raw(Column c) {
    return cursor.cell(index[c.ordinal()]);
  }

  /** Where the text of a cell begins: after one leading apostrophe. */
  private static int start(CharSequence raw) {
    return raw.length() > 0 && raw.charAt(0) == '\'' ? 1 : 0;
  }

  boolean isEmpty(Column c) {
    CharSequence raw = raw(c);
    return raw.length() == start(raw);
  }

  /** Tells whether a column holds exactly a text, without making a string of the cell. */
  boolean holds(Column c, String text) {
    int i = index[c.ordinal()];
    return cursor.cellEquals(i, start(cursor.cell(i)), text);
  }

  /** A hash of a column's text, as {@link String#hashCode()}, without making a string. */
  int hash(Column c) {
    CharSequence raw = raw(c);
    int h = 0;
    for (int i = start(raw); i < raw.length(); i++) {
      h = 31 * h + raw.charAt(i);
    }
    return h;
  }

  String text(Column c) {
    return PlanCsvWriter.restore(cursor.text(index[c.ordinal()]));
  }

  /**
   * The texts of the columns {@code from} to {@code to}, by ordinal: column {@code c} at {@code
   * c.ordinal() - from}, so that an action's first row keeps 6 cells, not one per column.
   */
  String[] texts(int from, int to) {
    String[] cells = new String[to - from + 1];
    for (int i = from; i <= to; i++) {
      cells[i - from] = text(COLUMNS[i]);
    }
    return cells;
  }

  /** The constant of an enum named in a column, or null if none is. */
  <E extends Enum<E>> E constant(Column c, E[] values) {
    for (E e : values) {
      if (holds(c, e.name())) {
        return e;
      }
    }
    return null;
  }

  /** Tells whether every cell of the row, as written, is empty. */
  boolean isBlank() {
    for (int i = 0; i < cursor.size(); i++) {
      if (cursor.cell(i).length() > 0) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return cursor.size();
  }

  long row() {
    return cursor.row();
  }
}
