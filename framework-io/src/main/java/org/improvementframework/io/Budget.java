package org.improvementframework.io;

import java.util.function.Supplier;

/**
 * Counts what has been read or written of one stream against a limit, and fails once it is
 * passed: the one count behind {@link LimitedInputStream} and {@link LimitedReader} (which fail
 * with an {@link InputLimitException}) and {@link LimitedOutput} (a {@link WriteLimitException}).
 * Not thread-safe.
 */
final class Budget {

  private final long limit;
  private final Supplier<RuntimeException> failure;
  private long count;

  private Budget(long limit, Supplier<RuntimeException> failure) {
    this.limit = limit;
    this.failure = failure;
  }

  /** A budget of input, failing with the location of the input. */
  static Budget ofInput(long limit, String what, InputLocation where) {
    return new Budget(limit, () -> new InputLimitException(what, limit, where, null));
  }

  /** A budget of output, failing with the option that would raise the reader's limit. */
  static Budget ofOutput(long limit, String what, String option) {
    return new Budget(limit, () -> new WriteLimitException(what, limit, option));
  }

  /**
   * Counts what one read returned: a unit for a single unit read ({@code read()}'s result, which
   * is negative at the end), nothing at the end.
   *
   * @param unit what {@code read()} returned
   * @return {@code unit}, as the caller returns it
   */
  int countOne(int unit) {
    if (unit >= 0) {
      add(1);
    }
    return unit;
  }

  /**
   * Counts what one bulk read returned: {@code n} units, none at the end ({@code -1}).
   *
   * @param n what a bulk {@code read} returned
   * @return {@code n}, as the caller returns it
   */
  int countRead(int n) {
    if (n > 0) {
      add(n);
    }
    return n;
  }

  /** Counts {@code n} more units. */
  void add(long n) {
    count += n;
    if (count > limit) {
      throw failure.get();
    }
  }
}
