package org.improvementframework.io;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.improvementframework.io.internal.PartsStyle;

/**
 * Thrown when input cannot be read, naming where (an {@link InputLocation}: the source, and a row
 * and column, a line, or a JSON path), the field being read, the offending text and what was
 * expected.
 *
 * <p>The message reads, for example, {@code cannot read target date 'Sept 5th' at plan.csv, row
 * 14, column 'TARGET DATE': expected a date, a month, a quarter, a financial year or TBC}. Every
 * part of it is also a field with an accessor, so that a program can point at the cell. Offending
 * text longer than {@value #MAX_TEXT_IN_MESSAGE} characters is shortened in the message only;
 * {@link #text()} keeps what the reader passed.
 *
 * <p>This is the root of the format exceptions of framework-io: readers of plans, the tracker
 * importer, published statistics and case records throw it or a subclass (such as
 * {@link InputLimitException} when input exceeds a size limit). It is an
 * {@link InputFormatException} (an {@link IllegalArgumentException}), so callers that already
 * catch either need nothing new.
 */
public class PlanFormatException extends InputFormatException {

  private static final long serialVersionUID = 1L;

  /** The most characters of offending text that the message quotes. */
  public static final int MAX_TEXT_IN_MESSAGE = 120;

  /** What went wrong, in words. */
  private final String problem;

  /** Where; never null. */
  private final InputLocation location;

  /** The field being read, or null. */
  private final String field;

  /** The offending text, or null. */
  private final String text;

  /** What was expected, or null. */
  private final String expected;

  /**
   * Creates an exception with a message that already names the location; the location, field,
   * text and expectation are then unknown. Prefer {@link #builder(String)}.
   *
   * @param message the message; not null
   * @throws NullPointerException if {@code message} is null
   */
  public PlanFormatException(String message) {
    super(visible(Objects.requireNonNull(message, "message")), null);
    this.problem = message;
    this.location = InputLocation.unknown();
    this.field = null;
    this.text = null;
    this.expected = null;
  }

  /**
   * Creates an exception from its parts; the message is composed from them.
   *
   * @param problem what went wrong, in words, such as {@code cannot read target date}; not null
   * @param location where; not null ({@link InputLocation#unknown()} if nothing is known)
   * @param field the field being read, such as {@code target} or {@code RAG}; may be null
   * @param text the offending text; may be null if there is none (such as a missing field)
   * @param expected what was expected, in words; may be null
   * @param cause the underlying exception; may be null
   * @throws NullPointerException if {@code problem} or {@code location} is null
   */
  public PlanFormatException(
      String problem,
      InputLocation location,
      String field,
      String text,
      String expected,
      Throwable cause) {
    super(message(problem, location, field, text, expected), cause);
    this.problem = problem;
    this.location = location;
    this.field = field;
    this.text = text;
    this.expected = expected;
  }

  /**
   * Creates an exception from its parts; for subclasses.
   *
   * @param parts the parts; not null
   * @throws NullPointerException if {@code parts} is null
   */
  protected PlanFormatException(Parts parts) {
    this(
        parts.problem(),
        parts.at(),
        parts.field().orElse(null),
        parts.text().orElse(null),
        parts.expected().orElse(null),
        parts.cause().orElse(null));
  }

  /**
   * Obtains a builder of an exception for the given problem.
   *
   * @param problem what went wrong, in words, such as {@code cannot read target date}; not null
   * @return a new builder; not null
   * @throws NullPointerException if {@code problem} is null
   */
  public static Parts.Builder builder(String problem) {
    return new Parts.Builder().problem(problem);
  }

  private static String message(
      String problem, InputLocation location, String field, String text, String expected) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(location, "location");
    StringBuilder sb = new StringBuilder(problem);
    if (text != null) {
      sb.append(" '").append(abbreviate(text)).append('\'');
    }
    if (!location.isUnknown()) {
      sb.append(" at ").append(location);
    }
    if (field != null && !location.column().filter(field::equals).isPresent()) {
      sb.append(location.isUnknown() ? " in " : ", ").append("field '").append(field).append('\'');
    }
    if (expected != null) {
      sb.append(": expected ").append(expected);
    }
    // File names, headings and JSON field names come from the input too: a terminal must never
    // receive their escape sequences.
    return visible(sb.toString());
  }

  /**
   * Shows the characters a terminal would act on or hide as escapes: C0 and C1 controls, DEL,
   * bidirectional overrides and lone surrogates become a backslash, {@code u} and four hex
   * digits (ESC is shown as such an escape of 001b); line breaks and tabs become a backslash and
   * {@code n}, {@code r} or {@code t}. Text with none of them is returned as it is.
   *
   * @param text the text; not null
   * @return the text, one line of visible characters; not null
   */
  public static String visible(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String shown = shown(text, i);
      if (shown != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (shown != null) {
          sb.append(shown);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String shown(String text, int i) {
    char c = text.charAt(i);
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> {
        boolean control =
            c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
        boolean lone =
            Character.isHighSurrogate(c)
                ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : Character.isLowSurrogate(c)
                    && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
        yield control || lone ? String.format("\\u%04x", (int) c) : null;
      }
    };
  }

  /**
   * Shortens text to {@value #MAX_TEXT_IN_MESSAGE} characters for a message, and shows control
   * characters, so that a message stays one readable line.
   *
   * @param text the text; not null
   * @return the shortened text; not null
   */
  public static String abbreviate(String text) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(text.length(), MAX_TEXT_IN_MESSAGE);
    sb.append(visible(text.substring(0, n)));
    if (text.length() > n) {
      sb.append("... (").append(text.length()).append(" characters)");
    }
    return sb.toString();
  }

  /**
   * Gets what went wrong, in words, without location or text.
   *
   * @return the problem; not null
   */
  public String problem() {
    return problem;
  }

  /**
   * Gets where the problem is.
   *
   * @return the location; not null ({@link InputLocation#isUnknown() unknown} if nothing is known)
   */
  @Override
  public InputLocation location() {
    return location;
  }

  /**
   * Gets the file name or description of the input; a shortcut for {@code location().source()}.
   *
   * @return the source, empty if unknown; not null
   */
  public Optional<String> source() {
    return location().source();
  }

  /**
   * Gets the field being read, such as {@code target} or a column heading.
   *
   * @return the field, empty if unknown; not null
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Gets the offending text, in full.
   *
   * @return the text, empty if there is none (such as a missing field); not null
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * Gets what was expected, in words.
   *
   * @return the expectation, empty if not stated; not null
   */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  /**
   * The parts of a {@link PlanFormatException}, gathered by its {@link Builder} (from {@link
   * #builder(String)}) before the message is composed from them.
   */
  @Value.Immutable
  @PartsStyle
  public abstract static class Parts {

    Parts() {}

    /**
     * Gets what went wrong, in words.
     *
     * @return the problem; not null
     */
    public abstract String problem();

    /**
     * Gets where the problem is; set with {@code at}.
     *
     * @return the location, {@link InputLocation#unknown()} if not set; not null
     */
    @Value.Default
    public InputLocation at() {
      return InputLocation.unknown();
    }

    /**
     * Gets the field being read; set with {@code field}, which accepts null for unknown.
     *
     * @return the field, empty if unknown; not null
     */
    public abstract Optional<String> field();

    /**
     * Gets the offending text; set with {@code text}, which accepts null for none.
     *
     * @return the text, empty if there is none; not null
     */
    public abstract Optional<String> text();

    /**
     * Gets what was expected, in words; set with {@code expected}, which accepts null.
     *
     * @return the expectation, empty if not stated; not null
     */
    public abstract Optional<String> expected();

    /**
     * Gets the underlying exception; set with {@code cause}, which accepts null.
     *
     * @return the cause, empty if none; not null
     */
    public abstract Optional<Throwable> cause();

    /**
     * Builds a {@link PlanFormatException}: {@code at(location)}, {@code field(name)}, {@code
     * text(text)}, {@code expected(words)} and {@code cause(exception)} set its parts (a later call
     * replaces an earlier one; null leaves a part unknown). A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableParts.Builder {

      Builder() {}

      /**
       * Builds the exception.
       *
       * @return the exception; not null
       */
      public PlanFormatException build() {
        return new PlanFormatException(parts());
      }
    }
  }
}
