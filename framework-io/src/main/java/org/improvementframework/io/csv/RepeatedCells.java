package org.improvementframework.io.csv;

import org.improvementframework.io.csv.PlanCsv.Column;

/**
 * Values read from a few cells of a row, kept so that a row whose cells repeat an earlier row's
 * gets the value already read: trackers write the same targets ("Mar-16", "TBC") and statuses
 * ("Complete") on many rows. A plan then holds one immutable target or status per distinct
 * text instead of one per milestone, and those cells are compared in place, not parsed again.
 *
 * <p>A direct-mapped table of a fixed number of slots, so that a sheet of distinct texts costs
 * a bounded amount: a slot is found by a hash of the cells, and a value is given only if the
 * slot's cells equal the row's, column by column; otherwise the caller reads the cells and may
 * {@link #put} the value, replacing the slot's. Not thread-safe.
 *
 * @param <T> the type of the values, immutable
 */
final class RepeatedCells<T> {

  private final Column[] columns;
  private final String[][] cells;
  private final Object[] values;

  /**
   * @param slots the number of slots, a power of two
   * @param columns the columns whose cells determine the value
   */
  RepeatedCells(int slots, Column... columns) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two, not " + slots);
    }
    this.columns = columns.clone();
    this.cells = new String[slots][];
    this.values = new Object[slots];
  }

  /**
   * Gets the value read from cells equal to the row's, if it is kept.
   *
   * @param row the row
   * @return the value, or null
   */
  @SuppressWarnings("unchecked")
  T get(SheetRow row) {
    int slot = slot(row);
    String[] kept = cells[slot];
    if (kept == null) {
      return null;
    }
    for (int i = 0; i < columns.length; i++) {
      if (!row.holds(columns[i], kept[i])) {
        return null;
      }
    }
    return (T) values[slot];
  }

  /**
   * Keeps the value read from the row's cells.
   *
   * @param row the row
   * @param value the value; not null
   */
  void put(SheetRow row, T value) {
    int slot = slot(row);
    String[] texts = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      texts[i] = row.text(columns[i]);
    }
    cells[slot] = texts;
    values[slot] = value;
  }

  private int slot(SheetRow row) {
    int h = 0;
    for (Column c : columns) {
      h = h * 31 + row.hash(c);
    }
    // spreads the high bits, as HashMap does
    return (h ^ (h >>> 16)) & (values.length - 1);
  }
}
