package org.improvementframework.io.casework;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.casework.DateOrderException;

/**
 * Reads periods of care and placements column by column, giving each row's parts to a sink
 * without a record, a {@code LocalDate} or an {@code Optional} per row: the fast path of {@link
 * CaseRecordReader#LOOKED_AFTER_PERIODS} and {@link CaseRecordReader#PLACEMENTS} for large files.
 *
 * <p>Each method reads the same layout, skips the same rows with the same problems and gives the
 * same warnings and errors as the reader's {@code forEach}; the sink receives what the record
 * would hold, dates as {@link java.time.LocalDate#toEpochDay()} and an absent end as {@link
 * #NO_END}. Ids and texts are views valid only during the call: copy them to keep them.
 */
public final class CareColumns {

  /** The end day given for a period of care or a placement that has not ended. */
  public static final long NO_END = Long.MAX_VALUE;

  private CareColumns() {}

  /** Receives the parts of one period of care. */
  @FunctionalInterface
  public interface PeriodSink {
    /**
     * Takes one row.
     *
     * @param childId the child's id, stripped and not empty; a view valid during this call
     * @param dateOfBirth the date of birth, as an epoch day
     * @param start the period's first day, as an epoch day
     * @param end the day the period ended, on or after {@code start}, or {@link #NO_END}
     */
    void accept(CharSequence childId, long dateOfBirth, long start, long end);
  }

  /** Receives the parts of one placement. */
  @FunctionalInterface
  public interface PlacementSink {
    /**
     * Takes one row.
     *
     * @param childId the child's id, stripped and not empty; a view valid during this call
     * @param start the placement's first day, as an epoch day
     * @param end the day the placement ended, on or after {@code start}, or {@link #NO_END}
     * @param placementType the placement's type code, stripped, possibly empty; valid during
     *     this call
     * @param shortBreak whether it is one of an agreed series of short-term placements
     */
    void accept(
        CharSequence childId, long start, long end, CharSequence placementType, boolean shortBreak);
  }

  /**
   * Reads periods of care ({@code child_id, date_of_birth, period_start, period_end}), as {@link
   * CaseRecordReader#LOOKED_AFTER_PERIODS} does, giving each row's parts to a sink.
   *
   * @param in the CSV, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @param sink receives each row's parts, in file order; not null
   * @param warnings receives each warning, such as an unknown column; not null
   * @return the rows that could not be read, in file order; not null
   * @throws CaseRecordFormatException if a required column is missing from the header or the
   *     CSV is malformed
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public static List<CaseRecordFormatException> forEachPeriod(
      Reader in, String source, PeriodSink sink, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(sink, "sink");
    return each(PERIODS, in, source, warnings, p -> sink.accept(p.id, p.birth, p.start, p.end));
  }

  /**
   * Reads placements ({@code child_id, placement_start, placement_end, placement_type,
   * short_break}), as {@link CaseRecordReader#PLACEMENTS} does, giving each row's parts to a
   * sink.
   *
   * @param in the CSV, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @param sink receives each row's parts, in file order; not null
   * @param warnings receives each warning, such as an unknown column; not null
   * @return the rows that could not be read, in file order; not null
   * @throws CaseRecordFormatException if a required column is missing from the header or the
   *     CSV is malformed
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public static List<CaseRecordFormatException> forEachPlacement(
      Reader in, String source, PlacementSink sink, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(sink, "sink");
    return each(
        PLACEMENTS,
        in,
        source,
        warnings,
        p -> sink.accept(p.id, p.start, p.end, p.type, p.shortBreak));
  }

  /**
   * Reads periods of care from their UTF-8 bytes as {@link #forEachPeriod(Reader, String,
   * PeriodSink, Consumer)} reads the same text, with the same rows, problems, warnings and
   * errors, but each plain row (printable ASCII without quotes, every cell readable, as nearly
   * every row of an export is) straight from the bytes, without a string per cell.
   *
   * @param in the CSV's bytes in UTF-8, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @param sink receives each row's parts, in file order; not null
   * @param warnings receives each warning, such as an unknown column; not null
   * @return the rows that could not be read, in file order; not null
   * @throws CaseRecordFormatException if a required column is missing from the header or the
   *     CSV is malformed
   * @throws UncheckedIOException if reading fails, or the bytes are not UTF-8
   * @throws NullPointerException if an argument is null
   */
  public static List<CaseRecordFormatException> forEachPeriod(
      InputStream in, String source, PeriodSink sink, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(sink, "sink");
    return bytes(
        PERIODS,
        in,
        source,
        warnings,
        row -> {
          CharSequence id = row.id(0);
          long birth = row.epochDay(1);
          long start = row.epochDay(2);
          long end = row.optionalEpochDay(3, NO_END);
          if (id == null || invalid(birth, start, end)) {
            return false;
          }
          sink.accept(id, birth, start, end);
          return true;
        },
        p -> sink.accept(p.id, p.birth, p.start, p.end));
  }

  /**
   * Reads placements from their UTF-8 bytes as {@link #forEachPlacement(Reader, String,
   * PlacementSink, Consumer)} reads the same text, with the same rows, problems, warnings and
   * errors, but each plain row (printable ASCII without quotes, every cell readable, as nearly
   * every row of an export is) straight from the bytes, without a string per cell.
   *
   * @param in the CSV's bytes in UTF-8, with a header row; not null; not closed by this method
   * @param source a name for the input in messages, such as the file name; not null
   * @param sink receives each row's parts, in file order; not null
   * @param warnings receives each warning, such as an unknown column; not null
   * @return the rows that could not be read, in file order; not null
   * @throws CaseRecordFormatException if a required column is missing from the header or the
   *     CSV is malformed
   * @throws UncheckedIOException if reading fails, or the bytes are not UTF-8
   * @throws NullPointerException if an argument is null
   */
  public static List<CaseRecordFormatException> forEachPlacement(
      InputStream in, String source, PlacementSink sink, Consumer<? super ReadWarning> warnings) {
    Objects.requireNonNull(sink, "sink");
    return bytes(
        PLACEMENTS,
        in,
        source,
        warnings,
        row -> {
          CharSequence id = row.id(0);
          long start = row.epochDay(1);
          long end = row.optionalEpochDay(2, NO_END);
          CharSequence type = row.text(3);
          int flag = row.flag(4);
          if (id == null || flag < 0 || invalid(start, start, end)) {
            return false;
          }
          sink.accept(id, start, end, type, flag == 1);
          return true;
        },
        p -> sink.accept(p.id, p.start, p.end, p.type, p.shortBreak));
  }

  /** Whether a plain row's dates leave it to the tokenizer's path: unreadable or out of order. */
  private static boolean invalid(long first, long start, long end) {
    return first == EpochDays.INVALID
        || start == EpochDays.INVALID
        || end == EpochDays.INVALID
        || end < start;
  }

  private static List<CaseRecordFormatException> bytes(
      Kind kind,
      InputStream in,
      String source,
      Consumer<? super ReadWarning> warnings,
      ByteRows.RowReader plain,
      Consumer<Parts> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(warnings, "warnings");
    Parts parts = new Parts();
    return new ByteRows(kind.reader(), in, source)
        .read(
            warnings,
            plain,
            row -> {
              kind.cells().accept(row, parts);
              return parts;
            },
            sink);
  }

  /** The record's date-order check: the reader reports it as the record path's would be. */
  private static long ordered(long start, long end) {
    if (end < start) {
      throw new DateOrderException("end", "start");
    }
    return end;
  }

  /** One row's parts, reused from row to row. */
  private static void periodCells(Row row, Parts p) {
    p.id = row.idView(0);
    p.birth = row.epochDay(1);
    p.start = row.epochDay(2);
    p.end = ordered(p.start, row.optionalEpochDay(3, NO_END));
  }

  private static void placementCells(Row row, Parts p) {
    p.id = row.idView(0);
    p.start = row.epochDay(1);
    long end = row.optionalEpochDay(2, NO_END);
    p.type.of(row, 3);
    p.shortBreak = row.flag(4);
    // the record's own check, after the cells, as the record path makes it
    p.end = ordered(p.start, end);
  }

  /**
   * Reads rows into one reused {@link Parts} and gives each to a sink: no record or object per
   * row on this path.
   */
  /**
   * What one kind of record is read with: the record reader, whose columns and row checks apply,
   * and how a row's cells fill the parts a sink is given.
   */
  private record Kind(CaseRecordReader<?> reader, BiConsumer<Row, Parts> cells) {}

  private static final Kind PERIODS =
      new Kind(CaseRecordReader.LOOKED_AFTER_PERIODS, CareColumns::periodCells);

  private static final Kind PLACEMENTS =
      new Kind(CaseRecordReader.PLACEMENTS, CareColumns::placementCells);

  private static List<CaseRecordFormatException> each(
      Kind kind,
      Reader in,
      String source,
      Consumer<? super ReadWarning> warnings,
      Consumer<Parts> sink) {
    Parts parts = new Parts();
    return kind.reader()
        .read(
            in,
            source,
            warnings,
            row -> {
              kind.cells().accept(row, parts);
              return parts;
            },
            sink);
  }

  private static final class Parts {
    CharSequence id;
    long birth;
    long start;
    long end;
    final LazyText type = new LazyText();
    boolean shortBreak;
  }

  /**
   * A text cell made into a string only if the sink reads it: most sinks of placements (the
   * placement-move measure) never read the type.
   */
  private static final class LazyText implements CharSequence {
    private Row row;
    private int column;
    private String text;

    void of(Row row, int column) {
      this.row = row;
      this.column = column;
      this.text = null;
    }

    @Override
    public String toString() {
      if (text == null) {
        text = row.text(column);
      }
      return text;
    }

    @Override
    public int length() {
      return toString().length();
    }

    @Override
    public char charAt(int index) {
      return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().subSequence(start, end);
    }
  }
}
