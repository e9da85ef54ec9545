package org.improvementframework.io.table;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.ReadWarning;

/**
 * Reads the rows of one table in order, one at a time, so that a large file is never held whole.
 *
 * <p>Implementations read a CSV or TSV text, a sheet of a workbook, or rows made in memory. A
 * problem that still lets the rows be read (a stray quote read as text, a hidden row, a formula
 * read by its cached value) is recorded as a {@link ReadWarning}; a problem that does not is
 * thrown as a located format or limit exception of framework-io. Implementations are not
 * thread-safe.
 */
public interface TableReader extends Closeable {

  /**
   * Reads the next row.
   *
   * @return the next row, empty at the end of the table; not null
   * @throws IOException if the input cannot be read
   * @throws org.improvementframework.io.InputLimitException if a limit is passed
   * @throws org.improvementframework.io.PlanFormatException if the input is not a table
   */
  Optional<TableRow> next() throws IOException;

  /**
   * Gets the warnings recorded so far, in the order they were found.
   *
   * @return the warnings; not null, unmodifiable
   */
  List<ReadWarning> warnings();

  /**
   * Obtains a reader of rows already in memory.
   *
   * @param rows the rows, in order; not null
   * @return a reader that hands out each row once; not null
   */
  static TableReader of(List<TableRow> rows) {
    return new ListTableReader(rows);
  }
}
