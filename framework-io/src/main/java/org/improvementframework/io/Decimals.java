package org.improvementframework.io;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads decimal numbers written in files, bounding their digits and exponent before any arithmetic
 * is done with them, so that a value such as {@code 1e999999999} is a located format error and not
 * minutes of work, gigabytes of memory or an {@link ArithmeticException}.
 *
 * <p>Every reader of framework-io reads numbers through this class. A number is accepted when its
 * text has at most {@link InputLimits#maxNumberChars()} characters and its value has at most
 * {@value #MAX_DIGITS} digits before and after the decimal point, the range the model's
 * {@code IndicatorValue} accepts.
 */
public final class Decimals {

  /** The most digits accepted before, and after, the decimal point. */
  public static final int MAX_DIGITS = 100;

  private static final String EXPECTED =
      "a decimal number with at most " + MAX_DIGITS + " digits before and after the decimal point";

  private static final Pattern EXPONENT =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)[eE][+-]?[0-9]+");

  private Decimals() {}

  /**
   * Reads a decimal number, such as {@code 12}, {@code -0.5} or {@code 1.5E3}.
   *
   * @param text the number as written, without surrounding white space; not null
   * @param limits the limits, of which {@link InputLimits#maxNumberChars()} applies; not null
   * @param where where the number was found, for the message; not null
   * @param field the field or column name, for the message; may be null
   * @return the number, with the scale it was written with; not null
   * @throws PlanFormatException if the text is not a number or is out of range; the message
   *     quotes at most the first characters of the text
   */
  public static BigDecimal parse(
      CharSequence text, InputLimits limits, InputLocation where, String field) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(where, "where");
    if (text.length() > limits.maxNumberChars()) {
      throw error(
          "number of "
              + text.length()
              + " characters exceeds the limit of "
              + limits.maxNumberChars()
              + " characters",
          text,
          where,
          field);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.toString());
    } catch (NumberFormatException e) {
      // BigDecimal refuses an exponent beyond the int range as if it were not a number.
      throw error(
          EXPONENT.matcher(text).matches() ? "number out of range" : "not a number",
          text,
          where,
          field);
    }
    if (!inRange(value)) {
      throw error("number out of range", text, where, field);
    }
    return value;
  }

  /**
   * Tells whether a number has at most {@value #MAX_DIGITS} digits before and after its decimal
   * point; computed from precision and scale alone, without arithmetic.
   *
   * @param value the number; not null
   * @return true if the number is in range
   */
  public static boolean inRange(BigDecimal value) {
    long scale = value.scale();
    long integerDigits = (long) value.precision() - scale;
    return scale <= MAX_DIGITS && integerDigits <= MAX_DIGITS;
  }

  private static PlanFormatException error(
      String problem, CharSequence text, InputLocation where, String field) {
    String shown = text.length() > 40 ? text.subSequence(0, 40) + "…" : text.toString();
    return PlanFormatException.builder(problem)
        .at(where)
        .field(field)
        .text(shown)
        .expected(EXPECTED)
        .build();
  }
}
