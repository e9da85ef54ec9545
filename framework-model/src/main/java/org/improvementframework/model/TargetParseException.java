package org.improvementframework.model;

import java.time.format.DateTimeParseException;

/**
 * Thrown when a written target cannot be read strictly, naming the text, the position in it
 * where reading failed, and what was expected.
 */
public final class TargetParseException extends DateTimeParseException {

  private static final long serialVersionUID = 1L;

  /** The forms a target can take, for messages. */
  static final String EXPECTED =
      "a date, a month, a quarter, a financial year, a range or list of "
          + "dates, a recurring date, an open start or TBC";

  /**
   * Creates an exception for the given text.
   *
   * @param text the text that could not be read; not null
   * @param position the zero-based position in the text where reading failed
   * @param reason what went wrong, in words; not null
   */
  public TargetParseException(String text, int position, String reason) {
    super(
        "cannot read target date '"
            + text
            + "' at position "
            + position
            + ": "
            + reason
            + "; expected "
            + EXPECTED,
        text,
        position);
  }

  /**
   * Gets the text that could not be read.
   *
   * @return the text; not null
   */
  public String text() {
    return getParsedString();
  }

  /**
   * Gets the zero-based position in the text where reading failed.
   *
   * @return the position
   */
  public int position() {
    return getErrorIndex();
  }
}
