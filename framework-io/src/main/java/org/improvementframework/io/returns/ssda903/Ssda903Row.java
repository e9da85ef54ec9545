package org.improvementframework.io.returns.ssda903;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.InputLocation;

/**
 * One row of an SSDA903 table, its cells checked against the table's columns: dates are held in
 * ISO form whatever form the file used, codes in upper case as the specification lists them.
 *
 * <p>{@code toString()} shows the table and row only, never a cell. This class is immutable and
 * thread-safe.
 */
public final class Ssda903Row {

  /**
   * What every row of one file shares, held once per file rather than in each row.
   *
   * @param table the table the file holds
   * @param source the file name
   */
  record File(Ssda903Table table, String source) {}

  private final File file;
  private final long row;
  private final String[] values;

  Ssda903Row(File file, long row, String[] values) {
    this.file = file;
    this.row = row;
    this.values = values;
  }

  Ssda903Row(Ssda903Table table, String source, long row, String[] values) {
    this(new File(table, source), row, values);
  }

  /**
   * Gets the table the row belongs to.
   *
   * @return the table; not null
   */
  public Ssda903Table table() {
    return file.table();
  }

  /**
   * Gets the child's id ({@code CHILD}).
   *
   * @return the id; not null, not blank
   */
  public String child() {
    return values[0];
  }

  /**
   * Gets a cell's value as read: a date in ISO form, a code in upper case, text as written.
   *
   * @param column the column name, such as {@code PLACE}; not null
   * @return the value, or empty if the cell was empty or the column absent; not null
   * @throws IllegalArgumentException if the table has no such column
   */
  public Optional<String> value(String column) {
    Objects.requireNonNull(column, "column");
    String v = values[index(column)];
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /**
   * Gets a date cell.
   *
   * @param column the column name, such as {@code DECOM}; not null
   * @return the date, or empty; not null
   * @throws IllegalArgumentException if the table has no such column
   */
  public Optional<LocalDate> date(String column) {
    return value(column).map(LocalDate::parse);
  }

  // where the row is: its file and line, for the locations of warnings, which never quote a cell

  /**
   * Gets the name of the file the row was read from.
   *
   * @return the source; not null
   */
  public String source() {
    return file.source();
  }

  /**
   * Gets the row's physical line in its file, the header being line 1.
   *
   * @return the row number
   */
  public long row() {
    return row;
  }

  /**
   * Gets where the row is: its file and line.
   *
   * @return the location, without a column; not null
   */
  public InputLocation location() {
    return InputLocation.ofCell(file.source(), row, null);
  }

  /**
   * Gets where one of the row's cells is: its file, line and column.
   *
   * @param column the column name, such as {@code DECOM}; not null
   * @return the location; not null
   * @throws IllegalArgumentException if the table has no such column
   */
  public InputLocation location(String column) {
    index(Objects.requireNonNull(column, "column"));
    return InputLocation.ofCell(file.source(), row, column);
  }

  private int index(String column) {
    List<Ssda903Column> columns = file.table().columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + column + " in table " + table().fileName());
  }

  /**
   * Describes the row by its table and number only.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "Ssda903Row[" + table().fileName() + ", row " + row + "]";
  }
}
