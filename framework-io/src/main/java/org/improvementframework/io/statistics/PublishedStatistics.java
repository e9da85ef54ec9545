package org.improvementframework.io.statistics;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.StrictUtf8Reader;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableCursor;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Observation;
import org.improvementframework.model.ReportingPeriod;

/**
 * Reads the tidy CSV files of the Department for Education's Explore Education Statistics (EES)
 * service into {@link PublishedSeries indicator series}, for one local authority or all.
 *
 * <p>A tidy file has one row per time period, geography and combination of filters, and one
 * column per indicator: {@code time_period}, {@code time_identifier}, {@code geographic_level},
 * geography columns ({@code country_code}, {@code region_name}, {@code la_name},
 * {@code new_la_code}, ...), filter columns (such as {@code age}, {@code activity}) and indicator
 * columns (such as {@code number}, {@code percentage}). Unless the options name the indicator
 * columns, every column that is not time or geography and whose cells are all numbers or markers
 * is taken as an indicator, and the rest as filters.
 *
 * <p>The markers {@code c} (suppressed), {@code z} (not applicable), {@code x} (not available) and
 * {@code k} (rounds to zero) become {@link IndicatorValue.Marker markers}, never zero or blank. An
 * empty or unreadable indicator cell is left out with a {@link ReadWarning}; so is a row whose
 * {@code time_identifier} has no mapping.
 *
 * <p>Periods ({@code time_period} and {@code time_identifier}):
 * <ul>
 *   <li>{@code Reporting year} {@code 2022}: the year ending 31 March 2022, {@code FY2021-22}.
 *       This is the convention of the children looked after and children in need statistics,
 *       whose reporting year ends on 31 March.
 *   <li>{@code Financial year} {@code 202122}: {@code FY2021-22}; {@code Financial year Q1} to
 *       {@code Q4}: its quarters ({@code FY2021-22 Q1} is April to June 2021).
 *   <li>{@code Academic year} {@code 202122}: {@code AY2021-22} (September to August).
 *   <li>{@code Calendar year} {@code 2022}: {@code 2022}; {@code Calendar year Q1} to {@code Q4}:
 *       the financial quarter of the same three months ({@code 2022} Q1 is {@code FY2021-22 Q4}).
 *   <li>{@code January} to {@code December} with {@code time_period} {@code 2022}: that month.
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class PublishedStatistics {

  private static final Set<String> TIME = Set.of("time_period", "time_identifier");

  /** Geography columns of EES files, from the most to the least specific (code, name). */
  private static final String[][] GEOGRAPHY = {
    {"school_urn", "school_name"},
    {"lad_code", "lad_name"},
    {"pcon_code", "pcon_name"},
    {"new_la_code", "la_name"},
    {"region_code", "region_name"},
    {"country_code", "country_name"}
  };

  private static final Set<String> GEOGRAPHY_COLUMNS =
      Set.of(
          "geographic_level",
          "old_la_code",
          "school_urn",
          "school_name",
          "school_laestab",
          "lad_code",
          "lad_name",
          "pcon_code",
          "pcon_name",
          "new_la_code",
          "la_name",
          "region_code",
          "region_name",
          "country_code",
          "country_name",
          "ward_code",
          "ward_name",
          "opportunity_area_code",
          "opportunity_area_name",
          "trust_id",
          "trust_name",
          "provider_ukprn",
          "provider_name");
  private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})(\\d{2})");
  private static final Pattern ONE_YEAR = Pattern.compile("\\d{4}");
  private static final Pattern QUARTER = Pattern.compile("(Financial|Calendar) year Q([1-4])");
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private PublishedStatistics() {}

  /**
   * Reads the series of a UTF-8 tidy CSV file. Messages name the file unless the options name a
   * source.
   *
   * @param path the file; not null
   * @param options the options; not null
   * @return the series, in order of first appearance, and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the file is not a tidy statistics file, naming row and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult<List<PublishedSeries>> read(Path path, Options options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    Options o =
        options.source == null ? options.withSource(String.valueOf(path.getFileName())) : options;
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, o);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the series of UTF-8 tidy CSV bytes. The stream is not closed.
   *
   * @param in the stream; not null
   * @param options the options; not null
   * @return the series and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the input is not a tidy statistics file, naming row and column
   * @throws UncheckedIOException if the stream fails
   */
  public static ReadResult<List<PublishedSeries>> read(InputStream in, Options options) {
    Objects.requireNonNull(in, "in");
    return read(new StrictUtf8Reader(in), options);
  }

  /**
   * Reads the series of tidy CSV characters. The reader is not closed.
   *
   * @param reader the reader; not null
   * @param options the options; not null
   * @return the series and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the input is not a tidy statistics file, naming row and column
   * @throws UncheckedIOException if the reader fails
   */
  public static ReadResult<List<PublishedSeries>> read(Reader reader, Options options) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(options, "options");
    InputLimits limits =
        InputLimits.defaults()
            .withMaxRows(options.maxRows)
            .withMaxCellChars(options.maxCellLength)
            .withMaxInputBytes(options.maxInputLength);
    CsvOptions csv = new CsvOptions(',', false, limits, CsvOptions.RowNumbering.RECORDS);
    Reader keptOpen =
        new FilterReader(reader) {
          @Override
          public void close() {
            // The caller owns the reader.
          }
        };
    try (TableReader rows = CsvTables.open(keptOpen, options.source, csv)) {
      return new TidyReader(rows, options).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Converts an EES {@code time_period} and {@code time_identifier} to a reporting period.
   *
   * @param timePeriod the {@code time_period}, such as {@code 2022} or {@code 202122}; not null
   * @param timeIdentifier the {@code time_identifier}, such as {@code Reporting year}; not null
   * @return the period, empty if the identifier has no mapping; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the time period does not fit the identifier
   */
  public static Optional<ReportingPeriod> period(String timePeriod, String timeIdentifier) {
    Objects.requireNonNull(timePeriod, "timePeriod");
    String id = Objects.requireNonNull(timeIdentifier, "timeIdentifier").strip();
    String tp = timePeriod.strip();
    switch (id) {
      case "Reporting year" -> {
        return Optional.of(ReportingPeriod.financialYear(oneYear(tp, id) - 1));
      }
      case "Calendar year" -> {
        return Optional.of(ReportingPeriod.calendarYear(oneYear(tp, id)));
      }
      case "Financial year" -> {
        return Optional.of(ReportingPeriod.financialYear(twoYears(tp, id)));
      }
      case "Academic year" -> {
        return Optional.of(ReportingPeriod.academicYear(twoYears(tp, id)));
      }
      default -> {}
    }
    Matcher q = QUARTER.matcher(id);
    if (q.matches()) {
      int quarter = Integer.parseInt(q.group(2));
      if (q.group(1).equals("Financial")) {
        return Optional.of(ReportingPeriod.quarter(twoYears(tp, id), quarter));
      }
      int year = oneYear(tp, id);
      return Optional.of(
          quarter == 1
              ? ReportingPeriod.quarter(year - 1, 4)
              : ReportingPeriod.quarter(year, quarter - 1));
    }
    for (int m = 0; m < MONTHS.length; m++) {
      if (MONTHS[m].equals(id)) {
        return Optional.of(ReportingPeriod.month(YearMonth.of(oneYear(tp, id), m + 1)));
      }
    }
    return Optional.empty();
  }

  private static int oneYear(String tp, String id) {
    if (!ONE_YEAR.matcher(tp).matches()) {
      throw new IllegalArgumentException(
          "time_period '"
              + tp
              + "' does not fit time_identifier '"
              + id
              + "': expected a year such as 2022");
    }
    return Integer.parseInt(tp);
  }

  private static int twoYears(String tp, String id) {
    Matcher m = TWO_YEARS.matcher(tp);
    if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
      throw new IllegalArgumentException(
          "time_period '"
              + tp
              + "' does not fit time_identifier '"
              + id
              + "': expected two consecutive years such as 202122");
    }
    return Integer.parseInt(m.group(1));
  }

  private static boolean isValue(String s) {
    if (IndicatorValue.Marker.ofCode(s).isPresent()) {
      return true;
    }
    try {
      new BigDecimal(s.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Reads all rows, then decides the indicator columns and builds the series. */
  private static final class TidyReader {
    private final TableCursor rows;
    private final Options options;
    private final List<ReadWarning> warnings = new ArrayList<>();
    private String[] header;

    TidyReader(TableReader rows, Options options) {
      this.rows = new TableCursor(rows, options.source);
      this.options = options;
    }

    ReadResult<List<PublishedSeries>> read() throws IOException {
      header = rows.next();
      if (header == null) {
        throw PlanFormatException.builder("empty input")
            .at(rows.location(null))
            .expected("a header row with time_period, time_identifier and geographic_level")
            .build();
      }
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        String name = header[i].strip();
        if (index.put(name, i) != null) {
          throw PlanFormatException.builder("duplicate column")
              .at(rows.location(name))
              .text(name)
              .expected("each column once")
              .build();
        }
      }
      for (String required : List.of("time_period", "time_identifier", "geographic_level")) {
        if (!index.containsKey(required)) {
          throw PlanFormatException.builder("missing column '" + required + "'")
              .at(rows.location(null))
              .field(required)
              .expected(
                  "an EES tidy data file with time_period, time_identifier and "
                      + "geographic_level; a wide release file (one column per measure) or a tidy "
                      + "file with a period column is read by statistics.PublishedFiles with a "
                      + "mapping (docs/statistics.md)")
              .build();
        }
      }
      List<String[]> data = new ArrayList<>();
      List<Long> rowNumbers = new ArrayList<>();
      String[] r;
      while ((r = rows.next()) != null) {
        if (r.length == 1 && r[0].isEmpty()) {
          continue;
        }
        if (r.length != header.length) {
          throw PlanFormatException.builder(
                  "row has " + r.length + " cells but the header has " + header.length)
              .at(rows.location(null))
              .expected(header.length + " cells")
              .build();
        }
        if (selected(r, index)) {
          data.add(r);
          rowNumbers.add(rows.row());
        }
      }
      List<String> indicators = indicatorColumns(index, data);
      List<String> filters = new ArrayList<>();
      for (String name : index.keySet()) {
        if (!TIME.contains(name)
            && !GEOGRAPHY_COLUMNS.contains(name)
            && !indicators.contains(name)) {
          filters.add(name);
        }
      }
      return ReadResult.of(series(index, data, rowNumbers, indicators, filters), warnings);
    }

    private boolean selected(String[] r, Map<String, Integer> index) {
      if (options.level != null
          && !r[index.get("geographic_level")].strip().equalsIgnoreCase(options.level)) {
        return false;
      }
      if (options.localAuthority == null) {
        return true;
      }
      for (String column : List.of("new_la_code", "old_la_code", "la_name")) {
        Integer i = index.get(column);
        if (i != null && r[i].strip().equalsIgnoreCase(options.localAuthority)) {
          return true;
        }
      }
      return false;
    }

    private List<String> indicatorColumns(Map<String, Integer> index, List<String[]> data) {
      if (!options.indicators.isEmpty()) {
        for (String name : options.indicators) {
          if (!index.containsKey(name)) {
            throw PlanFormatException.builder("missing indicator column '" + name + "'")
                .at(rows.location(null))
                .field(name)
                .expected("the columns " + index.keySet())
                .build();
          }
        }
        return List.copyOf(options.indicators);
      }
      List<String> found = new ArrayList<>();
      for (Map.Entry<String, Integer> e : index.entrySet()) {
        String name = e.getKey();
        if (TIME.contains(name) || GEOGRAPHY_COLUMNS.contains(name) || data.isEmpty()) {
          continue;
        }
        boolean all = true;
        for (String[] r : data) {
          all &= isValue(r[e.getValue()]);
        }
        if (all) {
          found.add(name);
        }
      }
      return found;
    }

    private List<PublishedSeries> series(
        Map<String, Integer> index,
        List<String[]> data,
        List<Long> rowNumbers,
        List<String> indicators,
        List<String> filters) {
      Map<List<String>, Map<ReportingPeriod, Observation>> byKey = new LinkedHashMap<>();
      Map<List<String>, Map<ReportingPeriod, Long>> firstRow = new HashMap<>();
      int tp = index.get("time_period");
      int ti = index.get("time_identifier");
      int level = index.get("geographic_level");
      for (int n = 0; n < data.size(); n++) {
        String[] r = data.get(n);
        long row = rowNumbers.get(n);
        ReportingPeriod period;
        try {
          Optional<ReportingPeriod> p = period(r[tp], r[ti]);
          if (p.isEmpty()) {
            warnings.add(
                ReadWarning.of(
                    InputLocation.ofCell(options.source, row, "time_identifier"),
                    "time_identifier has no mapping to a reporting period",
                    r[ti],
                    "left out the row"));
            continue;
          }
          period = p.get();
        } catch (IllegalArgumentException e) {
          throw PlanFormatException.builder("cannot read time_period")
              .at(InputLocation.ofCell(options.source, row, "time_period"))
              .field("time_period")
              .text(r[tp])
              .expected(e.getMessage())
              .cause(e)
              .build();
        }
        String[] area = area(r, index, r[level].strip());
        for (String indicator : indicators) {
          String cell = r[index.get(indicator)];
          IndicatorValue value;
          try {
            value = IndicatorValue.parse(cell);
          } catch (NumberFormatException e) {
            warnings.add(
                ReadWarning.of(
                    InputLocation.ofCell(options.source, row, indicator),
                    cell.isBlank() ? "empty indicator cell" : "cannot read indicator value",
                    cell,
                    "left out the observation (a value is a number or one of c, z, x, k)"));
            continue;
          }
          List<String> key = new ArrayList<>();
          key.add(r[level].strip());
          key.add(area[0]);
          key.add(area[1]);
          for (String f : filters) {
            key.add(r[index.get(f)]);
          }
          key.add(indicator);
          Map<ReportingPeriod, Observation> obs = byKey.computeIfAbsent(key, k -> new TreeMap<>());
          Map<ReportingPeriod, Long> rowsOf = firstRow.computeIfAbsent(key, k -> new HashMap<>());
          if (obs.containsKey(period)) {
            throw PlanFormatException.builder(
                    "two rows for the same series and period "
                        + period
                        + " (first in row "
                        + rowsOf.get(period)
                        + ")")
                .at(InputLocation.ofCell(options.source, row, indicator))
                .field(indicator)
                .text(cell)
                .expected(
                    "one row per period, geography and filter combination; "
                        + "name the indicator columns if a filter column was taken as an indicator")
                .build();
          }
          obs.put(period, Observation.of(period, value));
          rowsOf.put(period, row);
        }
      }
      List<PublishedSeries> out = new ArrayList<>();
      for (Map.Entry<List<String>, Map<ReportingPeriod, Observation>> e : byKey.entrySet()) {
        List<String> k = e.getKey();
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < filters.size(); i++) {
          f.put(filters.get(i), k.get(3 + i));
        }
        out.add(
            new PublishedSeries(
                k.get(0),
                k.get(1),
                k.get(2),
                f,
                k.get(k.size() - 1),
                new ArrayList<>(e.getValue().values())));
      }
      return out;
    }

    /** The code and name of a row's geography, by its level. */
    private String[] area(String[] r, Map<String, Integer> index, String level) {
      String l = level.toLowerCase(Locale.ROOT);
      String[][] order =
          l.equals("national")
              ? new String[][] {GEOGRAPHY[5]}
              : l.equals("regional")
                  ? new String[][] {GEOGRAPHY[4]}
                  : l.equals("local authority")
                      ? new String[][] {GEOGRAPHY[3], {"old_la_code", "la_name"}}
                      : GEOGRAPHY;
      for (String[] pair : order) {
        String code = cell(r, index, pair[0]);
        String name = cell(r, index, pair[1]);
        if (!code.isEmpty() || !name.isEmpty()) {
          return new String[] {code, name};
        }
      }
      return new String[] {"", ""};
    }

    private static String cell(String[] r, Map<String, Integer> index, String column) {
      Integer i = index.get(column);
      return i == null ? "" : r[i].strip();
    }
  }

  /**
   * What {@link PublishedStatistics} reads: one local authority or all, a geographic level, the
   * indicator columns, the source name for messages, and limits.
   *
   * <p>The defaults: every row, indicator columns found from the data, at most
   * {@value #DEFAULT_MAX_ROWS} rows, {@value PlanCsv.Options#DEFAULT_MAX_CELL_LENGTH} characters
   * in a cell and {@value #DEFAULT_MAX_INPUT_LENGTH} characters in all.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Options {

    /** The default most rows, the header included. */
    public static final long DEFAULT_MAX_ROWS = 5_000_000;

    /** The default longest input, in characters: 1 Gi. */
    public static final long DEFAULT_MAX_INPUT_LENGTH = 1L << 30;

    private static final Options DEFAULTS =
        new Options(
            null,
            null,
            null,
            List.of(),
            DEFAULT_MAX_ROWS,
            PlanCsv.Options.DEFAULT_MAX_CELL_LENGTH,
            DEFAULT_MAX_INPUT_LENGTH);

    private final String source;
    private final String localAuthority;
    private final String level;
    private final List<String> indicators;
    private final long maxRows;
    private final int maxCellLength;
    private final long maxInputLength;

    private Options(
        String source,
        String localAuthority,
        String level,
        List<String> indicators,
        long maxRows,
        int maxCellLength,
        long maxInputLength) {
      this.source = source;
      this.localAuthority = localAuthority;
      this.level = level;
      this.indicators = List.copyOf(indicators);
      this.maxRows = maxRows;
      this.maxCellLength = maxCellLength;
      this.maxInputLength = maxInputLength;
    }

    /**
     * Obtains the default options: every row, indicators found from the data.
     *
     * @return the defaults; not null
     */
    public static Options defaults() {
      return DEFAULTS;
    }

    /**
     * Returns a copy that keeps only the rows of one local authority, matched by
     * {@code new_la_code}, {@code old_la_code} or {@code la_name}, ignoring case.
     *
     * @param codeOrName the code (such as {@code E06000026} or {@code 879}) or name (such as
     *     {@code Plymouth}); may be null for every row
     * @return the new options; not null
     */
    public Options withLocalAuthority(String codeOrName) {
      return new Options(
          source,
          codeOrName == null ? null : codeOrName.strip(),
          level,
          indicators,
          maxRows,
          maxCellLength,
          maxInputLength);
    }

    /**
     * Returns a copy that keeps only the rows of one geographic level, such as
     * {@code Local authority} (all local authorities), ignoring case.
     *
     * @param geographicLevel the level; may be null for every level
     * @return the new options; not null
     */
    public Options withGeographicLevel(String geographicLevel) {
      return new Options(
          source,
          localAuthority,
          geographicLevel,
          indicators,
          maxRows,
          maxCellLength,
          maxInputLength);
    }

    /**
     * Returns a copy that names the indicator columns instead of finding them from the data;
     * every other column that is not time or geography is a filter.
     *
     * @param columns the indicator columns, such as {@code number}; not null, no null elements;
     *     empty to find them from the data
     * @return the new options; not null
     * @throws NullPointerException if {@code columns} or an element is null
     */
    public Options withIndicators(String... columns) {
      return new Options(
          source,
          localAuthority,
          level,
          new ArrayList<>(new LinkedHashSet<>(List.of(columns))),
          maxRows,
          maxCellLength,
          maxInputLength);
    }

    /**
     * Returns a copy that names the source (a file name or description) in messages.
     *
     * @param source the source; may be null for none
     * @return the new options; not null
     */
    public Options withSource(String source) {
      return new Options(
          source, localAuthority, level, indicators, maxRows, maxCellLength, maxInputLength);
    }

    /**
     * Returns a copy with other limits.
     *
     * @param maxRows the most rows, the header included; at least 1
     * @param maxCellLength the longest cell, in characters; at least 1
     * @param maxInputLength the longest input, in characters; at least 1
     * @return the new options; not null
     * @throws IllegalArgumentException if a limit is less than 1
     */
    public Options withLimits(long maxRows, int maxCellLength, long maxInputLength) {
      if (maxRows < 1 || maxCellLength < 1 || maxInputLength < 1) {
        throw new IllegalArgumentException(
            "limits must be at least 1, not "
                + maxRows
                + ", "
                + maxCellLength
                + ", "
                + maxInputLength);
      }
      return new Options(
          source, localAuthority, level, indicators, maxRows, maxCellLength, maxInputLength);
    }
  }
}
