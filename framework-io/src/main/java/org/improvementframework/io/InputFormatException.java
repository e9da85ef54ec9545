package org.improvementframework.io;

/**
 * The root of the exceptions framework-io throws for input that is not in the expected format:
 * a plan file, a tracker, a table, published statistics or case records that cannot be read.
 *
 * <p>Each subclass names where the problem is (file, sheet, row, column or JSON path) and what was
 * expected, and never quotes personal data. It is an {@link IllegalArgumentException}, so that a
 * caller catching that needs nothing new, and a caller that wants every malformed-input failure of
 * the library, whatever the format, catches this one type.
 */
public abstract class InputFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception; for subclasses, which compose the message.
   *
   * @param message the message, naming where and what was expected; may be null
   * @param cause the underlying exception; may be null
   */
  protected InputFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Gets where in the input the problem is.
   *
   * @return the location; not null ({@link InputLocation#unknown()} if nothing is known)
   */
  public abstract InputLocation location();
}
