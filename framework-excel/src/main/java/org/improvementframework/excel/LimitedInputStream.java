package org.improvementframework.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLocation;

/**
 * Counts the decompressed bytes of one part of a workbook and stops at the byte limit, so that a
 * sheet that would inflate to gigabytes is refused after the limit, never read whole.
 */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private final String part;
  private final InputLocation where;
  private long count;

  LimitedInputStream(InputStream in, long limit, String part, InputLocation where) {
    super(in);
    this.limit = limit;
    this.part = part;
    this.where = where;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    add(skipped);
    return skipped;
  }

  private void add(long n) {
    count += n;
    if (count > limit) {
      throw new InputLimitException(
          "decompressed size of " + part + " in bytes", limit, where, null);
    }
  }
}
