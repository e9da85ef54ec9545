package org.improvementframework.io.casework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bytes of one part of a file for {@link FileParts}: the header line (for the parts after the
 * first), then the file from the part's start to its end. A part that finds a quote character
 * before its end reads on to the end of the file, since its end may then be inside a quoted cell,
 * and marks the parts after it to be dropped; a part so marked ends at its next read.
 */
final class PartStream extends InputStream {

  private final FileChannel ch;
  private final byte[] header;
  private final int index;
  private final AtomicInteger dropFrom;
  private int headerPos;
  private long pos;
  private long end;
  private boolean quoteSeen;

  PartStream(
      FileChannel ch, byte[] header, long start, long end, int index, AtomicInteger dropFrom) {
    this.ch = ch;
    this.header = header;
    this.pos = start;
    this.end = end;
    this.index = index;
    this.dropFrom = dropFrom;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    if (dropFrom.get() <= index) {
      return -1; // an earlier part saw a quote or failed: this part's work is not used
    }
    if (headerPos < header.length) {
      int n = Math.min(len, header.length - headerPos);
      System.arraycopy(header, headerPos, b, off, n);
      headerPos += n;
      return n;
    }
    if (pos >= end) {
      if (!quoteSeen) {
        return -1;
      }
      // the cut may be inside a quoted cell: read on as one thread would
      end = ch.size();
      if (pos >= end) {
        return -1;
      }
    }
    int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
    if (n < 0) {
      return -1;
    }
    pos += n;
    if (!quoteSeen && hasQuote(b, off, n)) {
      quoteSeen = true;
      dropFrom.accumulateAndGet(index + 1, Math::min);
    }
    return n;
  }

  private static boolean hasQuote(byte[] b, int off, int n) {
    for (int i = off; i < off + n; i++) {
      if (b[i] == '"') {
        return true;
      }
    }
    return false;
  }
}
