package org.improvementframework.history;

import java.util.Objects;

/**
 * A store was written by a newer version of the library, in a format this version cannot read
 * safely, or (for a database) its schema is older than this version needs and may not be
 * migrated here.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StoreVersionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String location;
  private final int found;
  private final int supported;

  /**
   * Creates an exception.
   *
   * @param location where the store is; not null
   * @param found the format version found
   * @param supported the latest format version this library reads
   * @param advice what the user can do; not null
   */
  public StoreVersionException(String location, int found, int supported, String advice) {
    super(
        "history store "
            + Objects.requireNonNull(location, "location")
            + " has format version "
            + found
            + ", but this version of framework-history reads version "
            + supported
            + ": "
            + Objects.requireNonNull(advice, "advice"));
    this.location = location;
    this.found = found;
    this.supported = supported;
  }

  /**
   * Gets where the store is.
   *
   * @return the location; not null
   */
  public String location() {
    return location;
  }

  /**
   * Gets the format version found.
   *
   * @return the version
   */
  public int found() {
    return found;
  }

  /**
   * Gets the format version this library reads.
   *
   * @return the version
   */
  public int supported() {
    return supported;
  }
}
