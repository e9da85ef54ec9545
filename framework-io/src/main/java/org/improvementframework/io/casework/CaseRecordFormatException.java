package org.improvementframework.io.casework;

import java.util.Objects;
import org.improvementframework.io.InputFormatException;
import org.improvementframework.io.InputLocation;

/**
 * Thrown, or returned as a problem, when a row of a case-record CSV cannot be read: names the
 * source, the row (the header is row 1), the column and what was expected.
 *
 * <p>Case records are personal data, so neither the message nor any field holds the cell's text,
 * a child's id or a date of birth, and the exception has no cause whose message might: a row that
 * cannot be read is found again by its row number.
 */
public class CaseRecordFormatException extends InputFormatException {

  private static final long serialVersionUID = 1L;

  /** The source, row and column: the one place they are kept, which the getters read. */
  private final InputLocation location;

  private final String expected;

  /**
   * Creates the exception.
   *
   * @param source the name of the input, such as a file name; not null
   * @param row the row, counting the header as row 1
   * @param column the column's name as in the layout, or empty for the whole row; not null
   * @param expected what was expected, without the cell's text; not null
   */
  public CaseRecordFormatException(String source, long row, String column, String expected) {
    super(
        source
            + " row "
            + row
            + (column.isEmpty() ? "" : ", column '" + column + "'")
            + ": "
            + expected,
        null);
    this.location =
        InputLocation.builder()
            .source(Objects.requireNonNull(source, "source"))
            .row(row)
            .column(column.isEmpty() ? null : column)
            .build();
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /**
   * Gets the name of the input.
   *
   * @return the source; not null
   */
  public String source() {
    return location.source().orElseThrow();
  }

  /**
   * Gets the row, counting the header as row 1.
   *
   * @return the row, or 0 where the reader did not know it
   */
  public long row() {
    return location.row().orElse(0);
  }

  /**
   * Gets the column's name, or the empty string when the whole row is at fault.
   *
   * @return the column; not null
   */
  public String column() {
    return location.column().orElse("");
  }

  /**
   * Gets where the problem is: the source, the row and the column.
   *
   * @return the location; not null
   */
  @Override
  public InputLocation location() {
    return location;
  }

  /**
   * Gets what was expected.
   *
   * @return the expectation; not null
   */
  public String expected() {
    return expected;
  }
}
