package org.improvementframework.io;

/**
 * Counts what has been read of one input against a limit, and fails with an {@link
 * InputLimitException} once it is passed: the one count behind {@link LimitedInputStream} (bytes)
 * and {@link LimitedReader} (characters). Not thread-safe.
 */
final class InputBudget {

  private final long limit;
  private final String what;
  private final InputLocation where;
  private long count;

  InputBudget(long limit, String what, InputLocation where) {
    this.limit = limit;
    this.what = what;
    this.where = where;
  }

  /** Counts {@code n} more units read. */
  void add(long n) {
    count += n;
    if (count > limit) {
      throw new InputLimitException(what, limit, where, null);
    }
  }
}
