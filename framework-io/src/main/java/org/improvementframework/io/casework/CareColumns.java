package org.improvementframework.io.casework;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.casework.DateOrderException;

/**
 * Reads periods of care and placements column by column, giving each row's parts to a sink
 * without a record, a {@code LocalDate} or an {@code Optional} per row: the fast path of {@link
 * CaseRecordReader#LOOKED_AFTER_PERIODS} and {@link CaseRecordReader#PLACEMENTS} for large files.
 *
 * <p>Each reading ({@link #PERIODS}, {@link #PLACEMENTS}) reads the same layout, skips the same
 * rows with the same problems and gives the same warnings and errors as the reader's {@code
 * forEach}; the sink receives what the record would hold, dates as {@link
 * java.time.LocalDate#toEpochDay()} and an absent end as {@link #NO_END}. Ids and texts are
 * views valid only during the call: copy them to keep them.
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
   * Periods of care ({@code child_id, date_of_birth, period_start, period_end}), read as {@link
   * CaseRecordReader#LOOKED_AFTER_PERIODS} reads them, each row's parts given to a {@link
   * PeriodSink}.
   */
  public static final Columns<PeriodSink> PERIODS =
      new Columns<>(
          new Kind(
              CaseRecordReader.LOOKED_AFTER_PERIODS,
              CareColumns::periodCells,
              CareColumns::periodBytes),
          CareColumns::periods);

  /**
   * Placements ({@code child_id, placement_start, placement_end, placement_type, short_break}),
   * read as {@link CaseRecordReader#PLACEMENTS} reads them, each row's parts given to a {@link
   * PlacementSink}.
   */
  public static final Columns<PlacementSink> PLACEMENTS =
      new Columns<>(
          new Kind(
              CaseRecordReader.PLACEMENTS,
              CareColumns::placementCells,
              CareColumns::placementBytes),
          CareColumns::placements);

  /**
   * One kind of care record read column by column: {@link #PERIODS} or {@link #PLACEMENTS}.
   *
   * @param <S> the sink of a row's parts
   */
  public static final class Columns<S> {
    private final Kind kind;
    private final Function<S, Consumer<Parts>> adapter;

    private Columns(Kind kind, Function<S, Consumer<Parts>> adapter) {
      this.kind = kind;
      this.adapter = adapter;
    }

    /**
     * Reads the CSV's text, giving each row's parts to a sink.
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
    public List<CaseRecordFormatException> forEach(
        Reader in, String source, S sink, Consumer<? super ReadWarning> warnings) {
      return new Pass(kind, adapter.apply(sink)).read(in, source, warnings);
    }

    /**
     * Reads the CSV's UTF-8 bytes as {@link #forEach(Reader, String, Object, Consumer)} reads
     * the same text: with the same sink, warnings, result, rows, problems and errors, but each
     * plain row (printable ASCII without quotes, every cell readable, as nearly every row of an
     * export is) straight from the bytes, without a string per cell.
     *
     * @param in the CSV's bytes in UTF-8, with a header row; not null; not closed by this method
     * @param source a name for the input in messages, such as the file name; not null
     * @param sink as for the {@code Reader} form
     * @param warnings as for the {@code Reader} form
     * @return as for the {@code Reader} form
     * @throws UncheckedIOException if reading fails, or the bytes are not UTF-8
     */
    public List<CaseRecordFormatException> forEach(
        InputStream in, String source, S sink, Consumer<? super ReadWarning> warnings) {
      return new Pass(kind, adapter.apply(sink)).read(in, source, warnings);
    }
  }

  /** Adapts a sink of periods to the parts: one lambda per file, none per row. */
  private static Consumer<Parts> periods(PeriodSink sink) {
    Objects.requireNonNull(sink, "sink");
    return p -> sink.accept(p.id, p.birth, p.start, p.end);
  }

  private static Consumer<Parts> placements(PlacementSink sink) {
    Objects.requireNonNull(sink, "sink");
    return p -> sink.accept(p.id, p.start, p.end, p.type, p.shortBreak);
  }

  /** Whether a plain row's dates leave it to the tokenizer's path: unreadable or out of order. */
  private static boolean invalid(long first, long start, long end) {
    return first == EpochDays.INVALID
        || start == EpochDays.INVALID
        || end == EpochDays.INVALID
        || end < start;
  }

  /** The record's date-order check: the reader reports it as the record path's would be. */
  private static long ordered(long start, long end) {
    if (end < start) {
      throw new DateOrderException("end", "start");
    }
    return end;
  }

  /** Fills the parts from a row the tokenizer read; the record's checks throw. */
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
    p.type = p.lazyType.of(row, 3);
    p.shortBreak = row.flag(4);
    // the record's own check, after the cells, as the record path makes it
    p.end = ordered(p.start, end);
  }

  /** Fills the parts from a plain row's bytes; false, before the sink sees it, if it cannot. */
  private static boolean periodBytes(ByteRows row, Parts p) {
    p.id = row.id(0);
    p.birth = row.epochDay(1);
    p.start = row.epochDay(2);
    p.end = row.optionalEpochDay(3, NO_END);
    return p.id != null && !invalid(p.birth, p.start, p.end);
  }

  private static boolean placementBytes(ByteRows row, Parts p) {
    p.id = row.id(0);
    p.start = row.epochDay(1);
    p.end = row.optionalEpochDay(2, NO_END);
    p.type = row.text(3);
    int flag = row.flag(4);
    p.shortBreak = flag == 1;
    return p.id != null && flag >= 0 && !invalid(p.start, p.start, p.end);
  }

  /** Fills a row's parts from a plain row's bytes, telling whether it could. */
  @FunctionalInterface
  private interface BytesFiller {
    boolean fill(ByteRows row, Parts parts);
  }

  /**
   * What one kind of record is read with: the record reader, whose columns and row checks apply,
   * and how a row's cells, or a plain row's bytes, fill the parts a sink is given.
   */
  private record Kind(
      CaseRecordReader<?> reader, BiConsumer<Row, Parts> cells, BytesFiller bytes) {}

  /**
   * One file's reading: the one {@link Parts} reused from row to row, filled from the tokenizer's
   * rows or from plain rows' bytes, so that neither path makes an object per row.
   */
  private static final class Pass implements Function<Row, Parts>, ByteRows.RowReader {
    private final Kind kind;
    private final Consumer<Parts> sink;
    private final Parts parts = new Parts();

    Pass(Kind kind, Consumer<Parts> sink) {
      this.kind = kind;
      this.sink = sink;
    }

    List<CaseRecordFormatException> read(
        Reader in, String source, Consumer<? super ReadWarning> warnings) {
      return kind.reader().read(in, source, warnings, this, sink);
    }

    List<CaseRecordFormatException> read(
        InputStream in, String source, Consumer<? super ReadWarning> warnings) {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(warnings, "warnings");
      return new ByteRows(kind.reader(), in, source).read(warnings, this, this, sink);
    }

    @Override
    public Parts apply(Row row) {
      kind.cells().accept(row, parts);
      return parts;
    }

    @Override
    public boolean read(ByteRows row) {
      if (!kind.bytes().fill(row, parts)) {
        return false;
      }
      sink.accept(parts);
      return true;
    }
  }

  private static final class Parts {
    CharSequence id;
    long birth;
    long start;
    long end;
    CharSequence type;
    final LazyText lazyType = new LazyText();
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

    LazyText of(Row row, int column) {
      this.row = row;
      this.column = column;
      this.text = null;
      return this;
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
