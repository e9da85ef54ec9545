package org.improvementframework.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value of an indicator for one period: a number, or a marker saying why there is none.
 *
 * <p>The markers are those of the Department for Education's published statistics: {@code c}
 * suppressed, {@code z} not applicable, {@code x} not available, {@code k} rounds to zero. A
 * marker is never the same as zero, and calculators never count it as one.
 *
 * <pre>{@code
 * IndicatorValue.parse("42.5");   // a number
 * IndicatorValue.parse("c");      // suppressed
 * }</pre>
 *
 * <p>{@code toString()} gives the canonical text (the number in plain notation, or the marker's
 * code) and {@link #parse(CharSequence)} reads exactly that.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorValue {

  /** Why a value is not a number, with the DfE's code for it. */
  public enum Marker {
    /** {@code c}: suppressed to protect confidentiality. */
    SUPPRESSED("c"),
    /** {@code z}: not applicable. */
    NOT_APPLICABLE("z"),
    /** {@code x}: not available. */
    NOT_AVAILABLE("x"),
    /** {@code k}: a figure that rounds to zero but is not zero. */
    ROUNDS_TO_ZERO("k");

    private final String code;

    Marker(String code) {
      this.code = code;
    }

    /**
     * Gets the DfE's code for this marker.
     *
     * @return the one-letter code; not null
     */
    public String code() {
      return code;
    }

    /**
     * Finds the marker with the given DfE code, in any case.
     *
     * @param code the code, such as {@code c}; not null
     * @return the marker, or empty; not null
     */
    public static Optional<Marker> ofCode(String code) {
      Objects.requireNonNull(code, "code");
      String c = code.strip().toLowerCase(Locale.ROOT);
      for (Marker m : values()) {
        if (m.code.equals(c)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }

  IndicatorValue() {}

  /**
   * The most digits a number may have before, and after, its decimal point: no statistic comes
   * near it, and it keeps the plain text of any value short.
   */
  private static final int MAX_DIGITS = 100;

  /**
   * Obtains a numeric value, keeping its scale ({@code 1.50} stays {@code 1.50}, and is not equal
   * to {@code 1.5}); a number in exponent form is made plain ({@code 1E+3} is {@code 1000}).
   *
   * @param number the number; not null
   * @return the value; not null
   * @throws IllegalArgumentException if the number has more than 100 digits before or after
   *     its decimal point
   */
  public static IndicatorValue of(BigDecimal number) {
    Objects.requireNonNull(number, "number");
    if (number.scale() > MAX_DIGITS || number.precision() - number.scale() > MAX_DIGITS) {
      throw new IllegalArgumentException(
          "indicator value "
              + number
              + " is out of range: expected"
              + " at most "
              + MAX_DIGITS
              + " digits before and after the decimal point");
    }
    // 1E+3 and 1000 are written alike, so they are one value: a negative scale is made zero.
    BigDecimal plain = number.scale() < 0 ? number.setScale(0) : number;
    return ImmutableIndicatorValue.builder().number(plain).build();
  }

  /**
   * Obtains a whole-number value.
   *
   * @param number the number, any long
   * @return the value; not null
   */
  public static IndicatorValue of(long number) {
    return of(BigDecimal.valueOf(number));
  }

  /**
   * Obtains a value that is not a number, for the reason the marker gives.
   *
   * @param marker the reason; not null
   * @return the value; not null
   */
  public static IndicatorValue of(Marker marker) {
    Objects.requireNonNull(marker, "marker");
    return ImmutableIndicatorValue.builder().marker(marker).build();
  }

  /**
   * Obtains a value from its text: a decimal number or a DfE marker code, in either case,
   * ignoring surrounding space. {@code parse(v.toString())} equals {@code v}.
   *
   * @param text the text, such as {@code 42.5} or {@code c}; not null
   * @return the value; not null
   * @throws NumberFormatException if the text is neither a number nor a marker code, or the
   *     number is out of range
   */
  public static IndicatorValue parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    Optional<Marker> marker = Marker.ofCode(s);
    if (marker.isPresent()) {
      return of(marker.get());
    }
    BigDecimal number;
    try {
      number = new BigDecimal(s);
    } catch (NumberFormatException e) {
      NumberFormatException error =
          new NumberFormatException(
              "cannot read indicator value '"
                  + s
                  + "': expected a number or one of the markers c, z, x, k");
      error.initCause(e);
      throw error;
    }
    try {
      return of(number);
    } catch (IllegalArgumentException e) {
      NumberFormatException error =
          new NumberFormatException("cannot read indicator value '" + s + "': " + e.getMessage());
      error.initCause(e);
      throw error;
    }
  }

  /**
   * Gets the number, if this value is one.
   *
   * @return the number, or empty when this value is a marker; not null
   */
  public abstract Optional<BigDecimal> number();

  /**
   * Gets the reason there is no number, if there is none.
   *
   * @return the marker, or empty when this value is a number; not null
   */
  public abstract Optional<Marker> marker();

  @Value.Check
  void check() {
    if (number().isPresent() == marker().isPresent()) {
      throw new IllegalArgumentException(
          "an indicator value is either a number or a marker, but was "
              + number()
              + " and "
              + marker());
    }
  }

  /**
   * Checks whether this value is a number.
   *
   * @return true if it is a number, false if it is a marker
   */
  public boolean isNumber() {
    return number().isPresent();
  }

  /**
   * Gets the canonical text: the number in plain notation, or the marker's code.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return number().map(BigDecimal::toPlainString).orElseGet(() -> marker().orElseThrow().code());
  }
}
