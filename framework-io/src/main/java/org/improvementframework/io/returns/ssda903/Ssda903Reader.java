package org.improvementframework.io.returns.ssda903;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.CappedReports;
import org.improvementframework.io.returns.CodeLists;
import org.improvementframework.io.returns.ReturnDates;

/**
 * Reads one SSDA903 table from CSV, streaming, row by row.
 *
 * <p>The first row names the columns, matched to the specification's names ignoring case and
 * surrounding spaces, in any order; a byte-order mark and Windows line ends are read. A column
 * the table does not have is ignored with a located warning; an empty column name (the trailing
 * commas spreadsheets write) is ignored silently. A column the table needs that the header
 * lacks stops reading with a {@link PlanFormatException}. Dates are day-first
 * ({@code 11/12/2018}) or ISO ({@code 2018-12-11}).
 *
 * <p>A row whose id or date cannot be read, or that lacks a required value, is skipped and
 * returned as a problem. A code that is not in the collection year's list ({@link Ssda903Codes})
 * is kept as written, with a warning naming the year, and the years that list it if any do.
 * Rows are numbered by the physical line they start on.
 *
 * <p>One reading keeps the first {@value CappedReports#DEFAULT_KEPT} rows skipped and the first
 * {@value CappedReports#DEFAULT_KEPT} warnings; the rest are counted by kind into one summary
 * warning each, located at the file, last ({@link CappedReports}). No problem or warning holds
 * a child's id, a date, a postcode or any other text of a personal column: only codes are
 * quoted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ssda903Reader {

  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  private final Ssda903Table table;
  private final InputLimits limits;
  private final int year;

  private Ssda903Reader(Ssda903Table table, InputLimits limits, int year) {
    this.table = Objects.requireNonNull(table, "table");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.year = year;
  }

  /**
   * Obtains a reader of a table with the given limits.
   *
   * @param table the table; not null
   * @param limits the limits, of which rows, columns and cell length apply; not null
   * @return the reader; not null
   * @throws NullPointerException if an argument is null
   */
  public static Ssda903Reader of(Ssda903Table table, InputLimits limits) {
    return new Ssda903Reader(table, limits, Ssda903Codes.LATEST_KNOWN_YEAR);
  }

  /**
   * Obtains a reader of a table that checks codes against the lists of a collection year
   * ({@link Ssda903Codes}).
   *
   * @param table the table; not null
   * @param limits the limits, of which rows, columns and cell length apply; not null
   * @param year the collection year, named by the March it ends in (2024 is 2023-24)
   * @return the reader; not null
   * @throws NullPointerException if an argument is null
   */
  public static Ssda903Reader of(Ssda903Table table, InputLimits limits, int year) {
    return new Ssda903Reader(table, limits, year);
  }

  /**
   * Reads every row, giving each readable row to a sink.
   *
   * @param in the CSV; not null; not closed by this method
   * @param source the file name for locations; not null
   * @param sink receives each row read, in file order; not null
   * @param warnings receives each warning kept, then the summaries of those not kept; not null
   * @return the first rows skipped, each a located problem, in file order; not null
   * @throws PlanFormatException if a required column is missing, or the CSV cannot be split
   * @throws InputLimitException if the file has more rows or columns than the limits allow
   * @throws UncheckedIOException if reading fails
   */
  public List<PlanFormatException> read(
      Reader in, String source, Consumer<Ssda903Row> sink, Consumer<ReadWarning> warnings) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(warnings, "warnings");
    List<PlanFormatException> kept = new ArrayList<>();
    CappedReports<PlanFormatException> problems =
        CappedReports.of(
            CappedReports.DEFAULT_KEPT, "rows skipped", PlanFormatException::problem, kept::add);
    CappedReports<ReadWarning> capped = CappedReports.warnings(warnings);
    List<String> cells = new ArrayList<>();
    Ssda903Row.File rowsFile = new Ssda903Row.File(table, source);
    int[] index = null;
    long row = 0;
    try (CsvParser parser = MAPPER.getFactory().createParser(in)) {
      while (true) {
        long line;
        try {
          line = nextRow(parser, cells);
        } catch (JsonProcessingException | RuntimeException e) {
          // the parser's message may quote a cell: left out, and so is the cause
          throw PlanFormatException.builder("cannot split the file into cells")
              .at(InputLocation.ofCell(source, row + 1, null))
              .expected("well-formed CSV (check quotes)")
              .build();
        }
        if (line < 0) {
          break;
        }
        row = Math.max(line, row + 1);
        if (row > limits.maxRows() || cells.size() > limits.maxColumns()) {
          throw new InputLimitException(
              row > limits.maxRows() ? "rows" : "columns",
              row > limits.maxRows() ? limits.maxRows() : limits.maxColumns(),
              InputLocation.ofCell(source, row, null),
              null);
        }
        if (index == null) {
          index = header(cells, source, row, capped);
          continue;
        }
        Ssda903Row r = row(cells, index, rowsFile, row, problems, capped);
        if (r != null) {
          sink.accept(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (index == null) {
      throw PlanFormatException.builder("empty file")
          .at(InputLocation.ofSource(source))
          .expected("a header row naming the " + table.fileName() + " columns")
          .build();
    }
    InputLocation file = InputLocation.ofSource(source);
    capped.summary(file).ifPresent(warnings);
    problems.summary(file).ifPresent(warnings);
    return kept;
  }

  private static long nextRow(CsvParser parser, List<String> values) throws IOException {
    values.clear();
    JsonToken t = parser.nextToken();
    if (t == null) {
      return -1;
    }
    long first = 0;
    while ((t = parser.nextToken()) != null && t != JsonToken.END_ARRAY) {
      if (values.isEmpty()) {
        first = parser.currentTokenLocation().getLineNr();
      }
      values.add(parser.getText());
    }
    return first;
  }

  private int[] header(
      List<String> names, String source, long row, Consumer<ReadWarning> warnings) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).strip();
      }
      String key = name.toUpperCase(Locale.ROOT);
      if (key.isEmpty()) {
        continue;
      }
      // a header cell is named by its position, never quoted: a file without a header row
      // has a child's data in its first row
      InputLocation at = InputLocation.ofCell(source, row, "#" + (i + 1));
      if (table.columns().stream().noneMatch(c -> c.name().equals(key))) {
        warnings.accept(
            ReadWarning.of(at, "column not in the " + table.fileName() + " table", "", "ignored"));
      } else if (byName.putIfAbsent(key, i) != null) {
        warnings.accept(
            ReadWarning.of(at, "column named twice", "", "read the first, ignored this one"));
      }
    }
    int[] index = new int[table.columns().size()];
    for (int c = 0; c < index.length; c++) {
      Ssda903Column column = table.columns().get(c);
      Integer i = byName.get(column.name());
      if (i == null && column.required()) {
        throw PlanFormatException.builder("column missing from the header row")
            .at(InputLocation.ofCell(source, row, column.name()))
            .expected("the " + table.fileName() + " columns of the SSDA903 specification")
            .build();
      }
      index[c] = i == null ? -1 : i;
    }
    return index;
  }

  private Ssda903Row row(
      List<String> cells,
      int[] index,
      Ssda903Row.File file,
      long row,
      Consumer<PlanFormatException> problems,
      Consumer<ReadWarning> warnings) {
    String[] values = new String[index.length];
    for (int c = 0; c < index.length; c++) {
      Ssda903Column column = table.columns().get(c);
      String cell = index[c] >= 0 && index[c] < cells.size() ? cells.get(index[c]).strip() : "";
      InputLocation at = InputLocation.ofCell(file.source(), row, column.name());
      if (cell.length() > limits.maxCellChars()) {
        problems.accept(
            problem(
                at,
                "cell longer than " + limits.maxCellChars() + " characters",
                "a shorter value"));
        return null;
      }
      if (cell.isEmpty()) {
        if (column.required()) {
          problems.accept(problem(at, "empty cell", "a value: the column is required"));
          return null;
        }
        values[c] = "";
        continue;
      }
      switch (column.kind()) {
        case DATE -> {
          LocalDate d = ReturnDates.parse(cell);
          if (d == null) {
            problems.accept(problem(at, "not a date", ReturnDates.EXPECTED));
            return null;
          }
          values[c] = d.toString();
        }
        case INTEGER -> {
          if (!cell.matches("-?\\d{1,9}")) {
            problems.accept(problem(at, "not a whole number", "a whole number"));
            return null;
          }
          values[c] = cell;
        }
        case CODE -> values[c] = code(column, cell, at, warnings);
        default -> values[c] = cell;
      }
    }
    return new Ssda903Row(file, row, values);
  }

  private String code(
      Ssda903Column column, String cell, InputLocation at, Consumer<ReadWarning> warnings) {
    String code = cell.toUpperCase(Locale.ROOT);
    Optional<CodeLists.Years> years = Ssda903Codes.years(table, column.name(), code);
    if (years.isPresent() && years.get().contains(year)) {
      return code;
    }
    // codes are not personal data: quoting them helps the user find them
    String shown = code.length() > 12 ? code.substring(0, 12) + "…" : code;
    String list = "the " + Ssda903Codes.yearText(year) + " list";
    warnings.accept(
        years.isPresent()
            ? ReadWarning.of(
                at, "code not in " + list + ", listed " + years.get(), shown, "kept as written")
            : ReadWarning.of(at, "unknown code, not in " + list, shown, "kept as written"));
    return code;
  }

  private static PlanFormatException problem(InputLocation at, String problem, String expected) {
    return PlanFormatException.builder(problem).at(at).expected(expected).build();
  }
}
