package org.improvementframework.io;

import java.io.FilterReader;
import java.io.Reader;
import java.util.Objects;

/**
 * A reader over one that the caller owns: closing it leaves the caller's reader open. The readers
 * of framework-io that take a {@link Reader} promise not to close it, while the tokenizers they
 * read through close their input; this is the one place that keeps that promise.
 */
public final class BorrowedReader extends FilterReader {

  /**
   * Wraps a reader.
   *
   * @param in the caller's reader; not null
   * @throws NullPointerException if {@code in} is null
   */
  public BorrowedReader(Reader in) {
    super(Objects.requireNonNull(in, "in"));
  }

  /** Does nothing: the caller closes its reader. */
  @Override
  public void close() {
    // The caller owns the reader.
  }
}
