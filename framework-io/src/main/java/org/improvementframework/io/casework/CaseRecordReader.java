package org.improvementframework.io.casework;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.CaseWorker;
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
 * <p>Each reader has a layout: the columns it needs, named in a header row (case and surrounding
 * spaces do not matter, other columns are ignored, their order is free). Dates are
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

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final ObjectReader ROWS = MAPPER.readerForArrayOf(String.class)
      .with(CsvParser.Feature.WRAP_AS_ARRAY)
      .with(CsvParser.Feature.SKIP_EMPTY_LINES);

  /** Referrals: {@code child_id, referral_date}. */
  public static final CaseRecordReader<Referral> REFERRALS = new CaseRecordReader<>(
      new String[] {"child_id", "referral_date"},
      r -> new Referral(r.id(0), r.date(1)));

  /** Strategy discussions: {@code child_id, strategy_discussion_date}. */
  public static final CaseRecordReader<StrategyDiscussion> STRATEGY_DISCUSSIONS =
      new CaseRecordReader<>(new String[] {"child_id", "strategy_discussion_date"},
          r -> new StrategyDiscussion(r.id(0), r.date(1)));

  /** Section 47 enquiries: {@code child_id, s47_start_date}. */
  public static final CaseRecordReader<Section47Enquiry> SECTION_47_ENQUIRIES =
      new CaseRecordReader<>(new String[] {"child_id", "s47_start_date"},
          r -> new Section47Enquiry(r.id(0), r.date(1)));

  /** Initial child protection conferences: {@code child_id, icpc_date}. */
  public static final CaseRecordReader<InitialConference> INITIAL_CONFERENCES =
      new CaseRecordReader<>(new String[] {"child_id", "icpc_date"},
          r -> new InitialConference(r.id(0), r.date(1)));

  /** Periods of care: {@code child_id, date_of_birth, period_start, period_end}. */
  public static final CaseRecordReader<LookedAfterPeriod> LOOKED_AFTER_PERIODS =
      new CaseRecordReader<>(
          new String[] {"child_id", "date_of_birth", "period_start", "period_end"},
          r -> new LookedAfterPeriod(r.id(0), r.date(1), r.date(2), r.optionalDate(3)));

  /**
   * Placements: {@code child_id, placement_start, placement_end, placement_type, short_break}.
   */
  public static final CaseRecordReader<Placement> PLACEMENTS = new CaseRecordReader<>(
      new String[] {"child_id", "placement_start", "placement_end", "placement_type",
          "short_break"},
      r -> new Placement(r.id(0), r.date(1), r.optionalDate(2), r.text(3), r.flag(4)));

  /**
   * Missing episodes: {@code child_id, missing_start, return_date, interview_offered,
   * interview_date}.
   */
  public static final CaseRecordReader<MissingEpisode> MISSING_EPISODES = new CaseRecordReader<>(
      new String[] {"child_id", "missing_start", "return_date", "interview_offered",
          "interview_date"},
      r -> new MissingEpisode(r.id(0), r.date(1), r.optionalDate(2), r.flag(3),
          r.optionalDate(4)));

  /** Care leavers' activity: {@code child_id, birthday, age, activity}. */
  public static final CaseRecordReader<CareLeaverActivity> CARE_LEAVER_ACTIVITIES =
      new CaseRecordReader<>(new String[] {"child_id", "birthday", "age", "activity"},
          r -> new CareLeaverActivity(r.id(0), r.date(1), r.integer(2, 0, 30),
              r.code(3, CareLeaverActivity.Activity::ofCode,
                  "an SSDA903 activity code: F1, P1, F2, P2, F4, P4, G4, G5, G6 or 0")));

  /**
   * Adoptions: {@code child_id, entered_care, foster_placement_start, placement_order, matched,
   * moved_in, adoption_order}.
   */
  public static final CaseRecordReader<Adoption> ADOPTIONS = new CaseRecordReader<>(
      new String[] {"child_id", "entered_care", "foster_placement_start", "placement_order",
          "matched", "moved_in", "adoption_order"},
      r -> new Adoption(r.id(0), r.date(1), r.optionalDate(2), r.optionalDate(3),
          r.optionalDate(4), r.date(5), r.date(6)));

  /** Workers in post: {@code worker_id, fte, case_holding}. */
  public static final CaseRecordReader<CaseWorker> CASE_WORKERS = new CaseRecordReader<>(
      new String[] {"worker_id", "fte", "case_holding"},
      r -> new CaseWorker(r.id(0), r.decimal(1, "a full-time equivalent such as 0.8"),
          r.flag(2)));

  /** Allocations: {@code child_id, worker_id, allocation_start, allocation_end}. */
  public static final CaseRecordReader<CaseAllocation> CASE_ALLOCATIONS = new CaseRecordReader<>(
      new String[] {"child_id", "worker_id", "allocation_start", "allocation_end"},
      r -> new CaseAllocation(r.id(0), r.id(1), r.date(2), r.optionalDate(3)));

  private final String[] columns;
  private final Function<Row, T> mapper;

  private CaseRecordReader(String[] columns, Function<Row, T> mapper) {
    this.columns = columns;
    this.mapper = mapper;
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
    List<CaseRecordFormatException> problems = forEach(in, source, records::add);
    return new CaseRecordReadResult<>(records, problems);
  }

  /**
   * Reads the rows one by one, giving each record to a sink, without keeping them.
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
  public List<CaseRecordFormatException> forEach(Reader in, String source,
      Consumer<? super T> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    List<CaseRecordFormatException> problems = new ArrayList<>();
    long row = 0;
    try (MappingIterator<String[]> it = ROWS.readValues(in)) {
      Row cells = null;
      while (true) {
        String[] values;
        try {
          if (!it.hasNextValue()) {
            break;
          }
          values = it.nextValue();
        } catch (IOException | RuntimeException e) {
          // Jackson's message may quote the text: it is left out, and so is the cause.
          throw new CaseRecordFormatException(source, row + 1, "",
              "well-formed CSV (check quotes)");
        }
        row++;
        if (cells == null) {
          cells = new Row(columns, header(values, source));
          continue;
        }
        cells.set(values);
        T record;
        try {
          record = mapper.apply(cells);
        } catch (Row.CellException e) {
          problems.add(new SkippedRowException(source, row, e.column, e.expected));
          continue;
        } catch (IllegalArgumentException e) {
          // the model's checks: their messages name fields and dates of events, never ids
          problems.add(new SkippedRowException(source, row, "", e.getMessage()));
          continue;
        }
        // outside the try: an exception of the sink is the caller's, not a problem of the row
        sink.accept(record);
      }
      if (cells == null) {
        throw new CaseRecordFormatException(source, 1, "",
            "a header row with the columns " + String.join(", ", columns));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return problems;
  }

  private int[] header(String[] names, String source) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).strip();
      }
      byName.putIfAbsent(name, i);
    }
    int[] index = new int[columns.length];
    for (int c = 0; c < columns.length; c++) {
      Integer i = byName.get(columns[c]);
      if (i == null) {
        throw new CaseRecordFormatException(source, 1, columns[c],
            "this column in the header row (needed: " + String.join(", ", columns) + ")");
      }
      index[c] = i;
    }
    return index;
  }
}
