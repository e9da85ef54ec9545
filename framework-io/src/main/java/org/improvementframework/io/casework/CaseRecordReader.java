package org.improvementframework.io.casework;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.CsvCursor;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.CaseWorker;
import org.improvementframework.model.casework.DateOrderException;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;
import org.improvementframework.model.casework.StrategyDiscussion;

/**
 * Reads one type of case record from CSV, one record per row, streaming.
 *
 * <p>Each reader has a layout: its columns, named in a header row (case and surrounding spaces
 * do not matter, their order is free). A header may leave out the optional columns
 * ({@link #optionalColumns()}), which then read as empty; a column the layout does not know is
 * ignored with a located {@link ReadWarning}, so that a misspelt column is seen, not silently
 * dropped. Dates are
 * {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; flags are {@code Y} or {@code N}; empty cells are
 * absent values. The layouts are listed in {@code docs/casework.md}.
 *
 * <pre>{@code
 * CaseRecordReadResult<Referral> r = CaseRecordReader.REFERRALS.readAll(reader, "referrals.csv");
 * r.problems().forEach(p -> log.warn(p.getMessage()));  // row and column only
 * }</pre>
 *
 * <p>A row that cannot be read (an empty id, a bad date, an unknown code, dates out of order) is
 * skipped and reported as a {@link CaseRecordFormatException}; reading goes on, so that every
 * problem of a file is seen at once. A missing header column, or CSV that cannot be split into
 * cells, stops reading with that exception. No message holds a cell's text, a child's id or a date
 * of birth: only the source, row and column and what was expected.
 *
 * <p>The readers are immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class CaseRecordReader<T> {

  /**
   * Comma-separated, RFC 4180 quotes; no limit on the file's size or rows, as the rows are
   * streamed and never held, but the cell and column limits of {@link InputLimits#defaults()}.
   */
  private static final CsvOptions OPTIONS =
      CsvOptions.defaults()
          .withDelimiter(',')
          .withLimits(
              InputLimits.defaults().withMaxInputBytes(Long.MAX_VALUE).withMaxRows(Long.MAX_VALUE));

  /** A reader of two columns, {@code child_id} and a required date, made into a record. */
  private static <T> CaseRecordReader<T> dated(
      String dateColumn, BiFunction<String, LocalDate, T> record) {
    return new CaseRecordReader<>(
        new String[] {"child_id", dateColumn},
        Set.of(),
        Map.of(),
        r -> record.apply(r.id(0), r.date(1)));
  }

  /** The record of a span: a child, one more value, a start date and an optional end date. */
  @FunctionalInterface
  private interface SpanRecord<S, T> {
    T of(String childId, S second, LocalDate start, Optional<LocalDate> end);
  }

  /**
   * A reader of a span of four columns, {@code child_id}, one more column read by {@code cell},
   * a required start date and an optional end date, whose start and end the field names {@code
   * start} and {@code end} give.
   */
  private static <S, T> CaseRecordReader<T> span(
      String second,
      BiFunction<Row, Integer, S> cell,
      String start,
      String end,
      SpanRecord<S, T> record) {
    return new CaseRecordReader<>(
        new String[] {"child_id", second, start, end},
        Set.of(end),
        Map.of("start", start, "end", end),
        r -> record.of(r.id(0), cell.apply(r, 1), r.date(2), r.optionalDate(3)));
  }

  /** Referrals: {@code child_id, referral_date}. */
  public static final CaseRecordReader<Referral> REFERRALS = dated("referral_date", Referral::new);

  /** Strategy discussions: {@code child_id, strategy_discussion_date}. */
  public static final CaseRecordReader<StrategyDiscussion> STRATEGY_DISCUSSIONS =
      dated("strategy_discussion_date", StrategyDiscussion::new);

  /** Section 47 enquiries: {@code child_id, s47_start_date}. */
  public static final CaseRecordReader<Section47Enquiry> SECTION_47_ENQUIRIES =
      dated("s47_start_date", Section47Enquiry::new);

  /** Initial child protection conferences: {@code child_id, icpc_date}. */
  public static final CaseRecordReader<InitialConference> INITIAL_CONFERENCES =
      dated("icpc_date", InitialConference::new);

  /** Periods of care: {@code child_id, date_of_birth, period_start, period_end}. */
  public static final CaseRecordReader<LookedAfterPeriod> LOOKED_AFTER_PERIODS =
      span("date_of_birth", Row::date, "period_start", "period_end", LookedAfterPeriod::new);

  /**
   * Placements: {@code child_id, placement_start, placement_end, placement_type, short_break}.
   */
  public static final CaseRecordReader<Placement> PLACEMENTS =
      new CaseRecordReader<>(
          new String[] {
            "child_id", "placement_start", "placement_end", "placement_type", "short_break"
          },
          Set.of("placement_end", "placement_type", "short_break"),
          Map.of("start", "placement_start", "end", "placement_end"),
          r -> new Placement(r.id(0), r.date(1), r.optionalDate(2), r.text(3), r.flag(4)));

  /**
   * Missing episodes: {@code child_id, missing_start, return_date, interview_offered,
   * interview_date}.
   */
  public static final CaseRecordReader<MissingEpisode> MISSING_EPISODES =
      new CaseRecordReader<>(
          new String[] {
            "child_id", "missing_start", "return_date", "interview_offered", "interview_date"
          },
          Set.of("return_date", "interview_offered", "interview_date"),
          Map.of(
              "start",
              "missing_start",
              "returned",
              "return_date",
              "interviewHeld",
              "interview_date"),
          r ->
              new MissingEpisode(
                  r.id(0), r.date(1), r.optionalDate(2), r.flag(3), r.optionalDate(4)));

  /**
   * Care leavers' activity: {@code child_id, birthday, age, activity}, and optionally
   * {@code in_touch} (SSDA903 OC3 {@code IN_TOUCH}) and {@code accommodation} (OC3
   * {@code ACCOM}).
   */
  public static final CaseRecordReader<CareLeaverActivity> CARE_LEAVER_ACTIVITIES =
      new CaseRecordReader<>(
          new String[] {"child_id", "birthday", "age", "activity", "in_touch", "accommodation"},
          Set.of("in_touch", "accommodation"),
          Map.of(),
          r ->
              new CareLeaverActivity(
                  r.id(0),
                  r.date(1),
                  r.integer(2, 0, 30),
                  r.code(
                      3,
                      CareLeaverActivity.Activity::ofCode,
                      "an SSDA903 activity code: F1, P1,"
                          + " F2, P2, F3, P3, F4, P4, F5, P5, G4, G5, G6 or 0"),
                  r.optionalCode(
                      4,
                      CareLeaverActivity.InTouch::ofCode,
                      "an SSDA903 IN_TOUCH code: YES, NO, DIED, REFU, NREQ or RHOM"),
                  r.optionalText(5)));

  /**
   * Adoptions: {@code child_id, entered_care, foster_placement_start, placement_order, matched,
   * moved_in, adoption_order}.
   */
  public static final CaseRecordReader<Adoption> ADOPTIONS =
      new CaseRecordReader<>(
          new String[] {
            "child_id",
            "entered_care",
            "foster_placement_start",
            "placement_order",
            "matched",
            "moved_in",
            "adoption_order"
          },
          Set.of("foster_placement_start", "placement_order", "matched"),
          Map.of(
              "enteredCare",
              "entered_care",
              "fosterPlacementStart",
              "foster_placement_start",
              "movedIn",
              "moved_in",
              "adoptionOrder",
              "adoption_order"),
          r ->
              new Adoption(
                  r.id(0),
                  r.date(1),
                  r.optionalDate(2),
                  r.optionalDate(3),
                  r.optionalDate(4),
                  r.date(5),
                  r.date(6)));

  /** Workers in post: {@code worker_id, fte, case_holding}. */
  public static final CaseRecordReader<CaseWorker> CASE_WORKERS =
      new CaseRecordReader<>(
          new String[] {"worker_id", "fte", "case_holding"},
          Set.of("case_holding"),
          Map.of(),
          r ->
              new CaseWorker(
                  r.id(0), r.decimal(1, "a full-time equivalent such as 0.8"), r.flag(2)));

  /** Allocations: {@code child_id, worker_id, allocation_start, allocation_end}. */
  public static final CaseRecordReader<CaseAllocation> CASE_ALLOCATIONS =
      span("worker_id", Row::id, "allocation_start", "allocation_end", CaseAllocation::new);

  private final String[] columns;
  private final Set<String> optional;
  private final CaseRecordHeader header;
  private final Map<String, String> fieldColumns;
  private final Function<Row, T> mapper;
  private final boolean dated;

  private CaseRecordReader(
      String[] columns,
      Set<String> optional,
      Map<String, String> fieldColumns,
      Function<Row, T> mapper) {
    this.dated = columns.length == 2 && optional.isEmpty() && columns[1].endsWith("_date");
    this.columns = columns;
    this.optional = optional;
    this.header = new CaseRecordHeader(columns, optional);
    this.fieldColumns = fieldColumns;
    this.mapper = mapper;
  }

  /**
   * Gets the columns a header may leave out: an absent optional column reads as empty cells.
   *
   * @return the optional column names; not null
   */
  public Set<String> optionalColumns() {
    return optional;
  }

  /**
   * Gets the columns this reader needs, in the order the documentation lists them.
   *
   * @return the column names; not null
   */
  public List<String> columns() {
    return List.of(columns);
  }

  /**
   * Reads every row into a list, with the rows that could not be read.
   *
   * @param in the CSV, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @return the records and the problems; not null
   * @throws CaseRecordFormatException if a column is missing from the header or the CSV is
   *     malformed
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public CaseRecordReadResult<T> readAll(Reader in, String source) {
    List<T> records = new ArrayList<>();
    List<ReadWarning> warnings = new ArrayList<>();
    List<CaseRecordFormatException> problems = forEach(in, source, records::add, warnings::add);
    return new CaseRecordReadResult<>(records, problems, warnings);
  }

  /**
   * Reads the rows one by one, giving each record to a sink, without keeping them; warnings
   * (such as unknown columns) are left out: use the four-argument form to receive them.
   *
   * @param in the CSV, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @param sink receives each record, in file order; not null
   * @return the rows that could not be read, in file order; not null
   * @throws CaseRecordFormatException if a column is missing from the header or the CSV is
   *     malformed
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public List<CaseRecordFormatException> forEach(
      Reader in, String source, Consumer<? super T> sink) {
    return forEach(in, source, sink, w -> {});
  }

  /**
   * Reads the rows one by one, giving each record to a sink and each warning to another.
   *
   * <p>Rows are numbered as a spreadsheet shows them: the physical line on which the row
   * starts, counting the header's line as 1 and blank lines too.
   *
   * @param in the CSV, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @param sink receives each record, in file order; not null
   * @param warnings receives each warning, such as an unknown column; not null
   * @return the rows that could not be read, in file order; not null
   * @throws CaseRecordFormatException if a required column is missing from the header or the
   *     CSV is malformed
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public List<CaseRecordFormatException> forEach(
      Reader in, String source, Consumer<? super T> sink, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(sink, "sink");
    return read(in, source, warnings, mapper, sink);
  }

  /**
   * Receives the child's id and the day of one row of an event file, without a record.
   *
   * <p>The id is a view that is valid only during the call: copy it ({@code toString()}) to keep
   * it.
   */
  @FunctionalInterface
  public interface DatedIdSink {
    /**
     * Takes one row.
     *
     * @param childId the child's id, stripped and not empty; a view valid during this call
     * @param epochDay the row's date, as {@link LocalDate#toEpochDay()}
     */
    void accept(CharSequence childId, long epochDay);
  }

  /**
   * Reads an event file, giving each row's child id and day to a sink without making a record
   * per row: the fast path for large files of {@link #REFERRALS}, {@link #STRATEGY_DISCUSSIONS},
   * {@link #SECTION_47_ENQUIRIES} and {@link #INITIAL_CONFERENCES}. It checks every row as
   * {@link #forEach(Reader, String, Consumer, Consumer)} does and reports the same problems,
   * warnings and errors; the sink receives what the record would hold.
   *
   * @param in the CSV, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @param sink receives each row's id and day, in file order; not null
   * @param warnings receives each warning, such as an unknown column; not null
   * @return the rows that could not be read, in file order; not null
   * @throws IllegalStateException if this reader's records are not an id and a date
   * @throws CaseRecordFormatException if a required column is missing from the header or the
   *     CSV is malformed
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public List<CaseRecordFormatException> forEachDated(
      Reader in, String source, DatedIdSink sink, Consumer<? super ReadWarning> warnings) {
    Row.Dated dated = datedParts(sink);
    return read(
        in,
        source,
        warnings,
        row -> dated.set(row.idView(0), row.epochDay(1)),
        d -> sink.accept(d.id, d.day));
  }

  /**
   * Reads an event file's UTF-8 bytes as {@link #forEachDated(Reader, String, DatedIdSink,
   * Consumer)} reads the same text, with the same rows, problems, warnings and errors, but
   * straight from the bytes: each plain row (printable ASCII without quotes, its id and date
   * readable, as nearly every row of an export is) without decoding it into characters or making
   * a string of its cells; from the first other row on, the text is read as the {@code Reader}
   * form would read it.
   *
   * <p>The id is a view that is valid only during the call: copy it ({@code toString()}) to keep
   * it.
   *
   * @param in the CSV's bytes in UTF-8, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @param sink receives each row's id and day, in file order; not null
   * @param warnings receives each warning, such as an unknown column; not null
   * @return the rows that could not be read, in file order; not null
   * @throws IllegalStateException if this reader's records are not an id and a date
   * @throws CaseRecordFormatException if a required column is missing from the header or the
   *     CSV is malformed
   * @throws UncheckedIOException if reading fails, or the bytes are not UTF-8
   * @throws NullPointerException if an argument is null
   */
  public List<CaseRecordFormatException> forEachDated(
      InputStream in, String source, DatedIdSink sink, Consumer<? super ReadWarning> warnings) {
    ByteRows.Ascii id = new ByteRows.Ascii();
    return readDated(
        in,
        source,
        sink,
        warnings,
        (bytes, from, to, day) -> sink.accept(id.of(bytes, from, to), day),
        d -> sink.accept(d.id, d.day));
  }

  /**
   * Receives the child's id as its UTF-8 bytes and the day of one row of an event file, without
   * a record or a string: for a calculator that packs short ids from their bytes, without a call
   * per character.
   */
  @FunctionalInterface
  public interface DatedBytesSink {
    /**
     * Takes one row.
     *
     * @param childId holds the child's id, stripped and not empty, as UTF-8 in {@code
     *     childId[from, to)}; read it during this call only, and never write to it
     * @param from where the id starts
     * @param to where the id ends, after its last byte
     * @param epochDay the row's date, as {@link LocalDate#toEpochDay()}
     */
    void accept(byte[] childId, int from, int to, long epochDay);
  }

  /**
   * Reads an event file's UTF-8 bytes as {@link #forEachDated(InputStream, String, DatedIdSink,
   * Consumer)} does, with the same rows, problems, warnings and errors, but gives each row's id
   * as its UTF-8 bytes: a plain row's straight from the file's buffer, another row's encoded
   * from its text.
   *
   * @param in the CSV's bytes in UTF-8, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @param sink receives each row's id and day, in file order; not null
   * @param warnings receives each warning, such as an unknown column; not null
   * @return the rows that could not be read, in file order; not null
   * @throws IllegalStateException if this reader's records are not an id and a date
   * @throws CaseRecordFormatException if a required column is missing from the header or the
   *     CSV is malformed
   * @throws UncheckedIOException if reading fails, or the bytes are not UTF-8
   * @throws NullPointerException if an argument is null
   */
  public List<CaseRecordFormatException> forEachDatedBytes(
      InputStream in, String source, DatedBytesSink sink, Consumer<? super ReadWarning> warnings) {
    return readDated(
        in,
        source,
        sink,
        warnings,
        sink,
        d -> {
          byte[] id = d.id.toString().getBytes(StandardCharsets.UTF_8);
          sink.accept(id, 0, id.length, d.day);
        });
  }

  /**
   * Reads an event file's bytes: each plain row whose id and date read to {@code plain}, straight
   * from the buffer; the others through the tokenizer into one reused {@link Row.Dated} given to
   * {@code other}.
   */
  private List<CaseRecordFormatException> readDated(
      InputStream in,
      String source,
      Object sink,
      Consumer<? super ReadWarning> warnings,
      DatedBytesSink plain,
      Consumer<Row.Dated> other) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Row.Dated dated = datedParts(sink);
    Objects.requireNonNull(warnings, "warnings");
    return new ByteRows(this, in, source)
        .read(
            warnings,
            row -> {
              long id = row.span(0);
              long day = row.epochDay(1);
              if (id == ByteRows.EMPTY || day == EpochDays.INVALID) {
                return false;
              }
              plain.accept(row.bytes(), (int) (id >>> 32), (int) id, day);
              return true;
            },
            row -> dated.set(row.idView(0), row.epochDay(1)),
            other);
  }

  /**
   * Checks that {@code forEachDated} may read this reader's files, and gives the one id and day
   * that its rows are read into, reused from row to row.
   */
  private Row.Dated datedParts(Object sink) {
    Objects.requireNonNull(sink, "sink");
    if (!dated) {
      throw new IllegalStateException(
          "forEachDated reads files of an id and a date; this reader's columns are "
              + String.join(", ", columns));
    }
    return new Row.Dated();
  }

  /**
   * Reads the rows through io's tokenizer, mapping each data row and handing the result to a
   * sink. Rows are numbered as a spreadsheet shows them: the physical line on which the row
   * starts, counting the header's line as 1 and blank lines too; blank lines are skipped.
   */
  <R> List<CaseRecordFormatException> read(
      Reader in,
      String source,
      Consumer<? super ReadWarning> warnings,
      Function<Row, R> map,
      Consumer<? super R> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(warnings, "warnings");
    List<CaseRecordFormatException> problems = new ArrayList<>();
    // not closed: the caller's reader stays open, and the cursor holds nothing else
    CsvCursor cursor = CsvCursor.open(in, source, OPTIONS);
    Row cells = null;
    while (next(cursor, source)) {
      if (cursor.isBlank()) {
        continue;
      }
      long row = cursor.row();
      if (cells == null) {
        String[] names = new String[cursor.size()];
        for (int i = 0; i < names.length; i++) {
          names[i] = cursor.text(i);
        }
        cells = new Row(columns, header(names, source, row, warnings), cursor);
        continue;
      }
      R record;
      try {
        record = map.apply(cells);
      } catch (Row.CellException e) {
        problems.add(new SkippedRowException(source, row, e.column, e.expected));
        continue;
      } catch (DateOrderException e) {
        problems.add(dateOrder(source, row, e));
        continue;
      } catch (IllegalArgumentException e) {
        // the model's other checks: their messages name fields and values, never ids or dates
        problems.add(new SkippedRowException(source, row, "", e.getMessage()));
        continue;
      }
      // outside the try: an exception of the sink is the caller's, not a problem of the row
      sink.accept(record);
    }
    if (cells == null) {
      throw new CaseRecordFormatException(
          source, 1, "", "a header row with the columns " + String.join(", ", columns));
    }
    return problems;
  }

  /** Moves to the next row; a tokenizer error becomes the reader's, without its text. */
  private static boolean next(CsvCursor cursor, String source) {
    try {
      return cursor.next();
    } catch (InputLimitException e) {
      throw new CaseRecordFormatException(
          source,
          Math.max(1, cursor.row()),
          "",
          "a row within the reader's limits (at most " + e.limit() + " of the part too large)");
    } catch (PlanFormatException e) {
      if (e.getCause() instanceof CharacterCodingException bad) {
        // the input's bytes, not the CSV: reported as an I/O failure of the source
        throw new UncheckedIOException("cannot read " + source, bad);
      }
      // the tokenizer's messages hold no cell text, but its cause might: both are left out
      throw new CaseRecordFormatException(
          source, Math.max(1, cursor.row()), "", "well-formed CSV (check quotes)");
    }
  }

  private CaseRecordFormatException dateOrder(String source, long row, DateOrderException e) {
    String later = fieldColumns.getOrDefault(e.laterField(), e.laterField());
    String earlier = fieldColumns.getOrDefault(e.earlierField(), e.earlierField());
    return new SkippedRowException(
        source,
        row,
        later,
        "a date on or after the one in column '" + earlier + "' (which must be given)");
  }

  /** The index of each of this reader's columns in a file of the header {@code names}. */
  int[] header(String[] names, String source, long row, Consumer<? super ReadWarning> warnings) {
    return header.indexes(names, source, row, warnings);
  }
}
