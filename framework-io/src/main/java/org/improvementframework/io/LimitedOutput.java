package org.improvementframework.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
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

  /** The encoder to UTF-8, refusing half a pair; null when writing characters. */
  private final CharsetEncoder encoder;

  /** The UTF-8 of the last write, when writing bytes. */
  private ByteBuffer encoded = ByteBuffer.allocate(0);

  /** A high surrogate that ended the last write, waiting for its low half; 0 if none. */
  private char high;

  private LimitedOutput(Writer chars, OutputStream bytes, long limit, String what, String option) {
    this.chars = chars;
    this.bytes = bytes;
    this.encoder =
        bytes == null
            ? null
            : StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
      bytes.write(encoded.array(), 0, n);
    }
  }

  /** Encodes characters as UTF-8 into {@link #encoded}, returning the number of bytes. */
  private int encode(char[] cbuf, int off, int len) throws CharacterCodingException {
    // At most three bytes a character, four for a pair whose high half came before.
    int room = 3 * len + 4;
    if (encoded.capacity() < room) {
      encoded = ByteBuffer.allocate(Math.max(room, 8192));
    }
    encoded.clear();
    int from = off;
    if (high != 0 && len > 0) {
      char[] pair = {high, cbuf[from++]};
      high = 0;
      encode(CharBuffer.wrap(pair));
    }
    encode(CharBuffer.wrap(cbuf, from, off + len - from));
    return encoded.position();
  }

  /** Encodes with the JDK's encoder (its ASCII loop is an intrinsic), keeping a last high half. */
  private void encode(CharBuffer in) throws CharacterCodingException {
    CoderResult result = encoder.encode(in, encoded, false);
    if (result.isError()) {
      result.throwException();
    }
    if (in.hasRemaining()) {
      high = in.get(); // the encoder leaves a final high surrogate for the next write
    }
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
   * @throws MalformedInputException if writing bytes and the last write ended with half of a
   *     surrogate pair, whose other half can no longer come: it is refused, not dropped
   * @throws IOException if the target fails
   */
  @Override
  public void close() throws IOException {
    flush();
    if (high != 0) {
      high = 0;
      throw new MalformedInputException(1);
    }
  }
}
