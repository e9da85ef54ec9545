package org.improvementframework.model;

/**
 * Thrown when text cannot be read as a reference, naming the text and the position in it where
 * reading failed.
 */
public final class ReferenceFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that could not be read. */
  private final String text;

  /** The zero-based position in the text where reading failed. */
  private final int position;

  /**
   * Creates an exception for the given text.
   *
   * @param text the text that could not be read; not null
   * @param position the zero-based position where reading failed
   * @param expected what was expected, in words; not null
   */
  public ReferenceFormatException(String text, int position, String expected) {
    super(
        "cannot read reference '" + text + "' at position " + position + ": expected " + expected);
    this.text = text;
    this.position = position;
  }

  /**
   * Gets the text that could not be read.
   *
   * @return the text; not null
   */
  public String text() {
    return text;
  }

  /**
   * Gets the zero-based position in the text where reading failed.
   *
   * @return the position
   */
  public int position() {
    return position;
  }
}
