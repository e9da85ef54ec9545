package org.improvementframework.metrics.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.improvementframework.model.IndicatorValue;

/**
 * Disclosure control for figures that will be published: small counts are suppressed, so are
 * percentages built on them, and totals are rounded, as the Department for Education does for
 * children's social care statistics.
 *
 * <p>The {@linkplain #dfe() default}: counts from 1 to 5 are suppressed ({@code c}); 0 is
 * published, since a true zero discloses nobody; a percentage is suppressed when its numerator
 * or denominator is suppressed, and not applicable ({@code z}) when the denominator is 0; totals
 * are rounded to the nearest 10, halves up, after small totals are suppressed.
 *
 * <pre>{@code
 * DisclosureControl dc = DisclosureControl.dfe();
 * dc.count(3);              // c
 * dc.percentage(12, 40, 1); // 30.0
 * dc.total(1234);           // 1230
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisclosureControl {

  private static final DisclosureControl DFE = new DisclosureControl(1, 5, 10);

  private final long suppressFrom;
  private final long suppressTo;
  private final long roundTo;

  private DisclosureControl(long suppressFrom, long suppressTo, long roundTo) {
    this.suppressFrom = suppressFrom;
    this.suppressTo = suppressTo;
    this.roundTo = roundTo;
  }

  /**
   * Obtains the DfE's rules: suppress 1 to 5, round totals to the nearest 10.
   *
   * @return the rules; not null
   */
  public static DisclosureControl dfe() {
    return DFE;
  }

  /**
   * Obtains other rules.
   *
   * @param suppressFrom the smallest count to suppress, 1 or more
   * @param suppressTo the largest count to suppress, not less than {@code suppressFrom}
   * @param roundTo the base to which totals are rounded, 1 for none
   * @return the rules; not null
   * @throws IllegalArgumentException if a bound is out of range
   */
  public static DisclosureControl of(long suppressFrom, long suppressTo, long roundTo) {
    if (suppressFrom < 1 || suppressTo < suppressFrom || roundTo < 1) {
      throw new IllegalArgumentException(
          "disclosure control needs 1 <= suppressFrom <= "
              + "suppressTo and roundTo >= 1, but was suppressFrom="
              + suppressFrom
              + ", suppressTo="
              + suppressTo
              + ", roundTo="
              + roundTo);
    }
    return new DisclosureControl(suppressFrom, suppressTo, roundTo);
  }

  /**
   * Checks whether a count would be suppressed.
   *
   * @param count the count, 0 or more
   * @return true if it lies in the suppressed range
   */
  public boolean suppresses(long count) {
    return count >= suppressFrom && count <= suppressTo;
  }

  /**
   * Gets a count as it may be published.
   *
   * @param count the count, 0 or more
   * @return the count, or {@code c} if suppressed; not null
   * @throws IllegalArgumentException if the count is negative
   */
  public IndicatorValue count(long count) {
    requireCount("count", count);
    return suppresses(count)
        ? IndicatorValue.of(IndicatorValue.Marker.SUPPRESSED)
        : IndicatorValue.of(BigDecimal.valueOf(count));
  }

  /**
   * Gets a total as it may be published: suppressed if small, otherwise rounded.
   *
   * @param total the total, 0 or more
   * @return the rounded total, or {@code c}; not null
   * @throws IllegalArgumentException if the total is negative
   */
  public IndicatorValue total(long total) {
    requireCount("total", total);
    if (suppresses(total)) {
      return IndicatorValue.of(IndicatorValue.Marker.SUPPRESSED);
    }
    long rounded = (total + roundTo / 2) / roundTo * roundTo;
    return IndicatorValue.of(BigDecimal.valueOf(rounded));
  }

  /**
   * Gets a percentage as it may be published.
   *
   * @param numerator the count of the part, 0 or more, not more than the denominator
   * @param denominator the count of the whole, 0 or more
   * @param scale the number of decimal places, 0 or more
   * @return the percentage rounded half up; {@code c} if either count is suppressed;
   *     {@code z} if the denominator is 0; not null
   * @throws IllegalArgumentException if a count is negative or the numerator exceeds the
   *     denominator
   */
  public IndicatorValue percentage(long numerator, long denominator, int scale) {
    requireCount("numerator", numerator);
    requireCount("denominator", denominator);
    if (numerator > denominator) {
      throw new IllegalArgumentException(
          "percentage numerator " + numerator + " exceeds its denominator " + denominator);
    }
    if (denominator == 0) {
      return IndicatorValue.of(IndicatorValue.Marker.NOT_APPLICABLE);
    }
    if (suppresses(numerator) || suppresses(denominator)) {
      return IndicatorValue.of(IndicatorValue.Marker.SUPPRESSED);
    }
    return IndicatorValue.of(
        BigDecimal.valueOf(numerator)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
  }

  private static void requireCount(String name, long n) {
    if (n < 0) {
      throw new IllegalArgumentException(name + " must not be negative, but was " + n);
    }
  }
}
