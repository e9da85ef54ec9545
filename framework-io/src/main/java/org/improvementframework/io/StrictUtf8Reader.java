package org.improvementframework.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly (the JDK's decoder refuses overlong forms, encoded surrogates and code
 * points beyond U+10FFFF) and, unlike {@link java.io.InputStreamReader}, delivers every character
 * before a bad byte first and fails only on the next read. A parser that reads ahead in blocks
 * therefore reaches the row of the bad byte before the failure, so that the row it reports is
 * the right one (an InputStreamReader dropped the whole block and the error came rows early).
 */
public final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean eof;
  private CharacterCodingException pending;

  /**
   * Decodes a stream.
   *
   * @param in the UTF-8 bytes; not null
   */
  public StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, eof);
      int n = out.position() - off;
      if (r.isError()) {
        try {
          r.throwException();
        } catch (CharacterCodingException e) {
          pending = e;
        }
        if (n > 0) {
          return n;
        }
        throw pending;
      }
      if (r.isOverflow() || n > 0) {
        return n;
      }
      if (eof) {
        return -1;
      }
      bytes.compact();
      int got = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (got < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + got);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
