package org.improvementframework.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record cannot be trusted: its JSON is not a plan, it is not the plan whose hash the index
 * holds (the file was edited by hand), or it is missing. It names the record's file or row;
 * {@link PlanHistory#skippingDamaged} turns it into a warning instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DamagedRecordException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final LocalDate asAt;

  /**
   * Creates an exception.
   *
   * @param source the record's file or row; not null
   * @param asAt the reporting date of the record; not null
   * @param problem what is wrong; not null
   * @param cause the underlying failure; may be null
   */
  public DamagedRecordException(String source, LocalDate asAt, String problem, Throwable cause) {
    super(
        "damaged history record "
            + Objects.requireNonNull(source, "source")
            + " (as at "
            + Objects.requireNonNull(asAt, "asAt")
            + "): "
            + Objects.requireNonNull(problem, "problem"),
        cause);
    this.source = source;
    this.asAt = asAt;
  }

  /**
   * Gets the record's file or row.
   *
   * @return the source; not null
   */
  public String source() {
    return source;
  }

  /**
   * Gets the reporting date of the record.
   *
   * @return the date; not null
   */
  public LocalDate asAt() {
    return asAt;
  }
}
