package org.improvementframework.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantity by which an area's success is measured: its unit, whether higher or lower is
 * better, what it counts, a baseline, targets and observations over periods.
 *
 * <pre>{@code
 * Indicator icpc = Indicator.builder()
 *     .name("Initial child protection conferences within 15 working days")
 *     .unit(Indicator.Unit.PERCENTAGE)
 *     .polarity(Indicator.Polarity.HIGHER_IS_BETTER)
 *     .countingUnit(Indicator.CountingUnit.EVENTS)
 *     .addObservations(Observation.of(ReportingPeriod.financialYear(2014), IndicatorValue.of(71)))
 *     .build();
 * }</pre>
 *
 * <p>Copies: every attribute has a {@code with} method returning a changed copy, checked like
 * a newly built one ({@code indicator.withObservations(observations)}); the value itself never
 * changes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator implements WithIndicator {

  /** The unit of an indicator's values. */
  public enum Unit {
    /** A count of children or events. */
    COUNT,
    /** A percentage, 0 to 100. */
    PERCENTAGE,
    /** A rate per 10,000 children. */
    RATE_PER_10000,
    /** A number of days. */
    DAYS,
    /** A ratio, such as cases per full-time worker. */
    RATIO
  }

  /** Which direction of change is an improvement. */
  public enum Polarity {
    /** A higher value is better. */
    HIGHER_IS_BETTER,
    /** A lower value is better. */
    LOWER_IS_BETTER,
    /** Neither direction is better in itself. */
    NEUTRAL
  }

  /** What an indicator counts. */
  public enum CountingUnit {
    /** Each child once, however many events. */
    CHILDREN,
    /** Each event, however many per child. */
    EVENTS
  }

  Indicator() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the indicator's name.
   *
   * @return the name; not null, not blank
   */
  public abstract String name();

  /**
   * Gets the unit of its values.
   *
   * @return the unit; not null
   */
  public abstract Unit unit();

  /**
   * Gets which direction is better.
   *
   * @return the polarity; not null
   */
  public abstract Polarity polarity();

  /**
   * Gets what it counts, where that is stated.
   *
   * @return children or events, or empty; not null
   */
  public abstract Optional<CountingUnit> countingUnit();

  /**
   * Gets the value from which improvement is measured.
   *
   * @return the baseline, or empty; not null
   */
  public abstract Optional<Observation> baseline();

  /**
   * Gets the targets, in the order given.
   *
   * @return the targets; not null
   */
  public abstract List<IndicatorTarget> targets();

  /**
   * Gets the observations, in the order given.
   *
   * @return the observations; not null
   */
  public abstract List<Observation> observations();

  @Value.Check
  void check() {
    Texts.nonBlank("indicator name", name());
  }

  /** Builds an {@link Indicator}; obtained from {@link Indicator#builder()}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
