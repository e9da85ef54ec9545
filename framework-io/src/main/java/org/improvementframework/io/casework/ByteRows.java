package org.improvementframework.io.casework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.improvementframework.io.ReadWarning;

/**
 * Reads a case-record CSV straight from its UTF-8 bytes while its rows are plain, and hands the
 * rest of the file to the reader's tokenizer from the first row that is not: the byte-level path
 * of {@link CaseRecordReader#forEachDated(InputStream, String, CaseRecordReader.DatedIdSink,
 * Consumer)} and of {@link CareColumns}' stream methods.
 *
 * <p>A plain line holds only printable ASCII without a quote character, ends with LF or CR LF
 * (or the end of the input) and is at most {@link #MAX_LINE} bytes long; a plain row is a plain
 * line whose needed cells read without a problem. For such rows the tokenizer would split the
 * same cells (no quote can open, no limit can be passed), so they are read here without decoding
 * the bytes into characters or making a string per cell. Every other row, and everything after
 * it, goes through {@link CaseRecordReader#read} as the header's line followed by the rest of
 * the file, its rows renumbered to the file's lines: a problem, a warning or an error is always
 * the tokenizer's own, so that both paths report the same things at the same rows.
 */
final class ByteRows {

  /**
   * The longest plain line: far under the limits of every cell and of the cells of a row, so that
   * no plain line can pass one.
   */
  static final int MAX_LINE = 4096;

  private static final int BUFFER = 1 << 16;
  private static final int MORE = -1;
  private static final int NOT_PLAIN = -2;

  /** Reads the needed cells of a plain line; false, before giving anything away, if it cannot. */
  @FunctionalInterface
  interface RowReader {
    boolean read(ByteRows row);
  }

  private final CaseRecordReader<?> reader;
  private final InputStream in;
  private final String source;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] header;

  /** For each column of the layout, the file's column, or -1 when the header leaves it out. */
  private int[] index;

  /** The cells of the current line up to the last needed one: where each starts and ends. */
  private int[] from;

  private int[] to;
  private int cells;
  private int want;
  private int next;
  private int cellFrom;
  private int cellTo;
  private final Ascii first = new Ascii();
  private final Ascii second = new Ascii();

  ByteRows(CaseRecordReader<?> reader, InputStream in, String source) {
    this.reader = reader;
    this.in = in;
    this.source = source;
  }

  /**
   * Reads the file: plain rows through {@code plain}, the others through the reader's {@code
   * map} and {@code sink}, as {@link CaseRecordReader#read} would read the whole file.
   */
  <R> List<CaseRecordFormatException> read(
      Consumer<? super ReadWarning> warnings,
      RowReader plain,
      Function<Row, R> map,
      Consumer<? super R> sink) {
    try {
      if (!header(warnings)) {
        // the header is not plain: the whole file as it came, with its warnings
        return reader.read(rest(new byte[0]), source, warnings, map, sink);
      }
      long line = 2;
      while (true) {
        int end = scan();
        if (end == NOT_PLAIN || (end > pos || cells > 1) && !plain.read(this)) {
          return rest(line, map, sink);
        }
        if (end == pos && cells == 1 && next == pos && eof) {
          return new ArrayList<>(); // the end of the input
        }
        pos = next;
        line++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * Reads the header's line if it is plain, as the reader would; false, having read nothing of
   * it, if it is not.
   */
  private boolean header(Consumer<? super ReadWarning> warnings) throws IOException {
    want = 0;
    from = new int[1];
    to = new int[1];
    int end = scan();
    boolean bom = end >= pos + 3 && (buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB;
    int start = bom && (buf[pos + 2] & 0xff) == 0xBF ? pos + 3 : pos;
    if (bom && start == pos || !plainBytes(start, end) || end == start) {
      return false;
    }
    String[] names =
        new String(buf, start, end - start, StandardCharsets.ISO_8859_1).split(",", -1);
    index = reader.header(names, source, 1, warnings);
    header = Arrays.copyOfRange(buf, pos, next);
    for (int i : index) {
      want = Math.max(want, i + 1);
    }
    from = new int[want + 1];
    to = new int[want + 1];
    pos = next;
    return true;
  }

  /** Whether the bytes, without their line's end, are printable ASCII without a quote. */
  private boolean plainBytes(int start, int end) {
    if (end < 0) {
      return false;
    }
    for (int i = start; i < end; i++) {
      byte b = buf[i];
      if (b < 0x20 || b > 0x7e || b == '"') {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds the current line's cells: the end of its content (before CR LF or LF), with {@link
   * #next} at the next line; or {@link #NOT_PLAIN}, the header's scan aside (which only looks
   * for the line's end and lets {@link #plainBytes} judge the bytes after a byte order mark).
   */
  private int scan() throws IOException {
    while (true) {
      int end = index == null ? headerEnd() : scanBuffered();
      if (end != MORE) {
        return end;
      }
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
      }
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
  }

  private int headerEnd() {
    for (int i = pos; i < limit; i++) {
      if (i - pos > MAX_LINE) {
        return NOT_PLAIN;
      }
      if (buf[i] == '\n') {
        next = i + 1;
        return i > pos && buf[i - 1] == '\r' ? i - 1 : i;
      }
    }
    if (!eof) {
      return MORE;
    }
    next = limit;
    return limit;
  }

  private int scanBuffered() {
    int k = 0;
    from[0] = pos;
    // the bytes this scan may look at: to the buffer's end, or one past the longest plain line
    int stop = Math.min(limit, pos + MAX_LINE + 1);
    for (int i = pos; ; i++) {
      // the common bytes, '-' to '~' (digits, letters, the dates' separators), in one test each
      // rather than the six below: under C1 the scan was over a quarter of a placement run
      while (i < stop && (char) (buf[i] - '-') <= '~' - '-') {
        i++;
      }
      if (i == stop) {
        if (i < limit) {
          return NOT_PLAIN; // longer than a plain line
        }
        if (!eof) {
          return MORE;
        }
        next = i;
        return close(k, i);
      }
      byte b = buf[i];
      if (b == ',') {
        if (k < want) {
          to[k] = i;
          from[k + 1] = i + 1;
        }
        k++;
      } else if (b == '\n') {
        next = i + 1;
        return close(k, i);
      } else if (b == '\r') {
        if (i + 1 == limit && !eof) {
          return MORE;
        }
        if (i + 1 == limit || buf[i + 1] != '\n') {
          return NOT_PLAIN; // a lone CR: the tokenizer's to count
        }
        next = i + 2;
        return close(k, i);
      } else if (b < 0x20 || b > 0x7e || b == '"') {
        return NOT_PLAIN;
      }
    }
  }

  private int close(int k, int end) {
    if (k < want) {
      to[k] = end;
    }
    cells = k + 1;
    return end;
  }

  /** The rest of the file from the current line, read by the tokenizer, renumbered. */
  private <R> List<CaseRecordFormatException> rest(
      long line, Function<Row, R> map, Consumer<? super R> sink) {
    long shift = line - 2; // the rest's header is its line 1, the current line its line 2
    try {
      // the header's warnings were given already
      List<CaseRecordFormatException> problems =
          reader.read(rest(header), source, w -> {}, map, sink);
      List<CaseRecordFormatException> shifted = new ArrayList<>(problems.size());
      for (CaseRecordFormatException p : problems) {
        shifted.add(Outcomes.shifted(p, shift));
      }
      return shifted;
    } catch (CaseRecordFormatException e) {
      throw Outcomes.shifted(e, shift);
    }
  }

  /** The given bytes, then those from the current line on, decoded as UTF-8 or refused. */
  private Reader rest(byte[] before) {
    byte[] head = new byte[before.length + limit - pos];
    System.arraycopy(before, 0, head, 0, before.length);
    System.arraycopy(buf, pos, head, before.length, limit - pos);
    InputStream bytes = new ByteArrayInputStream(head);
    if (!eof) {
      bytes = new SequenceInputStream(bytes, in);
    }
    // a decoder of its own reports bytes that are not UTF-8, as Files.newBufferedReader's does
    return new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder());
  }

  /** Sets {@link #cellFrom} and {@link #cellTo} to a layout column's cell, spaces stripped. */
  private int cell(int c) {
    int i = index[c];
    if (i < 0 || i >= cells) {
      cellFrom = 0;
      cellTo = 0;
      return 0;
    }
    int f = from[i];
    int t = to[i];
    while (f < t && buf[f] == ' ') {
      f++;
    }
    while (t > f && buf[t - 1] == ' ') {
      t--;
    }
    cellFrom = f;
    cellTo = t;
    return t - f;
  }

  /** {@link #span} of an empty cell. */
  static final long EMPTY = -1;

  /**
   * Where a layout column's cell lies in {@link #bytes}, spaces stripped: its start in the high
   * half, its end in the low; {@link #EMPTY} if the cell is empty.
   */
  long span(int c) {
    return cell(c) == 0 ? EMPTY : (long) cellFrom << 32 | cellTo;
  }

  /** The buffer the current line lies in, valid until the next row. */
  byte[] bytes() {
    return buf;
  }

  /** The id of a layout column, as a view valid until the next row; null if the cell is empty. */
  CharSequence id(int c) {
    return cell(c) == 0 ? null : first.of(buf, cellFrom, cellTo);
  }

  /** The text of a layout column, as a view valid until the next row; possibly empty. */
  CharSequence text(int c) {
    cell(c);
    return second.of(buf, cellFrom, cellTo);
  }

  /** A required date as an epoch day; {@link EpochDays#INVALID} if empty or not a date. */
  long epochDay(int c) {
    return cell(c) == 0 ? EpochDays.INVALID : EpochDays.parse(buf, cellFrom, cellTo);
  }

  /**
   * An optional date as an epoch day; {@code absent} if empty, {@link EpochDays#INVALID} if bad.
   */
  long optionalEpochDay(int c, long absent) {
    return cell(c) == 0 ? absent : EpochDays.parse(buf, cellFrom, cellTo);
  }

  /** A flag as {@link Row#flag} reads it: 1 for yes, 0 for no, -1 if it is neither. */
  int flag(int c) {
    int n = cell(c);
    if (n == 0) {
      return 0;
    }
    if (n == 1) {
      return switch (buf[cellFrom] & ~0x20) {
        case 'Y' -> 1;
        case 'N' -> 0;
        default -> buf[cellFrom] == '1' ? 1 : buf[cellFrom] == '0' ? 0 : -1;
      };
    }
    String s = new String(buf, cellFrom, n, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
    return switch (s) {
      case "YES", "TRUE" -> 1;
      case "NO", "FALSE" -> 0;
      default -> -1;
    };
  }

  /** ASCII bytes read in place as characters. */
  static final class Ascii implements CharSequence {
    private byte[] bytes;
    private int start;
    private int length;

    Ascii of(byte[] bytes, int start, int end) {
      this.bytes = bytes;
      this.start = start;
      this.length = end - start;
      return this;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int i) {
      if (i < 0 || i >= length) {
        throw new IndexOutOfBoundsException("index " + i + ", length " + length);
      }
      return (char) bytes[start + i];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return toString().substring(from, to);
    }

    @Override
    public String toString() {
      return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
  }
}
