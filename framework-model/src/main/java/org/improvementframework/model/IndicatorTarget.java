package org.improvementframework.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value an indicator should reach by a period, with the tolerance within which a miss is
 * amber rather than red.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorTarget {

  IndicatorTarget() {}

  /**
   * Obtains a target with no tolerance.
   *
   * @param value the value to reach; not null
   * @param period the period by which to reach it; not null
   * @return the target; not null
   */
  public static IndicatorTarget of(BigDecimal value, ReportingPeriod period) {
    return ImmutableIndicatorTarget.builder().value(value).period(period).build();
  }

  /**
   * Obtains a target with a tolerance.
   *
   * @param value the value to reach; not null
   * @param period the period by which to reach it; not null
   * @param tolerance how far short of the value still counts as nearly there, in the
   *     indicator's unit, zero or more; not null
   * @return the target; not null
   * @throws IllegalArgumentException if the tolerance is negative
   */
  public static IndicatorTarget of(BigDecimal value, ReportingPeriod period, BigDecimal tolerance) {
    return ImmutableIndicatorTarget.builder()
        .value(value)
        .period(period)
        .tolerance(tolerance)
        .build();
  }

  /**
   * Gets the value to reach.
   *
   * @return the value; not null
   */
  public abstract BigDecimal value();

  /**
   * Gets the period by which to reach it.
   *
   * @return the period; not null
   */
  public abstract ReportingPeriod period();

  /**
   * Gets how far short of the value still counts as nearly there, in the indicator's unit.
   *
   * @return the tolerance, zero or more, or empty for none; not null
   */
  public abstract Optional<BigDecimal> tolerance();

  @Value.Check
  void check() {
    if (tolerance().isPresent() && tolerance().get().signum() < 0) {
      throw new IllegalArgumentException(
          "indicator target tolerance must not be negative, but was " + tolerance().get());
    }
  }
}
