package org.improvementframework.excel;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;

/** Reads the sheets of a workbook one after another, opening each only when the last is done. */
final class AllSheetsReader implements TableReader {

  private final Workbook workbook;
  private final int count;
  private final WarningLog log;
  private int index;
  private TableReader current;

  AllSheetsReader(Workbook workbook, int count, WarningLog log) {
    this.workbook = workbook;
    this.count = count;
    this.log = log;
  }

  @Override
  public Optional<TableRow> next() throws IOException {
    while (true) {
      if (current == null) {
        if (index >= count) {
          return Optional.empty();
        }
        current = workbook.open(index++, log);
      }
      Optional<TableRow> row = current.next();
      if (row.isPresent()) {
        return row;
      }
      current.close();
      current = null;
    }
  }

  @Override
  public List<ReadWarning> warnings() {
    return log.warnings();
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
