package org.improvementframework.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private final Budget budget;

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
        Budget.ofInput(
            limit, Objects.requireNonNull(what, "what"), Objects.requireNonNull(where, "where"));
  }

  /**
   * Opens a file, refusing one larger than the limit before reading a byte of it, and counting
   * what is read, so that a file that grows while it is read is stopped too.
   *
   * @param path the file; not null
   * @param limit the most bytes that may be read
   * @param where the file, for the message; not null
   * @return the stream, which the caller closes; not null
   * @throws InputLimitException if the file is larger than the limit
   * @throws IOException if the file cannot be opened or its size read
   */
  public static LimitedInputStream open(Path path, long limit, InputLocation where)
      throws IOException {
    long size = Files.size(path);
    if (size > limit) {
      throw new InputLimitException("the file size (" + size + " bytes)", limit, where, null);
    }
    return new LimitedInputStream(
        Files.newInputStream(path), limit, "input length in bytes", where);
  }

  @Override
  public int read() throws IOException {
    return budget.countOne(super.read());
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return budget.countRead(super.read(b, off, len));
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    budget.add(skipped);
    return skipped;
  }
}
