package org.improvementframework.io.table;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.InputLocation;

/**
 * Walks the rows of a {@link TableReader} as arrays of cells, remembering the number of the row
 * last returned, so that a reader of one format can name that row in its errors. Not thread-safe.
 */
public final class TableCursor {

  private final TableReader rows;
  private final String source;
  private long row;

  /**
   * Walks a table's rows.
   *
   * @param rows the rows; not null
   * @param source the input's name for locations; may be null
   */
  public TableCursor(TableReader rows, String source) {
    this.rows = Objects.requireNonNull(rows, "rows");
    this.source = source;
  }

  /**
   * Moves to the next row.
   *
   * @return its cells, or null at the end
   * @throws IOException if the table cannot be read
   */
  public String[] next() throws IOException {
    Optional<TableRow> next = rows.next();
    if (next.isEmpty()) {
      return null;
    }
    row = next.get().number();
    return next.get().cells().toArray(new String[0]);
  }

  /**
   * Gets the number of the row last returned.
   *
   * @return the row number, or 0 before the first row
   */
  public long row() {
    return row;
  }

  /**
   * Locates a column of the row last returned, or the input before the first row.
   *
   * @param column the column's heading; may be null for the whole row
   * @return the location; not null
   */
  public InputLocation location(String column) {
    return row == 0 ? InputLocation.ofSource(source) : InputLocation.ofCell(source, row, column);
  }
}
