package org.improvementframework.io.table;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.ReadWarning;

/**
 * Hands out rows already in memory; the way tests and callers with their own grids feed a layout.
 */
final class ListTableReader implements TableReader {

  private final Iterator<TableRow> rows;

  ListTableReader(List<TableRow> rows) {
    this.rows = List.copyOf(Objects.requireNonNull(rows, "rows")).iterator();
  }

  @Override
  public Optional<TableRow> next() {
    return rows.hasNext() ? Optional.of(rows.next()) : Optional.empty();
  }

  @Override
  public List<ReadWarning> warnings() {
    return List.of();
  }

  @Override
  public void close() {
    // nothing to release
  }
}
