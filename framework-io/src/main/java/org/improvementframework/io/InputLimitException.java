package org.improvementframework.io;

/**
 * Thrown when input exceeds a limit set to protect the reader from hostile or mistaken input: a
 * size in bytes or characters, a nesting depth, a number of rows, or the length of one cell or
 * string. The message names the limit and where it was exceeded, and {@link #limit()} gives it.
 */
public class InputLimitException extends PlanFormatException {

  private static final long serialVersionUID = 1L;

  /** The limit that was exceeded. */
  private final long limit;

  /**
   * Creates an exception for a limit exceeded at a location.
   *
   * @param what what exceeded the limit, such as {@code row count} or {@code cell length}; not
   *     null
   * @param limit the limit that was exceeded
   * @param location where; not null
   * @param cause the underlying exception; may be null
   * @throws NullPointerException if {@code what} or {@code location} is null
   */
  public InputLimitException(String what, long limit, InputLocation location, Throwable cause) {
    super(
        "input too large: " + what + " exceeds the limit of " + limit,
        location,
        null,
        null,
        null,
        cause);
    this.limit = limit;
  }

  /**
   * Gets the limit that was exceeded.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }
}
