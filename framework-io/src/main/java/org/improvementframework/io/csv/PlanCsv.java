package org.improvementframework.io.csv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.improvementframework.io.AtomicFiles;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.IoFailures;
import org.improvementframework.io.LimitedOutput;
import org.improvementframework.io.LimitedReader;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.StrictUtf8Reader;
import org.improvementframework.io.Utf16;
import org.improvementframework.io.WriteLimitException;
import org.improvementframework.io.json.IndicatorJson;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Reference;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

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

  private static final Column[] COLUMNS = Column.values();
  private static final int AREA_FIRST = Column.AREA.ordinal();
  private static final int AREA_LAST = Column.AREA_NOTES.ordinal();
  private static final int ACTION_FIRST = Column.ACTION.ordinal();
  private static final int ACTION_LAST = Column.ACTION_NOTES.ordinal();
  private static final int MILESTONE_FIRST = Column.MILESTONE.ordinal();
  private static final int MILESTONE_LAST = Column.STATUS.ordinal();
  private static final String LIMITS_OPTION = "PlanCsv.Options.withLimits";
  private static final int PLAN_FIRST = Column.PLAN_TITLE.ordinal();

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final JsonFactory INDICATOR_JSON =
      JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
          .build();

  private PlanCsv() {}

  // ---------------------------------------------------------------- writing

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
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(ImprovementPlan plan, OutputStream out, Options options) {
    Objects.requireNonNull(out, "out");
    // REPORT, not the default REPLACE: a lone surrogate must fail, never become '?'.
    Writer w =
        new OutputStreamWriter(
            out,
            StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    write(plan, w, options);
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
    try {
      AtomicFiles.write(path, out -> write(plan, out, options));
    } catch (IOException e) {
      throw IoFailures.cannotWrite(path, e);
    } catch (UncheckedIOException e) {
      throw e.getCause() != null ? IoFailures.cannotWrite(path, e.getCause()) : e;
    }
  }

  /**
   * Writes a plan as CSV to a character stream. The writer is flushed, not closed.
   *
   * @param plan the plan; not null
   * @param writer the writer; not null
   * @param options the options; not null
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(ImprovementPlan plan, Writer writer, Options options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(options, "options");
    long rows = rowCount(plan);
    if (rows > options.maxRows) {
      throw new WriteLimitException(rows + " rows", options.maxRows, LIMITS_OPTION);
    }
    Writer limited =
        new LimitedOutput.Chars(
            writer, options.maxInputLength, "CSV length in characters", LIMITS_OPTION);
    try {
      if (options.byteOrderMark) {
        limited.write('\uFEFF');
      }
      CsvSchema schema =
          CsvSchema.emptySchema().withColumnSeparator(options.delimiter).withLineSeparator("\r\n");
      try (CsvGenerator g = options.factory.createGenerator(limited)) {
        g.setSchema(schema);
        String[] row = new String[COLUMNS.length];
        for (Column c : COLUMNS) {
          row[c.ordinal()] = c.heading();
        }
        writeRow(g, row, false, options);
        clear(row, AREA_FIRST, MILESTONE_LAST);
        fillPlan(row, plan);
        if (plan.areas().isEmpty()) {
          writeRow(g, row, true, options);
        }
        for (Area area : plan.areas()) {
          clear(row, AREA_FIRST, MILESTONE_LAST);
          fillArea(row, area);
          if (area.actions().isEmpty()) {
            writeRow(g, row, true, options);
          }
          for (Action action : area.actions()) {
            clear(row, ACTION_FIRST, MILESTONE_LAST);
            fillAction(row, action);
            if (action.milestones().isEmpty()) {
              writeRow(g, row, true, options);
            }
            for (Milestone m : action.milestones()) {
              fillMilestone(row, m);
              writeRow(g, row, true, options);
            }
          }
        }
      }
      limited.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows {@link #write} writes, the header included, counted before writing any. */
  static long rowCount(ImprovementPlan plan) {
    long rows = 1;
    for (Area area : plan.areas()) {
      long areaRows = 0;
      for (Action action : area.actions()) {
        areaRows += Math.max(1, action.milestones().size());
      }
      rows += Math.max(1, areaRows);
    }
    return plan.areas().isEmpty() ? 2 : rows;
  }

  private static void writeRow(CsvGenerator g, String[] row, boolean neutralise, Options o)
      throws IOException {
    g.writeStartArray();
    for (int i = 0; i < row.length; i++) {
      String cell = neutralise ? neutralise(row[i]) : row[i];
      if (cell.length() > o.maxCellLength) {
        throw new WriteLimitException(
            "a cell of " + cell.length() + " characters in column '" + COLUMNS[i].heading() + "'",
            o.maxCellLength,
            LIMITS_OPTION);
      }
      int at = Utf16.loneSurrogate(cell);
      if (at >= 0) {
        throw new IllegalArgumentException(
            "cannot write column '"
                + COLUMNS[i].heading()
                + "': the text has a lone surrogate at character "
                + (at + 1)
                + ", which is not a Unicode character and cannot be written as UTF-8");
      }
      g.writeString(cell);
    }
    g.writeEndArray();
  }

  private static void clear(String[] row, int from, int to) {
    for (int i = from; i <= to; i++) {
      row[i] = "";
    }
  }

  private static void fillPlan(String[] row, ImprovementPlan plan) {
    row[Column.PLAN_TITLE.ordinal()] = plan.title();
    row[Column.ORGANISATION.ordinal()] = plan.organisation().orElse("");
    row[Column.AS_AT.ordinal()] = plan.asAt().toString();
    row[Column.PLAN_PERIOD.ordinal()] = plan.period().map(DateRange::toString).orElse("");
    row[Column.PLAN_NOTES.ordinal()] = joinLines(plan.notes());
  }

  private static void fillArea(String[] row, Area area) throws IOException {
    row[Column.AREA.ordinal()] = Integer.toString(area.number());
    row[Column.AREA_TITLE.ordinal()] = area.title();
    row[Column.LEADS.ordinal()] = joinLines(area.leads());
    row[Column.OBJECTIVES.ordinal()] = joinLines(area.objectives());
    row[Column.OUTCOMES.ordinal()] = joinLines(area.outcomes());
    List<String> texts = new ArrayList<>();
    boolean anyIndicator = false;
    for (Measure m : area.measures()) {
      texts.add(m.text());
      anyIndicator |= m.indicator().isPresent();
    }
    row[Column.MEASURED_BY.ordinal()] = joinLines(texts);
    row[Column.INDICATORS.ordinal()] = anyIndicator ? indicatorsJson(area.measures()) : "";
    row[Column.AREA_NOTES.ordinal()] = joinLines(area.notes());
  }

  private static String indicatorsJson(List<Measure> measures) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartArray();
      for (Measure m : measures) {
        if (m.indicator().isPresent()) {
          IndicatorJson.write(m.indicator().get(), g);
        } else {
          g.writeNull();
        }
      }
      g.writeEndArray();
    }
    return w.toString();
  }

  private static void fillAction(String[] row, Action action) {
    row[Column.ACTION.ordinal()] = action.ref().toString();
    row[Column.ACTION_DESCRIPTION.ordinal()] = action.description();
    row[Column.RAG.ordinal()] = action.reportedRag().map(Rag::name).orElse("");
    row[Column.RESOLUTION.ordinal()] = action.resolution().orElse("");
    List<String> deps = new ArrayList<>();
    for (Reference r : action.dependencies()) {
      deps.add(r.toString());
    }
    row[Column.DEPENDENCIES.ordinal()] = joinLines(deps);
    row[Column.ACTION_NOTES.ordinal()] = joinLines(action.notes());
  }

  private static void fillMilestone(String[] row, Milestone m) {
    row[Column.MILESTONE.ordinal()] = m.ref().toString();
    row[Column.MILESTONE_DESCRIPTION.ordinal()] = m.description();
    Target t = m.target();
    row[Column.TARGET.ordinal()] = t.text();
    row[Column.TARGET_KIND.ordinal()] = t.kind().name();
    List<String> periods = new ArrayList<>();
    for (DateRange r : t.periods()) {
      periods.add(r.toString());
    }
    row[Column.TARGET_PERIODS.ordinal()] = joinLines(periods);
    row[Column.RECURRENCE.ordinal()] = t.recurrence().map(Recurrence::name).orElse("");
    row[Column.PROGRESS.ordinal()] = m.status().progress().name();
    row[Column.STATUS.ordinal()] = m.status().text();
  }

  /** One element per line; the escapes keep an element's own line breaks and backslashes. */
  static String joinLines(List<String> values) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '\\') {
          sb.append("\\\\");
        } else if (c == '\n') {
          sb.append("\\n");
        } else if (c == '\r') {
          sb.append("\\r");
        } else {
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /** Prefixes an apostrophe to a cell a spreadsheet could take as a formula. */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'') {
      return "'" + cell;
    }
    return cell;
  }

  /** Undoes {@link #neutralise(String)}. */
  static String restore(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' ? cell.substring(1) : cell;
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
    return read(new StrictUtf8Reader(in), options);
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
      long size = Files.size(path);
      // A character takes at most four bytes in UTF-8, so a larger file has too many characters.
      if (size > 4 * o.maxInputLength) {
        throw new InputLimitException(
            "file size " + size + " bytes",
            o.maxInputLength,
            InputLocation.ofSource(o.source),
            null);
      }
      try (InputStream in = Files.newInputStream(path)) {
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
    CsvRows rows =
        new CsvRows(
            new LimitedReader(new BufferedReader(reader), options.maxInputLength, options.source),
            options);
    return rows.readWith(() -> new SheetReader(rows, options).read());
  }

  /** The rows of a CSV input, as arrays of cells, with their row numbers. */
  /** A reader of CSV rows that may fail with I/O. */
  @FunctionalInterface
  public interface RowsReader<T> {
    T read() throws IOException;
  }

  public static final class CsvRows {
    private final CsvParser parser;
    private final Options options;
    private long row;

    /** Whether the parser is inside a row: a decoding failure between rows is in the next. */
    private boolean inRow;

    private int cellsInRow;

    /** The cells of the first row, the header. */
    private int width;

    private final LimitedReader input;

    public CsvRows(Reader reader, Options options) {
      this.options = options;
      this.input = reader instanceof LimitedReader l ? l : null;
      try {
        this.parser = options.factory.createParser(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(options.delimiter));
    }

    /** The next row, or null at the end; a byte order mark before the first cell is dropped. */
    public String[] next() throws IOException {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return null;
      }
      row++;
      inRow = true;
      cellsInRow = 0;
      if (row > options.maxRows) {
        throw new InputLimitException("row count", options.maxRows, location(null), null);
      }
      List<String> cells = new ArrayList<>();
      for (t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
        String cell = parser.getText();
        if (cell.length() > options.maxCellLength) {
          throw new InputLimitException(
              "cell length",
              options.maxCellLength,
              location(Integer.toString(cells.size() + 1)),
              null);
        }
        if (row == 1 && cells.isEmpty() && cell.startsWith("\uFEFF")) {
          cell = cell.substring(1);
        }
        cells.add(cell);
        cellsInRow = cells.size();
      }
      inRow = false;
      if (row == 1) {
        width = cells.size();
      }
      return cells.toArray(new String[0]);
    }

    public long row() {
      return row;
    }

    public InputLocation location(String column) {
      return row == 0
          ? InputLocation.ofSource(options.source)
          : InputLocation.ofCell(options.source, row, column);
    }

    /**
     * Runs a reader over these rows and closes them, turning a decoding failure, an exceeded
     * cell limit and malformed CSV into exceptions located at the row reached.
     */
    public <T> T readWith(RowsReader<T> reader) {
      try {
        return reader.read();
      } catch (CharacterCodingException e) {
        // StrictUtf8Reader delivers the text before the bad bytes, so the parser stops in the
        // row that holds them, or just before it.
        // The parser may have read a row's line break before it ends the row.
        boolean between =
            input != null && input.afterLineBreak() && (row == 1 || cellsInRow >= width);
        boolean nextRow = !inRow || between;
        InputLocation where =
            nextRow ? InputLocation.ofCell(options.source, row + 1, null) : location(null);
        throw PlanFormatException.builder(
                "input is not valid UTF-8 (is it Windows-1252 or " + "Latin-1 text?)")
            .at(where)
            .expected("UTF-8 text")
            .cause(e)
            .build();
      } catch (StreamConstraintsException e) {
        throw new InputLimitException("cell length", options.maxCellLength, location(null), e);
      } catch (JsonProcessingException e) {
        throw PlanFormatException.builder("malformed CSV: " + e.getOriginalMessage())
            .at(location(null))
            .expected("RFC 4180 CSV")
            .cause(e)
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        close();
      }
    }

    void close() {
      try {
        parser.close();
      } catch (IOException e) {
        // Closing the parser only releases buffers; the caller's reader stays open.
      }
    }
  }

  /** Rebuilds a plan from rows, checking that repeated columns agree. */
  private static final class SheetReader {
    private final CsvRows rows;
    private final Options options;
    private final List<ReadWarning> warnings = new ArrayList<>();
    private final int[] index = new int[COLUMNS.length];
    private String[] planCells;
    private long planRow;
    private final Map<Integer, AreaRows> areas = new LinkedHashMap<>();

    SheetReader(CsvRows rows, Options options) {
      this.rows = rows;
      this.options = options;
    }

    ReadResult<ImprovementPlan> read() throws IOException {
      String[] header = rows.next();
      if (header == null) {
        throw PlanFormatException.builder("empty input")
            .at(rows.location(null))
            .expected("a header row naming the plan columns, then one row per milestone")
            .build();
      }
      readHeader(header);
      String[] raw;
      while ((raw = rows.next()) != null) {
        readRow(raw);
      }
      if (planCells == null) {
        throw PlanFormatException.builder("no data rows")
            .at(rows.location(null))
            .expected("at least one row with the plan title and as-at date")
            .build();
      }
      return ReadResult.of(build(), warnings);
    }

    private void readHeader(String[] header) {
      Arrays.fill(index, -1);
      for (int i = 0; i < header.length; i++) {
        Column c = null;
        for (Column k : COLUMNS) {
          if (k.heading().equals(header[i].strip())) {
            c = k;
          }
        }
        if (c == null) {
          throw PlanFormatException.builder("unknown column")
              .at(rows.location(header[i]))
              .text(header[i])
              .expected("only the columns of PlanCsv: " + headings())
              .build();
        }
        if (index[c.ordinal()] >= 0) {
          throw PlanFormatException.builder("duplicate column")
              .at(rows.location(header[i]))
              .text(header[i])
              .expected("each column once")
              .build();
        }
        index[c.ordinal()] = i;
      }
      for (Column c : COLUMNS) {
        if (index[c.ordinal()] < 0) {
          throw PlanFormatException.builder("missing column '" + c.heading() + "'")
              .at(rows.location(null))
              .field(c.heading())
              .expected("the columns " + headings())
              .build();
        }
      }
      headerLength = header.length;
    }

    private int headerLength;

    private static String headings() {
      StringBuilder sb = new StringBuilder();
      for (Column c : COLUMNS) {
        sb.append(sb.length() == 0 ? "" : ", ").append(c.heading());
      }
      return sb.toString();
    }

    private void readRow(String[] raw) {
      boolean empty = true;
      for (String s : raw) {
        empty &= s.isEmpty();
      }
      if (empty) {
        warnings.add(ReadWarning.of(rows.location(null), "empty row", "", "skipped it"));
        return;
      }
      if (raw.length != headerLength) {
        throw PlanFormatException.builder(
                "row has " + raw.length + " cells but the header has " + headerLength)
            .at(rows.location(null))
            .expected(headerLength + " cells, separated by '" + options.delimiter + "'")
            .build();
      }
      String[] cells = new String[COLUMNS.length];
      for (Column c : COLUMNS) {
        cells[c.ordinal()] = restore(raw[index[c.ordinal()]]);
      }
      long row = rows.row();
      if (planCells == null) {
        planCells = cells;
        planRow = row;
      } else {
        agree(cells, planCells, planRow, PLAN_FIRST, COLUMNS.length - 1);
      }
      String area = cells[Column.AREA.ordinal()];
      if (area.isEmpty()) {
        requireEmpty(cells, AREA_FIRST, MILESTONE_LAST, "a row without an area");
        return;
      }
      int number = positive(area, Column.AREA);
      AreaRows a = areas.get(number);
      if (a == null) {
        a = new AreaRows(number, cells, row);
        areas.put(number, a);
      } else {
        agree(cells, a.cells, a.row, AREA_FIRST, AREA_LAST);
      }
      String action = cells[Column.ACTION.ordinal()];
      if (action.isEmpty()) {
        requireEmpty(cells, ACTION_FIRST, MILESTONE_LAST, "a row without an action");
        return;
      }
      ActionRef ref =
          parse(
              action, Column.ACTION, "two dotted positive numbers, such as 2.1", ActionRef::parse);
      if (ref.area().number() != number) {
        throw cellError(
            "action " + ref + " does not belong to area " + number,
            Column.ACTION,
            action,
            "an action of area " + number + ", such as " + number + ".1");
      }
      ActionRows x = a.actions.get(ref);
      if (x == null) {
        x = new ActionRows(ref, cells, row);
        a.actions.put(ref, x);
      } else {
        agree(cells, x.cells, x.row, ACTION_FIRST, ACTION_LAST);
      }
      String milestone = cells[Column.MILESTONE.ordinal()];
      if (milestone.isEmpty()) {
        requireEmpty(cells, MILESTONE_FIRST, MILESTONE_LAST, "a row without a milestone");
        return;
      }
      MilestoneRef mref =
          parse(
              milestone,
              Column.MILESTONE,
              "three dotted positive numbers, such as 2.1.3",
              MilestoneRef::parse);
      if (!mref.action().equals(ref)) {
        throw cellError(
            "milestone " + mref + " does not belong to action " + ref,
            Column.MILESTONE,
            milestone,
            "a milestone of action " + ref + ", such as " + ref + ".1");
      }
      if (x.milestones.containsKey(mref)) {
        throw cellError(
            "milestone " + mref + " appears twice (first in row " + x.milestoneRows.get(mref) + ")",
            Column.MILESTONE,
            milestone,
            "each milestone once");
      }
      x.milestones.put(mref, milestone(mref, cells));
      x.milestoneRows.put(mref, row);
    }

    private Milestone milestone(MilestoneRef ref, String[] cells) {
      String description = cells[Column.MILESTONE_DESCRIPTION.ordinal()];
      TargetKind kind = enumCell(cells, Column.TARGET_KIND, TargetKind.class);
      Target.Builder t = Target.builder().text(cells[Column.TARGET.ordinal()]).kind(kind);
      for (String p : lines(cells, Column.TARGET_PERIODS)) {
        t.addPeriods(
            parse(
                p,
                Column.TARGET_PERIODS,
                "ISO date ranges such as 2015-04-01/2015-06-30, one per line",
                DateRange::parse));
      }
      if (!cells[Column.RECURRENCE.ordinal()].isEmpty()) {
        t.recurrence(enumCell(cells, Column.RECURRENCE, Recurrence.class));
      }
      Target target;
      try {
        target = t.build();
      } catch (IllegalArgumentException e) {
        throw cellError(
            "invalid target: " + e.getMessage(),
            Column.TARGET,
            cells[Column.TARGET.ordinal()],
            "a target whose kind, periods and recurrence agree");
      }
      Progress progress = enumCell(cells, Column.PROGRESS, Progress.class);
      Status status;
      try {
        status = Status.of(progress, cells[Column.STATUS.ordinal()]);
      } catch (IllegalArgumentException e) {
        throw cellError(
            "invalid status: " + e.getMessage(),
            Column.STATUS,
            cells[Column.STATUS.ordinal()],
            "text exactly when the progress is reported");
      }
      try {
        return Milestone.builder()
            .ref(ref)
            .description(description)
            .target(target)
            .status(status)
            .build();
      } catch (IllegalArgumentException e) {
        throw cellError(
            "invalid milestone: " + e.getMessage(),
            Column.MILESTONE_DESCRIPTION,
            description,
            "a description that is not blank");
      }
    }

    private ImprovementPlan build() {
      long row = planRow;
      String[] c = planCells;
      ImprovementPlan.Builder b = ImprovementPlan.builder();
      b.title(c[Column.PLAN_TITLE.ordinal()]);
      if (!c[Column.ORGANISATION.ordinal()].isEmpty()) {
        b.organisation(c[Column.ORGANISATION.ordinal()]);
      }
      b.asAt(
          at(
              row,
              () ->
                  parse(
                      c[Column.AS_AT.ordinal()],
                      Column.AS_AT,
                      "an ISO 8601 date such as 2015-03-31",
                      LocalDate::parse)));
      if (!c[Column.PLAN_PERIOD.ordinal()].isEmpty()) {
        b.period(
            at(
                row,
                () ->
                    parse(
                        c[Column.PLAN_PERIOD.ordinal()],
                        Column.PLAN_PERIOD,
                        "an ISO date range such as 2015-04-01/2016-03-31",
                        DateRange::parse)));
      }
      b.addAllNotes(at(row, () -> lines(c, Column.PLAN_NOTES)));
      List<AreaRows> sorted = new ArrayList<>(areas.values());
      // Rows may come in any order (a sorted or filtered sheet); areas are kept in number order.
      sorted.sort((x, y) -> Integer.compare(x.number, y.number));
      for (AreaRows a : sorted) {
        b.addAreas(at(a.row, () -> area(a)));
      }
      try {
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw PlanFormatException.builder("invalid plan: " + e.getMessage())
            .at(InputLocation.ofCell(options.source, row, Column.PLAN_TITLE.heading()))
            .text(c[Column.PLAN_TITLE.ordinal()])
            .cause(e)
            .build();
      }
    }

    private Area area(AreaRows a) {
      String[] c = a.cells;
      Area.Builder b =
          Area.builder()
              .ref(AreaRef.of(a.number))
              .title(c[Column.AREA_TITLE.ordinal()])
              .addAllLeads(lines(c, Column.LEADS))
              .addAllObjectives(lines(c, Column.OBJECTIVES))
              .addAllOutcomes(lines(c, Column.OUTCOMES))
              .addAllNotes(lines(c, Column.AREA_NOTES));
      List<String> texts = lines(c, Column.MEASURED_BY);
      List<Indicator> indicators = indicators(c, texts.size());
      for (int i = 0; i < texts.size(); i++) {
        Indicator indicator = indicators.get(i);
        b.addMeasures(
            indicator == null ? Measure.of(texts.get(i)) : Measure.of(texts.get(i), indicator));
      }
      for (ActionRows x : a.actions.values()) {
        rowForErrors = x.row;
        b.addActions(action(x));
      }
      rowForErrors = a.row;
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw cellError(
            "invalid area: " + e.getMessage(),
            Column.AREA_TITLE,
            c[Column.AREA_TITLE.ordinal()],
            "a title that is not blank");
      }
    }

    private Action action(ActionRows x) {
      String[] c = x.cells;
      Action.Builder b =
          Action.builder().ref(x.ref).description(c[Column.ACTION_DESCRIPTION.ordinal()]);
      if (!c[Column.RAG.ordinal()].isEmpty()) {
        b.reportedRag(enumCell(c, Column.RAG, Rag.class));
      }
      if (!c[Column.RESOLUTION.ordinal()].isEmpty()) {
        b.resolution(c[Column.RESOLUTION.ordinal()]);
      }
      for (String d : lines(c, Column.DEPENDENCIES)) {
        b.addDependencies(
            parse(
                d,
                Column.DEPENDENCIES,
                "references such as 3, 2.1 or 2.1.3, one per line",
                Reference::parse));
      }
      b.addAllNotes(lines(c, Column.ACTION_NOTES));
      b.addAllMilestones(x.milestones.values());
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw cellError(
            "invalid action: " + e.getMessage(),
            Column.ACTION_DESCRIPTION,
            c[Column.ACTION_DESCRIPTION.ordinal()],
            "a description that is not blank");
      }
    }

    private List<Indicator> indicators(String[] c, int measures) {
      String json = c[Column.INDICATORS.ordinal()];
      List<Indicator> list = new ArrayList<>();
      if (json.isEmpty()) {
        for (int i = 0; i < measures; i++) {
          list.add(null);
        }
        return list;
      }
      try (JsonParser p = indicatorFactory().createParser(json)) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw cellError(
              "indicators are not a JSON array",
              Column.INDICATORS,
              json,
              "a JSON array with one indicator or null per measure");
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          list.add(t == JsonToken.VALUE_NULL ? null : IndicatorJson.read(p, options.source));
        }
        if (p.nextToken() != null) {
          throw cellError(
              "unexpected text after the indicators", Column.INDICATORS, json, "one JSON array");
        }
      } catch (PlanFormatException e) {
        if (e.location().row().isPresent()) {
          throw e;
        }
        throw cellError(
            "cannot read indicators: " + e.getMessage(),
            Column.INDICATORS,
            json,
            "a JSON array with one indicator or null per measure");
      } catch (IOException e) {
        throw cellError(
            "cannot read indicators as JSON",
            Column.INDICATORS,
            json,
            "a JSON array with one indicator or null per measure");
      }
      if (list.size() != measures) {
        throw cellError(
            list.size() + " indicators for " + measures + " measures",
            Column.INDICATORS,
            json,
            "one indicator or null per line of '" + Column.MEASURED_BY.heading() + "'");
      }
      return list;
    }

    private JsonFactory indicatorFactory() {
      return INDICATOR_JSON;
    }

    // ------------------------------------------------------------ cells

    /** The row that errors found while building name; the row of the first occurrence. */
    private long rowForErrors;

    private <T> T at(long row, Supplier<T> f) {
      long saved = rowForErrors;
      rowForErrors = row;
      try {
        return f.get();
      } finally {
        rowForErrors = saved;
      }
    }

    private long currentRow() {
      return rowForErrors > 0 ? rowForErrors : rows.row();
    }

    private PlanFormatException cellError(
        String problem, Column column, String text, String expected) {
      return PlanFormatException.builder(problem)
          .at(InputLocation.ofCell(options.source, currentRow(), column.heading()))
          .field(column.heading())
          .text(text)
          .expected(expected)
          .build();
    }

    private void agree(String[] cells, String[] first, long firstRow, int from, int to) {
      for (int i = from; i <= to; i++) {
        if (!cells[i].equals(first[i])) {
          throw cellError(
              "contradicts row " + firstRow,
              COLUMNS[i],
              cells[i],
              "the same value as row "
                  + firstRow
                  + ": '"
                  + PlanFormatException.abbreviate(first[i])
                  + "'");
        }
      }
    }

    private void requireEmpty(String[] cells, int from, int to, String what) {
      for (int i = from; i <= to; i++) {
        if (!cells[i].isEmpty()) {
          throw cellError(
              what + " cannot have a value in this column",
              COLUMNS[i],
              cells[i],
              "an empty cell, or a value in '" + COLUMNS[from].heading() + "'");
        }
      }
    }

    private int positive(String s, Column column) {
      try {
        return AreaRef.parse(s).number();
      } catch (IllegalArgumentException e) {
        throw cellError("cannot read area number", column, s, "a positive whole number");
      }
    }

    private <T> T parse(String s, Column column, String expected, Function<String, T> parser) {
      try {
        return parser.apply(s);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw cellError("cannot read " + column.heading(), column, s, expected);
      }
    }

    private <E extends Enum<E>> E enumCell(String[] cells, Column column, Class<E> type) {
      String s = cells[column.ordinal()];
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(s)) {
          return e;
        }
      }
      StringBuilder names = new StringBuilder("one of ");
      E[] all = type.getEnumConstants();
      for (int i = 0; i < all.length; i++) {
        names.append(i == 0 ? "" : ", ").append(all[i].name());
      }
      throw cellError("cannot read " + column.heading(), column, s, names.toString());
    }

    /** Splits a list cell into its elements, undoing the escapes; blank lines are skipped. */
    private List<String> lines(String[] cells, Column column) {
      String s = cells[column.ordinal()];
      if (s.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i <= s.length(); i++) {
        char c = i < s.length() ? s.charAt(i) : '\n';
        if (c == '\n') {
          String element = sb.toString();
          if (element.isBlank()) {
            warnings.add(
                ReadWarning.of(
                    InputLocation.ofCell(options.source, currentRow(), column.heading()),
                    "blank line in a list cell",
                    s,
                    "skipped the blank line"));
          } else {
            out.add(element);
          }
          sb.setLength(0);
        } else if (c == '\\' && i + 1 < s.length()) {
          char n = s.charAt(i + 1);
          if (n == '\\' || n == 'n' || n == 'r') {
            sb.append(n == '\\' ? '\\' : n == 'n' ? '\n' : '\r');
            i++;
          } else {
            sb.append(c);
          }
        } else if (c != '\r' || (i + 1 < s.length() && s.charAt(i + 1) != '\n')) {
          // A raw CR before a line break or at the cell's end is a spreadsheet's CRLF; a CR of
          // the text itself was written as the escape \r, handled above, and is kept.
          sb.append(c);
        }
      }
      return out;
    }
  }

  private static final class AreaRows {
    final int number;
    final String[] cells;
    final long row;
    final Map<ActionRef, ActionRows> actions = new LinkedHashMap<>();

    AreaRows(int number, String[] cells, long row) {
      this.number = number;
      this.cells = cells;
      this.row = row;
    }
  }

  private static final class ActionRows {
    final ActionRef ref;
    final String[] cells;
    final long row;
    final Map<MilestoneRef, Milestone> milestones = new LinkedHashMap<>();
    final Map<MilestoneRef, Long> milestoneRows = new LinkedHashMap<>();

    ActionRows(ActionRef ref, String[] cells, long row) {
      this.ref = ref;
      this.cells = cells;
      this.row = row;
    }
  }

  // ---------------------------------------------------------------- options

  /**
   * How {@link PlanCsv} reads and writes: the delimiter, whether to begin with a byte order
   * mark (which Excel needs to recognise UTF-8), the source name for messages, and the limits
   * that protect against hostile or mistaken input.
   *
   * <p>The defaults: comma, no byte order mark, at most {@value #DEFAULT_MAX_ROWS} rows,
   * {@value #DEFAULT_MAX_CELL_LENGTH} characters in a cell and
   * {@value #DEFAULT_MAX_INPUT_LENGTH} characters in all.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Options {

    /** The default most rows, the header included. */
    public static final long DEFAULT_MAX_ROWS = 1_000_000;

    /** The default longest cell, in characters. */
    public static final int DEFAULT_MAX_CELL_LENGTH = 1_000_000;

    /**
     * The default longest input, in characters: 256 Mi, as {@link InputLimits#maxInputBytes()};
     * the CSV of a 36 MB JSON plan has about 157 million characters.
     */
    public static final long DEFAULT_MAX_INPUT_LENGTH = InputLimits.DEFAULT_MAX_INPUT_BYTES;

    private static final Options DEFAULTS =
        new Options(
            ',', false, null, DEFAULT_MAX_ROWS, DEFAULT_MAX_CELL_LENGTH, DEFAULT_MAX_INPUT_LENGTH);

    private final char delimiter;
    private final boolean byteOrderMark;
    private final String source;
    private final long maxRows;
    private final int maxCellLength;
    private final long maxInputLength;
    private final CsvFactory factory;

    private Options(
        char delimiter,
        boolean byteOrderMark,
        String source,
        long maxRows,
        int maxCellLength,
        long maxInputLength) {
      this.delimiter = delimiter;
      this.byteOrderMark = byteOrderMark;
      this.source = source;
      this.maxRows = maxRows;
      this.maxCellLength = maxCellLength;
      this.maxInputLength = maxInputLength;
      this.factory =
          CsvFactory.builder()
              .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
              .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
              .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxStringLength(maxCellLength).build())
              .build();
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
      return new Options(delimiter, byteOrderMark, source, maxRows, maxCellLength, maxInputLength);
    }

    /**
     * Returns a copy that writes (or not) a UTF-8 byte order mark first, so that Excel opens
     * the file as UTF-8. Reading always skips one.
     *
     * @param byteOrderMark whether to write a byte order mark
     * @return the new options; not null
     */
    public Options withByteOrderMark(boolean byteOrderMark) {
      return new Options(delimiter, byteOrderMark, source, maxRows, maxCellLength, maxInputLength);
    }

    /**
     * Returns a copy that names the source (a file name or description) in messages.
     *
     * @param source the source; may be null for none
     * @return the new options; not null
     */
    public Options withSource(String source) {
      return new Options(delimiter, byteOrderMark, source, maxRows, maxCellLength, maxInputLength);
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
      return new Options(delimiter, byteOrderMark, source, maxRows, maxCellLength, maxInputLength);
    }

    /**
     * Gets the delimiter.
     *
     * @return the delimiter
     */
    public char delimiter() {
      return delimiter;
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
  }
}
