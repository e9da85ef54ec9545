package org.improvementframework.io.returns.ssda903;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.CappedReports;

/**
 * An SSDA903 return read from a folder of CSV files, one per table, with every row that could
 * not be read and every warning.
 *
 * <p>A child whose Header rows disagree (two dates of birth, say) keeps the <em>first</em> Header
 * row in file order; each later one is dropped with a located warning. An exact duplicate is
 * dropped with a warning too. A file whose name is not a table's is left unread with a warning.
 * Each file keeps its first {@value CappedReports#DEFAULT_KEPT} rows skipped and warnings, and
 * so does the pass over duplicate Header rows; the rest are counted in a summary warning.
 *
 * <p>{@code toString()} gives counts only. This class is immutable and thread-safe.
 */
public final class Ssda903Return {

  private final Map<Ssda903Table, List<Ssda903Row>> tables;
  private final List<PlanFormatException> problems;
  private final List<ReadWarning> warnings;

  private Ssda903Return(
      Map<Ssda903Table, List<Ssda903Row>> tables,
      List<PlanFormatException> problems,
      List<ReadWarning> warnings) {
    this.tables = tables;
    this.problems = List.copyOf(problems);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Reads every {@code .csv} file of a folder whose name is a table's, checking codes against the
   * latest known lists ({@link Ssda903Codes#LATEST_KNOWN_YEAR}).
   *
   * @param folder the folder; not null
   * @param limits the limits; {@code maxInputBytes} applies to each file; not null
   * @return the return; not null
   * @throws PlanFormatException if a file's header lacks a required column or its CSV is broken
   * @throws InputLimitException if a file exceeds the limits
   * @throws UncheckedIOException if the folder or a file cannot be read
   */
  public static Ssda903Return readFolder(Path folder, InputLimits limits) {
    return readFolder(folder, limits, Ssda903Codes.LATEST_KNOWN_YEAR);
  }

  /**
   * Reads every {@code .csv} file of a folder whose name is a table's, checking each code against
   * the lists of a collection year ({@link Ssda903Codes}): a code of another year, or of none, is
   * a located warning naming the year, and is kept as written.
   *
   * @param folder the folder; not null
   * @param limits the limits; {@code maxInputBytes} applies to each file; not null
   * @param year the collection year, named by the March it ends in (2024 is 2023-24)
   * @return the return; not null
   * @throws PlanFormatException if a file's header lacks a required column or its CSV is broken
   * @throws InputLimitException if a file exceeds the limits
   * @throws UncheckedIOException if the folder or a file cannot be read
   */
  public static Ssda903Return readFolder(Path folder, InputLimits limits, int year) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(limits, "limits");
    Map<Ssda903Table, List<Ssda903Row>> tables = new EnumMap<>(Ssda903Table.class);
    List<PlanFormatException> problems = new ArrayList<>();
    List<ReadWarning> warnings = new ArrayList<>();
    Ssda903Folder.read(
        folder,
        limits,
        year,
        row -> tables.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row),
        problems::add,
        warnings::add);
    dedupeHeaders(tables, warnings);
    return new Ssda903Return(tables, problems, warnings);
  }

  private static void dedupeHeaders(
      Map<Ssda903Table, List<Ssda903Row>> tables, List<ReadWarning> warnings) {
    List<Ssda903Row> headers = tables.get(Ssda903Table.HEADER);
    if (headers != null && !headers.isEmpty()) {
      ChildIndex first = new ChildIndex();
      CappedReports<ReadWarning> capped = CappedReports.warnings(warnings::add);
      tables.put(
          Ssda903Table.HEADER, headers.stream().filter(r -> first.header(r, capped)).toList());
      capped.summary(InputLocation.ofSource(headers.get(0).source())).ifPresent(warnings::add);
    }
  }

  /**
   * Gets the rows read from a table, in file order.
   *
   * @param table the table; not null
   * @return the rows, empty if the folder had no file of the table; not null
   */
  public List<Ssda903Row> rows(Ssda903Table table) {
    return List.copyOf(tables.getOrDefault(Objects.requireNonNull(table, "table"), List.of()));
  }

  /**
   * Gets the rows that could not be read.
   *
   * @return the problems, located; not null
   */
  public List<PlanFormatException> problems() {
    return problems;
  }

  /**
   * Gets the warnings.
   *
   * @return the warnings, located; not null
   */
  public List<ReadWarning> warnings() {
    return warnings;
  }

  /**
   * Describes the return by its counts only.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Ssda903Return[");
    tables.forEach(
        (t, rows) -> sb.append(t.fileName()).append('=').append(rows.size()).append(", "));
    return sb.append(problems.size())
        .append(" problems, ")
        .append(warnings.size())
        .append(" warnings]")
        .toString();
  }
}
