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
 * the next read then fails with a {@link Malformed} giving the byte offset of the sequence. The
 * stream counts no lines: a parser over it knows its own line and column, and the offset places
 * the bad sequence from there (the JSON reader does so).
 */
public final class Utf8CheckingInputStream extends FilterInputStream {

  /** A byte sequence that is not UTF-8, with where it starts. */
  public static final class Malformed extends CharConversionException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    Malformed(long byteOffset) {
      super("invalid UTF-8 at byte offset " + byteOffset);
      this.byteOffset = byteOffset;
    }

    /**
     * Returns where the bad sequence starts: the number of bytes the stream passed before it.
     *
     * @return the offset, from 0
     */
    public long byteOffset() {
      return byteOffset;
    }
  }

  /** Eight bytes of an array as one long. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;

  /** The offset in the stream of the first byte of the current read. */
  private long offset;

  /** Continuation bytes still expected, and the range allowed for the next one. */
  private int need;

  private int lo = 0x80;
  private int hi = 0xBF;

  /** The offset of the lead byte of the sequence being checked. */
  private long lead;

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
        throw new Malformed(lead);
      }
      return n;
    }
    int end = off + n;
    int i = off;
    while (i < end) {
      if (need == 0) {
        // Most of a plan is ASCII: 32 bytes are tested at once, then eight, and nothing else is
        // kept. Eight at a time, the test was a twentieth of a read.
        while (end - i >= 4 * Long.BYTES && ascii32(b, i)) {
          i += 4 * Long.BYTES;
        }
        while (end - i >= Long.BYTES && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
          i += Long.BYTES;
        }
        if (i == end) {
          break;
        }
        if (b[i] >= 0) {
          i++;
          continue;
        }
        lead = offset + i - off;
      }
      if (!accept(b[i] & 0xFF)) {
        pending = new Malformed(lead);
        // Hold back the whole bad sequence, its lead byte too: the parser must not see half
        // of it as a character of its own.
        int good = (int) Math.max(0, lead - offset);
        if (good == 0) {
          throw pending;
        }
        offset += good;
        return good;
      }
      i++;
    }
    offset += n;
    return n;
  }

  /** Tells whether the 32 bytes from {@code i} are all ASCII. */
  private static boolean ascii32(byte[] b, int i) {
    long any =
        (long) LONGS.get(b, i)
            | (long) LONGS.get(b, i + Long.BYTES)
            | (long) LONGS.get(b, i + 2 * Long.BYTES)
            | (long) LONGS.get(b, i + 3 * Long.BYTES);
    return (any & HIGH_BITS) == 0;
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
