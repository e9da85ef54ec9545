package org.improvementframework.io.csv;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.improvementframework.io.AtomicFiles;
import org.improvementframework.io.BorrowedReader;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.IoFailures;
import org.improvementframework.io.LimitedInputStream;
import org.improvementframework.io.LimitedOutput;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.StrictUtf8Reader;
import org.improvementframework.io.WriteLimitException;
import org.improvementframework.io.table.CsvCursor;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.model.ImprovementPlan;

/**
 * Reads and writes an improvement plan as a CSV sheet with one row per milestone, the sheet
 * people filter in Excel. The area and action columns are repeated on each of their milestones'
 * rows; an action without milestones has one row with the milestone columns empty, an area
 * without actions one row with the action and milestone columns empty, and a plan without areas
 * one row with only the plan columns. The {@link Column columns} are documented one by one.
 *
 * <p>Lists that belong to an area or action (leads, objectives, outcomes, measures, notes,
 * dependencies, target periods) are written in one cell, one element per line; within an element
 * a backslash is written {@code \\}, a line feed {@code \n} and a carriage return {@code \r}, so
 * that every element survives. The indicators of the area's measures, which have no natural
 * spreadsheet form, are one cell of compact JSON.
 *
 * <p>Reading rebuilds the same plan: {@code read(write(plan)).equals(plan)}. Rows may be
 * reordered or interleaved (an area's or action's place is that of its first row), but the
 * repeated columns of an area, an action or the plan must agree on every row: a contradiction is
 * a {@link PlanFormatException} naming the row (counting the header as row 1, as Excel does), the
 * column heading, the text and the value of the first row.
 *
 * <p>Writing neutralises formula injection: a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, or with an apostrophe, is written with an
 * apostrophe in front, so that a spreadsheet shows it as text and never runs it; reading removes
 * one leading apostrophe from every cell, restoring the text. Quoting is jackson-dataformat-csv's.
 *
 * <p>Methods taking streams, readers and writers do not close them. This class is thread-safe.
 */
public final class PlanCsv {

  /**
   * The columns, in the order written. The heading is the text in the first row; reading finds
   * columns by heading, so a sheet may reorder them, but each must be present exactly once.
   */
  public enum Column {
    /** The area number, such as {@code 3}; empty on a row that carries only the plan. */
    AREA("Area"),
    /** The area title. */
    AREA_TITLE("Area title"),
    /** The area's leads, one per line. */
    LEADS("Leads"),
    /** The area's objectives, one per line. */
    OBJECTIVES("Objectives"),
    /** The area's outcomes, one per line. */
    OUTCOMES("Outcomes"),
    /** The texts of the area's measures ("measured by"), one per line. */
    MEASURED_BY("Measured by"),
    /**
     * The indicators of the area's measures as a JSON array with one element per measure, in
     * the same order, {@code null} for a measure without one, each in the shape of the canonical
     * JSON format; empty when no measure has an indicator.
     */
    INDICATORS("Indicators (JSON)"),
    /** The area's notes, one per line. */
    AREA_NOTES("Area notes"),
    /** The action reference, such as {@code 3.2}; empty on a row for an area without actions. */
    ACTION("Action"),
    /** The action description. */
    ACTION_DESCRIPTION("Action description"),
    /**
     * The RAG reported for the action: {@code RED}, {@code AMBER}, {@code GREEN}, {@code BLUE} or
     * empty.
     */
    RAG("RAG"),
    /** The resolution written for overdue milestones, or empty. */
    RESOLUTION("Resolution"),
    /**
     * The action's dependencies as references ({@code 3}, {@code 2.1}, {@code 2.1.3}), one per
     * line.
     */
    DEPENDENCIES("Dependencies"),
    /** The action's notes, one per line. */
    ACTION_NOTES("Action notes"),
    /**
     * The milestone reference, such as {@code 3.2.1}; empty on a row for an action without
     * milestones.
     */
    MILESTONE("Milestone"),
    /** The milestone description. */
    MILESTONE_DESCRIPTION("Milestone description"),
    /** The target as written, such as {@code Feb 15, thereafter monthly}; empty for none. */
    TARGET("Target"),
    /** The kind of target: a {@code TargetKind} name such as {@code MONTH}. */
    TARGET_KIND("Target kind"),
    /** The target's periods as ISO date ranges ({@code 2015-02-01/2015-02-28}), one per line. */
    TARGET_PERIODS("Target periods"),
    /**
     * The recurrence of a recurring target: {@code WEEKLY}, {@code MONTHLY}, {@code QUARTERLY},
     * {@code ANNUALLY}; else empty.
     */
    RECURRENCE("Recurrence"),
    /** The milestone's progress: a {@code Progress} name such as {@code IN_PROGRESS}. */
    PROGRESS("Progress"),
    /** The status as written, such as {@code Meeting booked 30/3}; empty when not reported. */
    STATUS("Status"),
    /** The plan title, on every row. */
    PLAN_TITLE("Plan title"),
    /** The organisation, on every row; empty if none. */
    ORGANISATION("Organisation"),
    /** The date the statuses were reported, ISO ({@code 2015-03-31}), on every row. */
    AS_AT("As at"),
    /** The period the plan covers, an ISO date range, on every row; empty if none. */
    PLAN_PERIOD("Plan period"),
    /** The plan's notes, one per line, on every row. */
    PLAN_NOTES("Plan notes");

    private final String heading;

    Column(String heading) {
      this.heading = heading;
    }

    /**
     * Gets the heading of the column, as written in the first row.
     *
     * @return the heading; not null
     */
    public String heading() {
      return heading;
    }
  }

  private PlanCsv() {}

  /**
   * Writes a plan as CSV to a string, with the default options (comma, no byte order mark).
   *
   * @param plan the plan; not null
   * @return the CSV text; not null
   * @throws NullPointerException if {@code plan} is null
   */
  public static String write(ImprovementPlan plan) {
    return write(plan, Options.defaults());
  }

  /**
   * Writes a plan as CSV to a string. A byte order mark, if chosen, is the first character.
   *
   * @param plan the plan; not null
   * @param options the options; not null
   * @return the CSV text; not null
   * @throws NullPointerException if an argument is null
   */
  public static String write(ImprovementPlan plan, Options options) {
    StringWriter w = new StringWriter();
    write(plan, w, options);
    return w.toString();
  }

  /**
   * Writes a plan as UTF-8 CSV to a byte stream. The stream is flushed, not closed.
   *
   * @param plan the plan; not null
   * @param out the stream; not null
   * @param options the options; not null
   * @throws NullPointerException if an argument is null
   * @throws WriteLimitException if the CSV would exceed the options' rows, cell length or
   *     length in bytes; part of it may have been written
   * @throws IllegalArgumentException if a text of the plan holds a lone surrogate
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(ImprovementPlan plan, OutputStream out, Options options) {
    Objects.requireNonNull(out, "out");
    write(
        plan,
        options,
        max -> LimitedOutput.ofUtf8(out, max, "CSV length in bytes", PlanCsvWriter.LIMITS_OPTION));
  }

  /**
   * Writes a plan as UTF-8 CSV to a file, replacing it if it exists. The file is written whole
   * or not at all ({@link AtomicFiles}): on any failure, it is left as it was.
   *
   * @param plan the plan; not null
   * @param path the file; not null
   * @param options the options; not null
   * @throws NullPointerException if an argument is null
   * @throws WriteLimitException if the CSV would exceed the options' read limits
   * @throws IllegalArgumentException if a text of the plan holds a lone surrogate
   * @throws UncheckedIOException if the file cannot be written, giving the reason
   */
  public static void write(ImprovementPlan plan, Path path, Options options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    AtomicFiles.writeOrFail(path, out -> write(plan, out, options));
  }

  /**
   * Writes a plan as CSV to a character stream. The writer is flushed, not closed.
   *
   * @param plan the plan; not null
   * @param writer the writer; not null
   * @param options the options; not null
   * @throws NullPointerException if an argument is null
   * @throws WriteLimitException if the CSV would exceed the options' rows, cell length or
   *     length in characters; part of it may have been written
   * @throws IllegalArgumentException if a text of the plan holds a lone surrogate
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(ImprovementPlan plan, Writer writer, Options options) {
    Objects.requireNonNull(writer, "writer");
    write(
        plan,
        options,
        max ->
            LimitedOutput.ofChars(
                writer, max, "CSV length in characters", PlanCsvWriter.LIMITS_OPTION));
  }

  /**
   * The one writing path of every output: the output counts against the options' length limit
   * ({@link InputLimits#maxInputBytes()}) in the unit its reader counts.
   */
  private static void write(
      ImprovementPlan plan, Options options, LongFunction<LimitedOutput> output) {
    Objects.requireNonNull(options, "options");
    PlanCsvWriter.write(plan, output.apply(options.limits().maxInputBytes()), options);
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a plan from CSV text, with the default options.
   *
   * @param csv the CSV text; not null
   * @return the plan; not null
   * @throws NullPointerException if {@code csv} is null
   * @throws PlanFormatException if the text is not a valid plan sheet, naming row and column
   */
  public static ImprovementPlan read(String csv) {
    return read(csv, Options.defaults()).value();
  }

  /**
   * Reads a plan from CSV text. A leading byte order mark is skipped.
   *
   * @param csv the CSV text; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the text is not a valid plan sheet, naming row and column
   */
  public static ReadResult<ImprovementPlan> read(String csv, Options options) {
    Objects.requireNonNull(csv, "csv");
    return read(new StringReader(csv), options);
  }

  /**
   * Reads a plan from UTF-8 CSV bytes. The stream is not closed; text that is not UTF-8 (such
   * as a Windows-1252 export) is an error naming the row.
   *
   * @param in the stream; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the input is not a valid plan sheet, naming row and column
   * @throws UncheckedIOException if the stream fails
   */
  public static ReadResult<ImprovementPlan> read(InputStream in, Options options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    InputStream limited =
        new LimitedInputStream(
            in,
            options.limits().maxInputBytes(),
            "input length in bytes",
            InputLocation.ofSource(options.source));
    return read(new StrictUtf8Reader(limited), options);
  }

  /**
   * Reads a plan from a UTF-8 CSV file. Messages name the file unless the options name a source.
   *
   * @param path the file; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the file is not a valid plan sheet, naming row and column
   * @throws InputLimitException if the file is larger than the input limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult<ImprovementPlan> read(Path path, Options options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    Options o =
        options.source == null ? options.withSource(String.valueOf(path.getFileName())) : options;
    try {
      try (InputStream in =
          LimitedInputStream.open(
              path, o.limits().maxInputBytes(), InputLocation.ofSource(o.source))) {
        return read(in, o);
      }
    } catch (IOException e) {
      throw IoFailures.cannotRead(path, e);
    }
  }

  /**
   * Reads a plan from CSV characters. The reader is not closed.
   *
   * @param reader the reader; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the input is not a valid plan sheet, naming row and column
   * @throws UncheckedIOException if the reader fails
   */
  public static ReadResult<ImprovementPlan> read(Reader reader, Options options) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(options, "options");
    // The cursor, not CsvTables' rows of strings: most cells repeat the area, action and plan,
    // and are compared in place (the two tokenizers read the same cells, a property holds).
    try (CsvCursor rows = CsvCursor.open(new BorrowedReader(reader), options.source, options.csv)) {
      return new SheetReader(rows, options).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- options

  /**
   * How {@link PlanCsv} reads and writes: the delimiter, whether to begin with a byte order
   * mark (which Excel needs to recognise UTF-8), the source name for messages, and the
   * {@link InputLimits} that protect against hostile or mistaken input.
   *
   * <p>The defaults: comma, no byte order mark, and {@link #DEFAULT_LIMITS}: at most
   * {@value #DEFAULT_MAX_ROWS} rows, {@value #DEFAULT_MAX_CELL_LENGTH} characters in a cell and
   * {@value #DEFAULT_MAX_INPUT_LENGTH} bytes in all. The byte limit counts the bytes of a stream
   * or file; text already decoded (a {@code String} or {@code Reader}) is counted in characters,
   * each at least one byte. The writer keeps to the same limits, so that what it writes, the
   * reader reads with the same options.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Options {

    /** The default most rows, the header included. */
    public static final long DEFAULT_MAX_ROWS = 1_000_000;

    /** The default longest cell, in characters, as {@link InputLimits#maxCellChars()}. */
    public static final int DEFAULT_MAX_CELL_LENGTH = InputLimits.DEFAULT_MAX_CELL_CHARS;

    /**
     * The default longest input, in bytes: 256 MiB, as {@link InputLimits#maxInputBytes()}; the
     * CSV of a 36 MB JSON plan has about 157 million characters.
     */
    public static final long DEFAULT_MAX_INPUT_LENGTH = InputLimits.DEFAULT_MAX_INPUT_BYTES;

    /** The default limits: {@link InputLimits#defaults()} with {@value #DEFAULT_MAX_ROWS} rows. */
    public static final InputLimits DEFAULT_LIMITS =
        InputLimits.defaults().withMaxRows(DEFAULT_MAX_ROWS);

    private static final Options DEFAULTS =
        new Options(
            new CsvOptions(',', false, DEFAULT_LIMITS, CsvOptions.RowNumbering.RECORDS),
            false,
            null);

    /** The writer's settings do not vary with the options, so every options value shares them. */
    private static final CsvFactory FACTORY =
        CsvFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    /** The tokenizer's part: a fixed delimiter, RFC 4180 quotes, the limits, records numbered. */
    private final CsvOptions csv;

    private final boolean byteOrderMark;
    private final String source;

    private Options(CsvOptions csv, boolean byteOrderMark, String source) {
      this.csv = csv;
      this.byteOrderMark = byteOrderMark;
      this.source = source;
    }

    /**
     * Obtains the default options.
     *
     * @return the defaults; not null
     */
    public static Options defaults() {
      return DEFAULTS;
    }

    /**
     * Returns a copy with another delimiter, such as {@code ';'} for a spreadsheet in a locale
     * whose decimal separator is a comma.
     *
     * @param delimiter the delimiter; not a quote, line break, apostrophe or backslash
     * @return the new options; not null
     * @throws IllegalArgumentException if the delimiter is not allowed
     */
    public Options withDelimiter(char delimiter) {
      if (delimiter == '"'
          || delimiter == '\n'
          || delimiter == '\r'
          || delimiter == '\''
          || delimiter == '\\') {
        throw new IllegalArgumentException("delimiter cannot be '" + delimiter + "'");
      }
      return new Options(csv.withDelimiter(delimiter), byteOrderMark, source);
    }

    /**
     * Returns a copy that writes (or not) a UTF-8 byte order mark first, so that Excel opens
     * the file as UTF-8. Reading always skips one.
     *
     * @param byteOrderMark whether to write a byte order mark
     * @return the new options; not null
     */
    public Options withByteOrderMark(boolean byteOrderMark) {
      return new Options(csv, byteOrderMark, source);
    }

    /**
     * Returns a copy that names the source (a file name or description) in messages.
     *
     * @param source the source; may be null for none
     * @return the new options; not null
     */
    public Options withSource(String source) {
      return new Options(csv, byteOrderMark, source);
    }

    /**
     * Returns a copy with other limits. Rows, cell characters and input bytes apply; the header
     * counts as a row.
     *
     * @param limits the limits; not null
     * @return the new options; not null
     * @throws NullPointerException if {@code limits} is null
     */
    public Options withLimits(InputLimits limits) {
      return new Options(csv.withLimits(limits), byteOrderMark, source);
    }

    /**
     * Returns a copy with other limits.
     *
     * @param maxRows the most rows, the header included; at least 1
     * @param maxCellLength the longest cell, in characters; at least 1
     * @param maxInputLength the longest input, in bytes; at least 1
     * @return the new options; not null
     * @throws IllegalArgumentException if a limit is less than 1
     * @deprecated use {@link #withLimits(InputLimits)}, the limits type every reader shares
     */
    @Deprecated(since = "0.1.0")
    public Options withLimits(long maxRows, int maxCellLength, long maxInputLength) {
      return withLimits(
          limits()
              .withMaxRows(maxRows)
              .withMaxCellChars(maxCellLength)
              .withMaxInputBytes(maxInputLength));
    }

    /**
     * Gets the limits.
     *
     * @return the limits; not null
     */
    public InputLimits limits() {
      return csv.limits();
    }

    /**
     * Gets the delimiter.
     *
     * @return the delimiter
     */
    public char delimiter() {
      return csv.delimiter();
    }

    /**
     * Tells whether writing begins with a byte order mark.
     *
     * @return true if a byte order mark is written
     */
    public boolean byteOrderMark() {
      return byteOrderMark;
    }

    /**
     * Gets the source named in messages.
     *
     * @return the source, empty if none; not null
     */
    public Optional<String> source() {
      return Optional.ofNullable(source);
    }

    CsvFactory factory() {
      return FACTORY;
    }

    /**
     * Gets the tokenizer's options: the delimiter, RFC 4180 quotes, the limits, and rows numbered
     * by records, as a spreadsheet program shows them.
     *
     * @return the options of {@link org.improvementframework.io.table.CsvTables}; not null
     */
    public CsvOptions csvOptions() {
      return csv;
    }
  }
}
