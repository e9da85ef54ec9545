package org.improvementframework.io;

/**
 * Thrown when input cannot be read as a plan, naming where (the source, and a row and column or
 * a JSON path) and what was expected.
 */
public class PlanFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that already names the location.
   *
   * @param message the message; not null
   */
  public PlanFormatException(String message) {
    super(message);
  }
}
