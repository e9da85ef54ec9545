package org.improvementframework.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Another plan is already recorded for the date: a second recording of a date never replaces the
 * first silently. Also what the loser of two concurrent recordings of one date is told.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordConflictException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final LocalDate asAt;

  /**
   * Creates an exception.
   *
   * @param location where the store is; not null
   * @param asAt the reporting date; not null
   */
  public RecordConflictException(String location, LocalDate asAt) {
    super(
        "history store "
            + Objects.requireNonNull(location, "location")
            + " already has a different plan recorded as at "
            + Objects.requireNonNull(asAt, "asAt")
            + "; a recorded date is never replaced");
    this.asAt = asAt;
  }

  /**
   * Gets the reporting date.
   *
   * @return the date; not null
   */
  public LocalDate asAt() {
    return asAt;
  }
}
