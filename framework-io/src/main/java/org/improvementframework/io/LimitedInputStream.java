package org.improvementframework.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Counts the bytes read through it and fails with an {@link InputLimitException} once they pass a
 * limit, so that a huge or endlessly inflating input (an XML return, a workbook part) is refused
 * after the limit, never read whole. The exception is unchecked, so it passes through parsers that
 * wrap {@link IOException}s.
 *
 * <p>The readers of framework-io and framework-excel share it. Not thread-safe.
 */
public final class LimitedInputStream extends FilterInputStream {

  private final InputBudget budget;

  /**
   * Wraps a stream.
   *
   * @param in the stream to count; not null
   * @param limit the most bytes that may be read
   * @param what what the limit counts, for the message, such as {@code "bytes"}; not null
   * @param where where the input is, for the message; not null
   */
  public LimitedInputStream(InputStream in, long limit, String what, InputLocation where) {
    super(Objects.requireNonNull(in, "in"));
    this.budget =
        new InputBudget(
            limit, Objects.requireNonNull(what, "what"), Objects.requireNonNull(where, "where"));
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      budget.add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      budget.add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    budget.add(skipped);
    return skipped;
  }
}
