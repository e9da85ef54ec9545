package org.improvementframework.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A history store could not be read or written: a folder that is not a store, a file that cannot
 * be written, a database that cannot be reached or went away. Nothing was half-written.
 *
 * <p>This class is immutable and thread-safe.
 */
public class HistoryStoreException extends UncheckedIOException {

  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * Creates an exception.
   *
   * @param location where the store is; not null
   * @param problem what went wrong; not null
   * @param cause the underlying failure; may be null
   */
  public HistoryStoreException(String location, String problem, Throwable cause) {
    super(
        "history store "
            + Objects.requireNonNull(location, "location")
            + ": "
            + Objects.requireNonNull(problem, "problem"),
        cause instanceof IOException io ? io : new IOException(problem, cause));
    this.location = location;
  }

  /**
   * Gets where the store is.
   *
   * @return the location; not null
   */
  public String location() {
    return location;
  }
}
