package org.improvementframework.model;

import org.immutables.value.Value;

/**
 * The value of an indicator over one reporting period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {

  Observation() {}

  /**
   * Obtains an observation.
   *
   * @param period the period covered; not null
   * @param value the value, a number or a marker; not null
   * @return the observation; not null
   */
  public static Observation of(ReportingPeriod period, IndicatorValue value) {
    return ImmutableObservation.of(period, value);
  }

  /**
   * Gets the period the value covers.
   *
   * @return the period; not null
   */
  @Value.Parameter
  public abstract ReportingPeriod period();

  /**
   * Gets the value.
   *
   * @return the value; not null
   */
  @Value.Parameter
  public abstract IndicatorValue value();
}
