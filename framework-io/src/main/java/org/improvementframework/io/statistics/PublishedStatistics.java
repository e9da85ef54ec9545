package org.improvementframework.io.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.BorrowedReader;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.StrictUtf8Reader;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.model.IndicatorValue;
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
    CsvOptions csv = new CsvOptions(',', false, options.limits, CsvOptions.RowNumbering.RECORDS);
    try (TableReader rows = CsvTables.open(new BorrowedReader(reader), options.source, csv)) {
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
    Objects.requireNonNull(timeIdentifier, "timeIdentifier");
    return EesPeriods.period(timePeriod.strip(), timeIdentifier.strip());
  }

  /**
   * What {@link PublishedStatistics} reads: one local authority or all, a geographic level, the
   * indicator columns, the source name for messages, and the {@link InputLimits}.
   *
   * <p>The defaults: every row, indicator columns found from the data, and {@link
   * #DEFAULT_LIMITS}: {@link InputLimits#defaults()} with at most {@value #DEFAULT_MAX_ROWS} rows
   * and {@value #DEFAULT_MAX_INPUT_LENGTH} bytes in all (characters, when the input is a {@code
   * Reader}).
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Options {

    /** The default most rows, the header included. */
    public static final long DEFAULT_MAX_ROWS = 5_000_000;

    /** The default longest input, in bytes: 1 GiB. */
    public static final long DEFAULT_MAX_INPUT_LENGTH = 1L << 30;

    /**
     * The default limits: {@link InputLimits#defaults()} with {@value #DEFAULT_MAX_ROWS} rows and
     * {@value #DEFAULT_MAX_INPUT_LENGTH} bytes, since the national files of a release are large.
     */
    public static final InputLimits DEFAULT_LIMITS =
        InputLimits.defaults()
            .withMaxRows(DEFAULT_MAX_ROWS)
            .withMaxInputBytes(DEFAULT_MAX_INPUT_LENGTH);

    private static final Options DEFAULTS =
        new Options(null, null, null, List.of(), DEFAULT_LIMITS);

    private final String source;
    private final String localAuthority;
    private final String level;
    private final List<String> indicators;
    private final InputLimits limits;

    private Options(
        String source,
        String localAuthority,
        String level,
        List<String> indicators,
        InputLimits limits) {
      this.source = source;
      this.localAuthority = localAuthority;
      this.level = level;
      this.indicators = List.copyOf(indicators);
      this.limits = limits;
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
      String la = codeOrName == null ? null : codeOrName.strip();
      return new Options(source, la, level, indicators, limits);
    }

    /**
     * Returns a copy that keeps only the rows of one geographic level, such as
     * {@code Local authority} (all local authorities), ignoring case.
     *
     * @param geographicLevel the level; may be null for every level
     * @return the new options; not null
     */
    public Options withGeographicLevel(String geographicLevel) {
      return new Options(source, localAuthority, geographicLevel, indicators, limits);
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
      List<String> once = new ArrayList<>(new LinkedHashSet<>(List.of(columns)));
      return new Options(source, localAuthority, level, once, limits);
    }

    /**
     * Returns a copy that names the source (a file name or description) in messages.
     *
     * @param source the source; may be null for none
     * @return the new options; not null
     */
    public Options withSource(String source) {
      return new Options(source, localAuthority, level, indicators, limits);
    }

    /**
     * Returns a copy with other limits. Rows (the header included), columns, cell characters and
     * input bytes apply.
     *
     * @param limits the limits; not null
     * @return the new options; not null
     * @throws NullPointerException if {@code limits} is null
     */
    public Options withLimits(InputLimits limits) {
      Objects.requireNonNull(limits, "limits");
      return new Options(source, localAuthority, level, indicators, limits);
    }

    /**
     * Returns a copy with other row, cell and input limits, the other limits unchanged.
     *
     * @param maxRows the most rows, the header included; at least 1
     * @param maxCellLength the longest cell, in characters; at least 1
     * @param maxInputLength the longest input, in bytes (characters for a reader); at least 1
     * @return the new options; not null
     * @throws IllegalArgumentException if a limit is less than 1
     * @deprecated use {@link #withLimits(InputLimits)}
     */
    @Deprecated(since = "0.1.0")
    public Options withLimits(long maxRows, int maxCellLength, long maxInputLength) {
      InputLimits rowsAndCells = limits.withMaxRows(maxRows).withMaxCellChars(maxCellLength);
      return withLimits(rowsAndCells.withMaxInputBytes(maxInputLength));
    }

    /**
     * Gets the source named in messages.
     *
     * @return the source, empty if none; not null
     */
    public Optional<String> source() {
      return Optional.ofNullable(source);
    }

    /**
     * Gets the indicator columns named, in order.
     *
     * @return the columns, empty when they are found from the data; not null
     */
    public List<String> indicators() {
      return indicators;
    }

    /**
     * Gets the limits.
     *
     * @return the limits; not null
     */
    public InputLimits limits() {
      return limits;
    }

    String sourceOrNull() {
      return source;
    }

    String localAuthorityOrNull() {
      return localAuthority;
    }

    String geographicLevelOrNull() {
      return level;
    }
  }
}
