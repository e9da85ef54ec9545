package org.improvementframework.io.returns.ssda903;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * What streaming an SSDA903 return left behind once its case records went to a sink: the rows
 * read per table, the children met, the rows skipped and the warnings (of reading and of
 * deriving records).
 *
 * <p>{@code toString()} gives counts only. This record is immutable and thread-safe.
 *
 * @param rows the rows read per table, tables without a file left out; not null
 * @param children the distinct children of the Header, AD1 and Episodes tables
 * @param problems the rows that could not be read, located; not null
 * @param warnings the warnings, located; not null
 */
public record Ssda903Summary(
    Map<Ssda903Table, Long> rows,
    int children,
    List<PlanFormatException> problems,
    List<ReadWarning> warnings) {

  /**
   * Creates the summary.
   *
   * @param rows the rows read per table; not null
   * @param children the distinct children
   * @param problems the problems; not null
   * @param warnings the warnings; not null
   * @throws NullPointerException if an argument is null
   */
  public Ssda903Summary {
    Objects.requireNonNull(rows, "rows");
    rows = Map.copyOf(rows);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /**
   * Gets the number of rows read from a table.
   *
   * @param table the table; not null
   * @return the rows, 0 if the folder had no file of the table
   */
  public long rows(Ssda903Table table) {
    return rows.getOrDefault(Objects.requireNonNull(table, "table"), 0L);
  }

  /**
   * Describes the summary by its counts only.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Ssda903Summary[");
    for (Ssda903Table t : Ssda903Table.values()) {
      if (rows.containsKey(t)) {
        sb.append(t.fileName()).append('=').append(rows.get(t)).append(", ");
      }
    }
    return sb.append(children)
        .append(" children, ")
        .append(problems.size())
        .append(" problems, ")
        .append(warnings.size())
        .append(" warnings]")
        .toString();
  }
}
