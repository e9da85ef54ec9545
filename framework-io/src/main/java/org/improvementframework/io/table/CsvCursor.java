package org.improvementframework.io.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * The fast path of {@link CsvTables} for large files read a few columns at a time: the same
 * tokenizer rules, giving each row's cells as views into one reused buffer instead of a {@link
 * TableRow} of strings.
 *
 * <p>It reads exactly what {@link CsvTables#open(Reader, String, CsvOptions)} reads (a property
 * test holds the two to the same rows for any generated CSV): RFC 4180 quotes ({@code ""}
 * inside a quoted cell is one quote; a quote inside an unquoted cell is text; spaces after a
 * closing quote are skipped; anything else there is an error), line breaks {@code \n}, {@code
 * \r\n} or {@code \r}, kept as written inside quoted cells; a blank line is a row of one empty
 * cell; a byte order mark before the first cell is dropped. Rows carry their number as the
 * options' {@link CsvOptions.RowNumbering} counts it: by default the line on which they start.
 * The limits of {@link CsvOptions} apply as they do there, and every error is located (file,
 * row, column) and never quotes a cell.
 *
 * <p>A view returned by {@link #cell(int)} is valid until the next call of {@link #next()}: copy
 * it with {@code toString()} to keep it. Instances are not thread-safe.
 */
public final class CsvCursor implements Closeable {

  private static final int BUFFER = 64 * 1024;
  private static final int NO_QUOTE = -2;

  private final Reader in;
  private final String source;
  private final CsvOptions options;
  private final int delimiter;
  private final int quote;
  private final char[] buffer = new char[BUFFER];
  private int pos;
  private int limit;
  private long consumed;
  private boolean lastCr;
  private long line = 1;
  private boolean started;

  private char[] chars = new char[256];
  private int length;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private View[] views = new View[16];
  private int count;
  private long row;
  private long rows;

  /** Whether the cell being read may hold a NUL or a quote, which {@link #checkCell} looks at. */
  private boolean suspect;

  private final List<ReadWarning> warnings = new ArrayList<>();

  private CsvCursor(Reader in, String source, CsvOptions options, char delimiter) {
    this.in = in;
    this.source = source;
    this.options = options;
    this.delimiter = delimiter;
    this.quote = options.lenientQuotes() ? NO_QUOTE : '"';
  }

  /**
   * Opens a cursor over a text, which the cursor closes; with no fixed delimiter in the options,
   * the delimiter is detected from the first 64 KiB as {@link CsvTables} does.
   *
   * @param reader the characters; not null
   * @param source the file name for messages; may be null
   * @param options the delimiter, quoting and limits; not null
   * @return the cursor, before the first row; not null
   * @throws UncheckedIOException if the text cannot be read for delimiter detection
   * @throws NullPointerException if {@code reader} or {@code options} is null
   */
  public static CsvCursor open(Reader reader, String source, CsvOptions options) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(options, "options");
    CsvCursor cursor = new CsvCursor(reader, source, options, ',');
    char d;
    if (options.fixedDelimiter().isPresent()) {
      d = options.fixedDelimiter().get();
    } else {
      cursor.fill();
      d = CsvTables.detect(new String(cursor.buffer, 0, cursor.limit));
    }
    CsvCursor opened = new CsvCursor(reader, source, options, d);
    System.arraycopy(cursor.buffer, 0, opened.buffer, 0, cursor.limit);
    opened.limit = cursor.limit;
    opened.consumed = cursor.consumed;
    return opened;
  }

  /**
   * Moves to the next row.
   *
   * @return false at the end of the input
   * @throws PlanFormatException if the text is not a table here (an unterminated quote, text
   *     after a closing quote, a NUL character, bytes that are not UTF-8)
   * @throws InputLimitException if a limit of the options is passed
   * @throws UncheckedIOException if the input cannot be read
   */
  public boolean next() {
    // Numbered before the first read, so that a decoding error there names this row.
    long previous = row;
    row = options.numbering() == CsvOptions.RowNumbering.RECORDS ? rows + 1 : line;
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        pos++;
      }
    }
    if (peek() < 0) {
      row = previous;
      return false;
    }
    count = 0;
    length = 0;
    if (++rows > options.limits().maxRows()) {
      throw new InputLimitException(
          CsvOptions.ROW_COUNT, options.limits().maxRows(), rowLocation(), null);
    }
    boolean more = true;
    while (more) {
      if (count == options.limits().maxColumns()) {
        throw new InputLimitException(
            "the cells of one row", options.limits().maxColumns(), location(count + 1), null);
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        views = Arrays.copyOf(views, count * 2);
      }
      starts[count] = length;
      boolean quoted = peek() == quote;
      more = quoted ? quoted() : unquoted();
      ends[count] = length;
      count++;
      checkCell(count - 1);
    }
    return true;
  }

  /** Reads an unquoted cell; true when another cell of the row follows. */
  private boolean unquoted() {
    // Scans the buffer a run at a time: a per-character read and append was most of the read.
    while (pos < limit || fill()) {
      char[] b = buffer;
      int p = pos;
      int end = limit;
      while (p < end) {
        char ch = b[p];
        if (ch == delimiter) {
          break;
        }
        if (ch <= '"') {
          if (ch == '\n' || ch == '\r') {
            break;
          }
          suspect |= ch == 0 || ch == '"';
        }
        p++;
      }
      appendRun(pos, p);
      pos = p;
      if (p < end) {
        pos++;
        return endCell(b[p]);
      }
    }
    return endCell(-1);
  }

  /** Reads a quoted cell from its opening quote; true when another cell of the row follows. */
  private boolean quoted() {
    read();
    lastCr = false;
    while (true) {
      if (pos == limit && !fill()) {
        throw malformed(
            "unterminated quoted cell (is the file truncated?)",
            count,
            "a closing quote before the end of the input");
      }
      int p = pos;
      int end = limit;
      char[] b = buffer;
      while (p < end) {
        char ch = b[p];
        if (ch == quote || ch == '\r' || ch == '\n') {
          break;
        }
        suspect |= ch == 0;
        p++;
      }
      if (p > pos) {
        lastCr = false;
        appendRun(pos, p);
        pos = p;
      }
      if (p == end) {
        continue;
      }
      int c = read();
      if (c == quote) {
        lastCr = false;
        if (peek() != quote) {
          break;
        }
        read();
      } else if (c == '\r') {
        line++;
        lastCr = true;
      } else {
        line += lastCr ? 0 : 1;
        lastCr = false;
      }
      append((char) c);
    }
    while (peek() == ' ') {
      read();
    }
    int c = read();
    if (endsCell(c)) {
      return endCell(c);
    }
    throw malformed(
        "malformed CSV: text after the closing quote of a cell",
        count,
        "cells separated by the delimiter, quotes closed before the end of the cell (or"
            + " read quotes as text)");
  }

  /** A format error at the cell of index {@code i} of the current row. */
  private PlanFormatException malformed(String problem, int i, String expected) {
    return PlanFormatException.builder(problem).at(location(i + 1)).expected(expected).build();
  }

  /** Tells whether {@code c} ends a cell: a delimiter, a line break or the end of the input. */
  private boolean endsCell(int c) {
    return c == delimiter || c == '\n' || c == '\r' || c < 0;
  }

  /** Consumes what ended a cell; true when another cell of the row follows. */
  private boolean endCell(int c) {
    if (c == delimiter) {
      return true;
    }
    endOfLine(c);
    return false;
  }

  private void endOfLine(int c) {
    if (c == '\r') {
      line++;
      if (peek() == '\n') {
        read();
      }
    } else if (c == '\n') {
      line++;
    }
    lastCr = false;
  }

  private void checkCell(int i) {
    int n = ends[i] - starts[i];
    if (n > options.limits().maxCellChars()) {
      throw new InputLimitException(
          CsvOptions.CELL_LENGTH, options.limits().maxCellChars(), location(i + 1), null);
    }
    if (!suspect) {
      return;
    }
    suspect = false;
    boolean quoteSeen = false;
    for (int k = starts[i]; k < ends[i]; k++) {
      char ch = chars[k];
      if (ch == 0) {
        throw malformed(
            "the input contains a NUL character, so it is not text",
            i,
            "a CSV or tab-separated text export (export a binary spreadsheet first, "
                + "or read it as a workbook)");
      }
      quoteSeen |= ch == '"';
    }
    if (quoteSeen && quote == NO_QUOTE) {
      warnings.add(
          ReadWarning.of(
              location(i + 1),
              "a quote character in text extracted without quoting",
              "",
              "read the quote as text"));
    }
  }

  private void append(char c) {
    if (length == chars.length) {
      grow(1);
    }
    chars[length++] = c;
  }

  /** Appends the characters of the buffer from {@code from} to {@code to} to the cell. */
  private void appendRun(int from, int to) {
    int n = to - from;
    if (length + n > chars.length) {
      grow(n);
    }
    System.arraycopy(buffer, from, chars, length, n);
    length += n;
  }

  /** Makes room for {@code n} more characters. */
  private void grow(int n) {
    if (length - starts[count] > options.limits().maxCellChars()) {
      // checked as the buffer grows: a huge cell is refused before it is held whole
      throw new InputLimitException(
          CsvOptions.CELL_LENGTH, options.limits().maxCellChars(), location(count + 1), null);
    }
    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
  }

  private int peek() {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos];
  }

  private int read() {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos++];
  }

  private boolean fill() {
    int n;
    try {
      n = in.read(buffer, 0, buffer.length);
    } catch (CharacterCodingException e) {
      throw PlanFormatException.builder("the input is not valid UTF-8")
          .at(rowLocation())
          .expected("UTF-8 text (save the file as CSV UTF-8)")
          .cause(e)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + (source == null ? "the input" : source), e);
    }
    pos = 0;
    limit = Math.max(n, 0);
    consumed += limit;
    if (consumed > options.limits().maxInputBytes()) {
      throw new InputLimitException(
          "the input size (more than " + options.limits().maxInputBytes() + " bytes)",
          options.limits().maxInputBytes(),
          InputLocation.ofSource(source),
          null);
    }
    return limit > 0;
  }

  /**
   * Gets the number of the current row, from 1: the line on which it starts or, with {@link
   * CsvOptions.RowNumbering#RECORDS}, its place among the rows.
   *
   * @return the row number
   */
  public long row() {
    return row;
  }

  /**
   * Checks whether the current row is blank: one empty cell, as a blank line reads.
   *
   * @return true if the row is blank
   */
  public boolean isBlank() {
    return count == 1 && length == 0;
  }

  /**
   * Gets the number of cells of the current row: 1 for a blank line.
   *
   * @return the number of cells
   */
  public int size() {
    return count;
  }

  /**
   * Gets a cell of the current row as a view, valid until the next row; a cell past the row's
   * end reads as empty.
   *
   * @param i the cell's index, from 0
   * @return the view; not null
   */
  public CharSequence cell(int i) {
    if (i >= count) {
      return "";
    }
    View v = views[i];
    if (v == null) {
      v = new View(i);
      views[i] = v;
    }
    return v;
  }

  /**
   * Tells whether a cell of the current row, from one of its characters on, is exactly a text,
   * without making a string of the cell; a cell past the row's end reads as empty.
   *
   * @param i the cell's index, from 0
   * @param from the first character of the cell compared, from 0; at most the cell's length
   * @param text the text; not null
   * @return true if the rest of the cell equals the text
   */
  public boolean cellEquals(int i, int from, String text) {
    int s = i < count ? starts[i] + from : from;
    int n = (i < count ? ends[i] : 0) - s;
    if (n != text.length()) {
      return false;
    }
    char[] c = chars;
    for (int k = 0; k < n; k++) {
      if (c[s + k] != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Gets a cell of the current row as a string; a cell past the row's end reads as empty.
   *
   * @param i the cell's index, from 0
   * @return the text; not null
   */
  public String text(int i) {
    // An empty cell gives the one empty string: a string object per empty cell was most of what
    // a plan's reader kept of a row.
    return i >= count || ends[i] == starts[i]
        ? ""
        : new String(chars, starts[i], ends[i] - starts[i]);
  }

  /**
   * Gets the current row as a table row of strings.
   *
   * @return the row; not null
   */
  public TableRow tableRow() {
    List<String> cells = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cells.add(text(i));
    }
    return TableRow.of(source, row, cells);
  }

  /**
   * Gets the warnings so far (quotes read as text in the lenient mode).
   *
   * @return the warnings, in order; not null
   */
  public List<ReadWarning> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Closes the input.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    in.close();
  }

  private InputLocation location(int column) {
    return TableRow.of(source, row, List.of()).location(column);
  }

  private InputLocation rowLocation() {
    return row < 1
        ? InputLocation.ofSource(source)
        : InputLocation.builder().source(source).row(row).build();
  }

  /** A cell of the current row, read in place. */
  private final class View implements CharSequence {
    private final int index;

    View(int index) {
      this.index = index;
    }

    @Override
    public int length() {
      return ends[index] - starts[index];
    }

    @Override
    public char charAt(int k) {
      if (k < 0 || k >= length()) {
        throw new IndexOutOfBoundsException("index " + k + ", length " + length());
      }
      return chars[starts[index] + k];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return toString().substring(from, to);
    }

    @Override
    public String toString() {
      return text(index);
    }
  }
}
