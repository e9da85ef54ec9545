package org.improvementframework.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.util.Objects;

/**
 * A writer that counts what is written through it and stops, with a {@link WriteLimitException},
 * before the output grows past what the matching reader accepts. It counts in the reader's unit:
 * characters (UTF-16 units) when it writes to a {@link Writer}, the bytes of the UTF-8 encoding
 * when it writes to an {@link OutputStream}, as {@link InputLimits#maxInputBytes()} counts a
 * reader's input.
 *
 * <p>A write that would pass the limit is refused whole: nothing of it reaches the target, and
 * what reached the target before is exactly what the accepted writes wrote, so the count is
 * always what the target holds. To a stream, half of a surrogate pair at the end of a write waits
 * for its other half, and counts with it. Closing flushes and leaves the target open: the caller
 * owns it. Not thread-safe.
 */
public final class LimitedOutput extends Writer {

  /** The characters' target; null when writing bytes. */
  private final Writer chars;

  /** The bytes' target; null when writing characters. */
  private final OutputStream bytes;

  private final Budget budget;

  /** The UTF-8 of the last write, when writing bytes. */
  private byte[] encoded = new byte[0];

  /** A high surrogate that ended the last write, waiting for its low half; 0 if none. */
  private char high;

  private LimitedOutput(Writer chars, OutputStream bytes, long limit, String what, String option) {
    this.chars = chars;
    this.bytes = bytes;
    this.budget = Budget.ofOutput(limit, what, option);
  }

  /**
   * Obtains a writer to a writer, counting characters.
   *
   * @param out the writer written to; not null
   * @param limit the most characters that may be written
   * @param what what is counted, for the error; not null
   * @param option the option that sets the limit, for the error; not null
   * @return the counting writer; not null
   * @throws NullPointerException if an object argument is null
   */
  public static LimitedOutput ofChars(Writer out, long limit, String what, String option) {
    return new LimitedOutput(Objects.requireNonNull(out, "out"), null, limit, what, option);
  }

  /**
   * Obtains a writer to a byte stream, encoding UTF-8 and counting its bytes. Half of a surrogate
   * pair without its other half fails to encode ({@link MalformedInputException}) instead of
   * becoming {@code '?'}, so that what is written reads back the same.
   *
   * @param out the stream written to; not null
   * @param limit the most bytes that may be written
   * @param what what is counted, for the error; not null
   * @param option the option that sets the limit, for the error; not null
   * @return the counting writer; not null
   * @throws NullPointerException if an object argument is null
   */
  public static LimitedOutput ofUtf8(OutputStream out, long limit, String what, String option) {
    return new LimitedOutput(null, Objects.requireNonNull(out, "out"), limit, what, option);
  }

  /**
   * Writes characters if they keep the output within the limit. Every other write of {@link
   * Writer} comes here, so this is the one place that counts.
   *
   * @param cbuf the characters; not null
   * @param off the first one written
   * @param len how many are written
   * @throws WriteLimitException if the output would pass the limit; nothing is written then
   * @throws MalformedInputException if writing bytes and a surrogate is not half of a pair
   * @throws IOException if the target fails
   */
  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    int n = bytes == null ? len : encode(cbuf, off, len);
    budget.add(n);
    if (bytes == null) {
      chars.write(cbuf, off, len);
    } else {
      bytes.write(encoded, 0, n);
    }
  }

  /** Encodes characters as UTF-8 into {@link #encoded}, returning the number of bytes. */
  private int encode(char[] cbuf, int off, int len) throws MalformedInputException {
    // At most three bytes a character; four for a low surrogate whose high half came before.
    if (encoded.length < 3 * len + 1) {
      encoded = new byte[Math.max(3 * len + 1, 1024)];
    }
    byte[] b = encoded;
    int j = 0;
    int i = off;
    int end = off + len;
    if (high != 0 && i < end) {
      j = encodePair(high, cbuf[i++], b, j);
      high = 0;
    }
    while (i < end) {
      char c = cbuf[i++];
      if (c < 0x80) {
        b[j++] = (byte) c;
      } else if (c < 0x800) {
        b[j++] = (byte) (0xC0 | c >> 6);
        b[j++] = (byte) (0x80 | c & 0x3F);
      } else if (!Character.isSurrogate(c)) {
        b[j++] = (byte) (0xE0 | c >> 12);
        b[j++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[j++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i == end) {
        high = c;
      } else if (Character.isHighSurrogate(c)) {
        j = encodePair(c, cbuf[i++], b, j);
      } else {
        throw new MalformedInputException(1);
      }
    }
    return j;
  }

  private static int encodePair(char high, char low, byte[] b, int j)
      throws MalformedInputException {
    if (!Character.isLowSurrogate(low)) {
      throw new MalformedInputException(1);
    }
    int cp = Character.toCodePoint(high, low);
    b[j] = (byte) (0xF0 | cp >> 18);
    b[j + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
    b[j + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
    b[j + 3] = (byte) (0x80 | cp & 0x3F);
    return j + 4;
  }

  /**
   * Flushes the target.
   *
   * @throws IOException if the target fails
   */
  @Override
  public void flush() throws IOException {
    if (bytes == null) {
      chars.flush();
    } else {
      bytes.flush();
    }
  }

  /**
   * Flushes, leaving the target open: the caller owns it.
   *
   * @throws IOException if the target fails
   */
  @Override
  public void close() throws IOException {
    flush();
  }
}
