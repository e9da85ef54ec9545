package org.improvementframework.io;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Passes UTF-8 bytes through unchanged while checking them strictly (RFC 3629): overlong forms
 * ({@code C0 AF} for a slash, {@code C0 80} for NUL), encoded surrogates ({@code ED A0 80}) and
 * code points beyond U+10FFFF ({@code F4 90 80 80}) are refused, which Jackson's own decoder lets
 * through. The bytes before a bad sequence are delivered first, so that the parser reaches it;
 * the next read then fails with a {@link Malformed} giving the line and column of the sequence.
 */
public final class Utf8CheckingInputStream extends FilterInputStream {

  /** A byte sequence that is not UTF-8, with where it starts. */
  public static final class Malformed extends CharConversionException {
    private static final long serialVersionUID = 1L;

    /** The line and the column in bytes, in the location type readers put into messages. */
    private final InputLocation position;

    Malformed(long line, int column) {
      super("invalid UTF-8 at line " + line + ", column " + column);
      this.position = InputLocation.builder().line(line).lineColumn(column).build();
    }

    /**
     * Returns the line of the bad sequence.
     *
     * @return the line, from 1
     */
    public long line() {
      return position.line().orElse(0);
    }

    /**
     * Returns the column of the bad sequence.
     *
     * @return the column in bytes, from 1
     */
    public int column() {
      return position.lineColumn().orElse(0);
    }
  }

  /** Eight bytes of an array as one little-endian long: the first byte is the lowest. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  private long line = 1;
  private int column;

  /** Continuation bytes still expected, and the range allowed for the next one. */
  private int need;

  private int lo = 0x80;
  private int hi = 0xBF;
  private long badLine;
  private int badColumn;
  private Malformed pending;

  /**
   * Checks a stream.
   *
   * @param in the bytes to check; not null
   */
  public Utf8CheckingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    int n = in.read(b, off, len);
    if (n < 0) {
      if (need > 0) {
        throw new Malformed(badLine, badColumn);
      }
      return n;
    }
    int lead = off;
    int end = off + n;
    for (int i = need == 0 ? asciiWords(b, off, end) : off; i < end; i++) {
      if (need == 0 && end - i >= Long.BYTES) {
        // Most of a plan is ASCII: eight bytes are checked at once, and only where the line
        // ends is looked for, since the position is all that ASCII changes.
        long w = (long) LONGS.get(b, i);
        if ((w & HIGH_BITS) == 0) {
          ascii(w);
          i += Long.BYTES - 1;
          continue;
        }
      }
      int c = b[i];
      if (c >= 0 && need == 0) {
        // ASCII, most of any plan: only the position is kept.
        column++;
        if (c == '\n') {
          line++;
          column = 0;
        }
        continue;
      }
      if (need == 0) {
        lead = i;
      }
      if (!accept(c & 0xFF)) {
        pending = new Malformed(badLine, badColumn);
        // Hold back the whole bad sequence, its lead byte too: the parser must not see half
        // of it as a character of its own.
        int good = lead - off;
        if (good == 0) {
          throw pending;
        }
        return good;
      }
    }
    return n;
  }

  /**
   * Moves the position over the whole words of ASCII that start {@code b[from, end)}, and
   * returns where they end. Most reads are all ASCII: their lines are counted a word at a time
   * without a branch, and the column is found once, from the last newline.
   */
  private int asciiWords(byte[] b, int from, int end) {
    int i = from;
    long lines = 0;
    for (; end - i >= Long.BYTES; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      if ((w & HIGH_BITS) != 0) {
        break;
      }
      long x = w ^ NEWLINES;
      lines += Long.bitCount(~(((x & LOW_BITS) + LOW_BITS) | x) & HIGH_BITS);
    }
    if (lines == 0) {
      column += i - from;
    } else {
      line += lines;
      int last = i - 1;
      while (b[last] != '\n') {
        last--;
      }
      column = i - 1 - last;
    }
    return i;
  }

  /** Moves the position over eight ASCII bytes. */
  private void ascii(long w) {
    long x = w ^ NEWLINES;
    // The high bit of each byte of x that is zero, that is of each newline: exact, since the
    // sum of seven bits and 0x7F never carries into the next byte.
    long newlines = ~(((x & LOW_BITS) + LOW_BITS) | x) & HIGH_BITS;
    if (newlines == 0) {
      column += Long.BYTES;
    } else {
      line += Long.bitCount(newlines);
      int last = (Long.SIZE - 1 - Long.numberOfLeadingZeros(newlines)) >>> 3;
      column = Long.BYTES - 1 - last;
    }
  }

  private boolean accept(int c) {
    if (need > 0) {
      if (c < lo || c > hi) {
        return false;
      }
      need--;
      lo = 0x80;
      hi = 0xBF;
      return true;
    }
    column++;
    badLine = line;
    badColumn = column;
    if (c < 0x80) {
      if (c == '\n') {
        line++;
        column = 0;
      }
      return true;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    return true;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would go unchecked; read them instead.
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    int r = read(buf, 0, buf.length);
    return Math.max(r, 0);
  }
}
