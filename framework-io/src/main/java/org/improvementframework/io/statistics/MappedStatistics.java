package org.improvementframework.io.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.improvementframework.io.Decimals;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.IndicatorValue.Marker;
import org.improvementframework.model.Observation;
import org.improvementframework.model.ReportingPeriod;

/**
 * Reads the rows of a wide release or tidy-period file by a {@link StatisticsMapping} into
 * {@link PublishedSeries series}: one per area and measure, named by the measure and without
 * filters, with the observations in period order.
 *
 * <p>The header is the first row that is not blank; its names are compared without surrounding
 * space (older releases end some with a space). A row with no value in any measure column (a
 * footnote or source line under the table) or without an area code is left out with a warning,
 * and so is a value cell that is empty or neither a number nor a declared marker. Numbers may
 * group thousands with commas ({@code 1,234}). A mapped column the header lacks, an unreadable
 * period, text beyond the header's last column, or two rows for the same area, measure and
 * period are errors naming the row and column.
 *
 * <p>The geographic level is the level column's text when the mapping names one
 * ({@code NATIONAL}, {@code REGION} and {@code LA} become {@code National}, {@code Regional} and
 * {@code Local authority}, as in EES files); otherwise it is told from the code: {@code E92...}
 * National, {@code E12...} Regional, other {@code E06} to {@code E10} codes and three-digit
 * codes Local authority.
 *
 * <p>This class is thread-safe.
 */
public final class MappedStatistics {

  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern OLD_LA_CODE = Pattern.compile("\\d{3}");

  private MappedStatistics() {}

  /**
   * Reads the series of a table's rows.
   *
   * @param rows the rows, the header first (blank rows before it are skipped); not null
   * @param mapping the mapping; not null
   * @param limits the limits, of which the number length applies; not null
   * @return the series, in order of first appearance, and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the rows do not fit the mapping, naming row and column
   */
  public static ReadResult<List<PublishedSeries>> read(
      List<TableRow> rows, StatisticsMapping mapping, InputLimits limits) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(limits, "limits");
    return new Reader(rows, mapping, limits).read();
  }

  /**
   * Gives the geographic level of an area code, as EES files name it.
   *
   * @param code the code, such as {@code E92000001}, {@code E12000002} or {@code 879}; not null
   * @return {@code National}, {@code Regional}, {@code Local authority}, or {@code ""} if the
   *     code is of none of these; not null
   */
  public static String levelOfCode(String code) {
    String c = Objects.requireNonNull(code, "code").strip().toUpperCase(Locale.ROOT);
    if (c.startsWith("E92")) {
      return "National";
    }
    if (c.startsWith("E12")) {
      return "Regional";
    }
    if (c.matches("E(06|07|08|09|10|11)\\d{6}") || OLD_LA_CODE.matcher(c).matches()) {
      return "Local authority";
    }
    return "";
  }

  /** Gives a level as written in a release in the words of EES files. */
  static String normaliseLevel(String written) {
    String w = written.strip();
    return switch (w.toUpperCase(Locale.ROOT)) {
      case "NATIONAL", "COUNTRY", "ENGLAND" -> "National";
      case "REGION", "REGIONAL" -> "Regional";
      case "LA", "LOCAL AUTHORITY", "LOCAL_AUTHORITY" -> "Local authority";
      default -> w;
    };
  }

  /** One reading of one table. */
  private static final class Reader {
    private final List<TableRow> rows;
    private final StatisticsMapping mapping;
    private final InputLimits limits;
    private final List<ReadWarning> warnings = new ArrayList<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<List<String>, Map<ReportingPeriod, Observation>> series =
        new LinkedHashMap<>();
    private final Map<List<String>, Map<ReportingPeriod, Long>> firstRow = new HashMap<>();
    private List<String> header;

    Reader(List<TableRow> rows, StatisticsMapping mapping, InputLimits limits) {
      this.rows = rows;
      this.mapping = mapping;
      this.limits = limits;
    }

    ReadResult<List<PublishedSeries>> read() {
      int h = 0;
      while (h < rows.size() && rows.get(h).isBlank()) {
        h++;
      }
      if (h == rows.size()) {
        throw PlanFormatException.builder("no header row")
            .at(rows.isEmpty() ? InputLocation.unknown() : rows.get(0).location())
            .expected("a header row with the columns the mapping names")
            .build();
      }
      TableRow headerRow = rows.get(h);
      header = headerRow.cells().stream().map(String::strip).toList();
      for (int i = 0; i < header.size(); i++) {
        if (!header.get(i).isEmpty() && index.putIfAbsent(header.get(i), i) != null) {
          throw PlanFormatException.builder("duplicate column")
              .at(at(headerRow, i))
              .text(header.get(i))
              .expected("each column once")
              .build();
        }
      }
      requireColumns(headerRow);
      for (int r = h + 1; r < rows.size(); r++) {
        TableRow row = rows.get(r);
        if (!row.isBlank()) {
          readRow(row);
        }
      }
      List<PublishedSeries> out = new ArrayList<>();
      // The measure's name already says which rows it selects: no filters, so that a series
      // is found by its name alone.
      series.forEach(
          (key, obs) ->
              out.add(
                  new PublishedSeries(
                      key.get(0),
                      key.get(1),
                      key.get(2),
                      Map.of(),
                      key.get(3),
                      new ArrayList<>(obs.values()))));
      return ReadResult.of(out, warnings);
    }

    private void requireColumns(TableRow headerRow) {
      Map<String, String> needed = new LinkedHashMap<>();
      needed.put(mapping.areaCode(), "area code");
      mapping.areaName().ifPresent(c -> needed.put(c, "area name"));
      mapping.level().ifPresent(c -> needed.put(c, "geographic level"));
      mapping.period().ifPresent(c -> needed.put(c, "period"));
      for (MeasureColumn m : mapping.measures()) {
        needed.putIfAbsent(m.column(), "values of measure '" + m.name() + "'");
        m.where()
            .keySet()
            .forEach(c -> needed.putIfAbsent(c, "selection of measure '" + m.name() + "'"));
      }
      for (Map.Entry<String, String> e : needed.entrySet()) {
        if (!index.containsKey(e.getKey())) {
          throw PlanFormatException.builder(
                  "missing column '"
                      + e.getKey()
                      + "' that the "
                      + "mapping names as the "
                      + e.getValue())
              .at(headerRow.location())
              .field(e.getKey())
              .expected(
                  "a "
                      + mapping.shape().description()
                      + " with the "
                      + "mapped columns; the header has "
                      + shortList(header)
                      + ". "
                      + PublishedFiles.SHAPES_HELP)
              .build();
        }
      }
    }

    private void readRow(TableRow row) {
      if (row.cells().size() > header.size()) {
        for (int i = header.size(); i < row.cells().size(); i++) {
          if (!row.cell(i).isBlank()) {
            throw PlanFormatException.builder(
                    "row has " + row.cells().size() + " cells but the header has " + header.size())
                .at(row.location(i + 1))
                .text(row.cell(i))
                .expected("at most " + header.size() + " cells")
                .build();
          }
        }
      }
      if (mapping.measures().stream().allMatch(m -> cell(row, m.column()).isEmpty())) {
        warnings.add(
            ReadWarning.of(
                row.location(),
                "row without any value (a footnote?)",
                row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse(""),
                "left out the row"));
        return;
      }
      String code = cell(row, mapping.areaCode());
      if (code.isEmpty()) {
        warnings.add(
            ReadWarning.of(
                at(row, index.get(mapping.areaCode())),
                "row without an area code",
                row.cell(0),
                "left out the row"));
        return;
      }
      String name = mapping.areaName().map(c -> cell(row, c)).orElse("");
      String level =
          mapping.level().map(c -> normaliseLevel(cell(row, c))).orElseGet(() -> levelOfCode(code));
      Optional<ReportingPeriod> rowPeriod = mapping.period().map(c -> period(row, c));
      for (MeasureColumn m : mapping.measures()) {
        if (selects(m, row)) {
          ReportingPeriod p = m.period().or(() -> rowPeriod).or(mapping::filePeriod).orElseThrow();
          value(row, m).ifPresent(v -> add(row, List.of(level, code, name, m.name()), m, p, v));
        }
      }
    }

    private boolean selects(MeasureColumn m, TableRow row) {
      for (Map.Entry<String, String> w : m.where().entrySet()) {
        if (!cell(row, w.getKey()).equalsIgnoreCase(w.getValue().strip())) {
          return false;
        }
      }
      return true;
    }

    private ReportingPeriod period(TableRow row, String column) {
      String text = cell(row, column);
      return mapping
          .convention()
          .read(text)
          .orElseThrow(
              () ->
                  PlanFormatException.builder("cannot read period")
                      .at(at(row, index.get(column)))
                      .field(column)
                      .text(text)
                      .expected(
                          "a "
                              + mapping.convention().jsonName().replace('-', ' ')
                              + " such as 2017/18, 2017-18, 2018 or FY2017-18")
                      .build());
    }

    private Optional<IndicatorValue> value(TableRow row, MeasureColumn m) {
      int i = index.get(m.column());
      String text = row.cell(i).strip();
      InputLocation where = at(row, i);
      if (text.isEmpty()) {
        warnings.add(ReadWarning.of(where, "empty value cell", "", "left out the observation"));
        return Optional.empty();
      }
      Marker marker = mapping.markers().get(text.toLowerCase(Locale.ROOT));
      if (marker != null) {
        return Optional.of(IndicatorValue.of(marker));
      }
      String number = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
      try {
        BigDecimal n = Decimals.parse(number, limits, where, m.column());
        return Optional.of(IndicatorValue.of(n));
      } catch (PlanFormatException e) {
        warnings.add(
            ReadWarning.of(
                where,
                "cannot read value",
                text,
                "left out the observation "
                    + "(a value is a number or one of the declared markers "
                    + mapping.markers().keySet()
                    + ")"));
        return Optional.empty();
      }
    }

    private void add(
        TableRow row, List<String> key, MeasureColumn m, ReportingPeriod p, IndicatorValue v) {
      Map<ReportingPeriod, Observation> obs = series.computeIfAbsent(key, k -> new TreeMap<>());
      Map<ReportingPeriod, Long> seen = firstRow.computeIfAbsent(key, k -> new HashMap<>());
      if (obs.containsKey(p)) {
        throw PlanFormatException.builder(
                "two rows for area "
                    + key.get(1)
                    + " ("
                    + key.get(2)
                    + "), measure '"
                    + m.name()
                    + "' and period "
                    + p
                    + " (first in row "
                    + seen.get(p)
                    + ")")
            .at(at(row, index.get(m.column())))
            .field(m.column())
            .expected(
                "one row per area and period; add a condition (\"where\") to the "
                    + "measure if the file holds several breakdowns")
            .build();
      }
      obs.put(p, Observation.of(p, v));
      seen.put(p, row.number());
    }

    private String cell(TableRow row, String column) {
      return row.cell(index.get(column)).strip();
    }

    private InputLocation at(TableRow row, int column) {
      return InputLocation.builder()
          .source(row.source())
          .sheet(row.sheet())
          .row(row.number())
          .column(
              column < header().size() && !header().get(column).isEmpty()
                  ? header().get(column)
                  : TableRow.columnLetters(column + 1))
          .build();
    }

    private List<String> header() {
      return header == null ? List.of() : header;
    }
  }

  static String shortList(List<String> names) {
    List<String> shown = names.size() > 12 ? names.subList(0, 12) : names;
    return shown + (names.size() > 12 ? " and " + (names.size() - 12) + " more" : "");
  }
}
