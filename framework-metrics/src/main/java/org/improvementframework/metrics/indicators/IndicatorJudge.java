package org.improvementframework.metrics.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Rag;

/**
 * Judges indicator values against targets and finds their direction of travel.
 *
 * <p>For a higher-is-better indicator a value at or above the target is met, one short by no more
 * than the tolerance is within tolerance, and anything else beyond; lower-is-better mirrors
 * this. For a neutral indicator, the target is met only exactly, within tolerance either side,
 * beyond otherwise. Met, within tolerance and beyond give GREEN, AMBER and RED by default;
 * {@link #withColours(Rag, Rag, Rag)} changes that. A marker (suppressed, not applicable, not
 * available, rounds to zero) gets no rating.
 *
 * <pre>{@code
 * IndicatorJudge judge = IndicatorJudge.defaults();
 * judge.evaluate(IndicatorValue.of(68), target, Indicator.Polarity.HIGHER_IS_BETTER);
 * judge.direction(indicator);   // IMPROVING, WORSENING, ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorJudge {

  private static final IndicatorJudge DEFAULT =
      new IndicatorJudge(Rag.GREEN, Rag.AMBER, Rag.RED, BigDecimal.ZERO);

  private final Rag met;
  private final Rag withinTolerance;
  private final Rag beyond;
  private final BigDecimal noChange;

  private IndicatorJudge(Rag met, Rag withinTolerance, Rag beyond, BigDecimal noChange) {
    this.met = met;
    this.withinTolerance = withinTolerance;
    this.beyond = beyond;
    this.noChange = noChange;
  }

  /**
   * Obtains the judge with GREEN, AMBER and RED, and any change at all counting as a change.
   *
   * @return the judge; not null
   */
  public static IndicatorJudge defaults() {
    return DEFAULT;
  }

  /**
   * Returns a copy with other colours.
   *
   * @param met the colour of a value that meets its target; not null
   * @param withinTolerance the colour of a value short by no more than the tolerance; not null
   * @param beyond the colour of a value further off; not null
   * @return the judge; not null
   */
  public IndicatorJudge withColours(Rag met, Rag withinTolerance, Rag beyond) {
    Objects.requireNonNull(met, "met");
    Objects.requireNonNull(withinTolerance, "withinTolerance");
    Objects.requireNonNull(beyond, "beyond");
    return new IndicatorJudge(met, withinTolerance, beyond, noChange);
  }

  /**
   * Returns a copy in which a change of no more than the threshold is no change.
   *
   * @param threshold the largest change that counts as none, in the indicator's unit, 0 or
   *     more; not null
   * @return the judge; not null
   * @throws IllegalArgumentException if the threshold is negative
   */
  public IndicatorJudge withNoChangeThreshold(BigDecimal threshold) {
    if (threshold.signum() < 0) {
      throw new IllegalArgumentException(
          "no-change threshold must not be negative, but was " + threshold);
    }
    return new IndicatorJudge(met, withinTolerance, beyond, threshold);
  }

  /**
   * Judges a value against a target.
   *
   * @param value the value; not null
   * @param target the target; not null
   * @param polarity which direction is better; not null
   * @return the evaluation; not null
   */
  public IndicatorEvaluation evaluate(
      IndicatorValue value, IndicatorTarget target, Indicator.Polarity polarity) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(polarity, "polarity");
    if (!value.isNumber()) {
      return new IndicatorEvaluation(
          Optional.empty(),
          "the value is "
              + value.marker().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " ("
              + value
              + "), so it is not rated");
    }
    BigDecimal v = value.number().orElseThrow();
    BigDecimal t = target.value();
    BigDecimal tol = target.tolerance().orElse(BigDecimal.ZERO);
    // Shortfall: how far the value is on the wrong side of the target (0 or less when met).
    BigDecimal shortfall;
    switch (polarity) {
      case HIGHER_IS_BETTER -> shortfall = t.subtract(v);
      case LOWER_IS_BETTER -> shortfall = v.subtract(t);
      default -> {
        shortfall = v.subtract(t).abs();
        if (shortfall.signum() == 0) {
          shortfall = BigDecimal.ONE.negate();
        }
      }
    }
    String vs = v.toPlainString();
    String ts = t.toPlainString();
    if (shortfall.signum() <= 0) {
      return new IndicatorEvaluation(Optional.of(met), vs + " meets the target " + ts);
    }
    if (shortfall.compareTo(tol) <= 0) {
      return new IndicatorEvaluation(
          Optional.of(withinTolerance),
          vs
              + " misses the target "
              + ts
              + " by "
              + shortfall.toPlainString()
              + ", within the tolerance "
              + tol.toPlainString());
    }
    return new IndicatorEvaluation(
        Optional.of(beyond),
        vs
            + " misses the target "
            + ts
            + " by "
            + shortfall.toPlainString()
            + ", beyond the tolerance "
            + tol.toPlainString());
  }

  /**
   * Judges an indicator's observation against its target for the same period.
   *
   * @param indicator the indicator; not null
   * @param observation the observation; not null
   * @return the evaluation, or empty if the indicator has no target for that period; not null
   */
  public Optional<IndicatorEvaluation> evaluate(Indicator indicator, Observation observation) {
    for (IndicatorTarget t : indicator.targets()) {
      if (t.period().equals(observation.period())) {
        return Optional.of(evaluate(observation.value(), t, indicator.polarity()));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the direction of travel from one value to the next.
   *
   * @param earlier the earlier value; not null
   * @param later the later value; not null
   * @param polarity which direction is better; not null
   * @return the direction; {@link DirectionOfTravel#INSUFFICIENT_DATA} if either is a marker
   */
  public DirectionOfTravel direction(
      IndicatorValue earlier, IndicatorValue later, Indicator.Polarity polarity) {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(polarity, "polarity");
    if (!earlier.isNumber() || !later.isNumber()) {
      return DirectionOfTravel.INSUFFICIENT_DATA;
    }
    BigDecimal change = later.number().orElseThrow().subtract(earlier.number().orElseThrow());
    if (change.abs().compareTo(noChange) <= 0) {
      return DirectionOfTravel.NO_CHANGE;
    }
    return switch (polarity) {
      case HIGHER_IS_BETTER ->
          change.signum() > 0 ? DirectionOfTravel.IMPROVING : DirectionOfTravel.WORSENING;
      case LOWER_IS_BETTER ->
          change.signum() < 0 ? DirectionOfTravel.IMPROVING : DirectionOfTravel.WORSENING;
      default -> DirectionOfTravel.CHANGED;
    };
  }

  /**
   * Finds an indicator's latest direction of travel: from its second-latest observation to its
   * latest, by period. A marker in either gives {@link DirectionOfTravel#INSUFFICIENT_DATA}; an
   * older number is never put in its place, since that would compare other periods.
   *
   * @param indicator the indicator; not null
   * @return the direction; not null
   */
  public DirectionOfTravel direction(Indicator indicator) {
    List<DirectionOfTravel> s = series(indicator);
    return s.isEmpty() ? DirectionOfTravel.INSUFFICIENT_DATA : s.get(s.size() - 1);
  }

  /**
   * Finds the direction of travel between each observation and the next, by period.
   *
   * @param indicator the indicator; not null
   * @return one direction fewer than observations; not null
   */
  public List<DirectionOfTravel> series(Indicator indicator) {
    List<Observation> obs = new ArrayList<>(indicator.observations());
    obs.sort((a, b) -> a.period().compareTo(b.period()));
    List<DirectionOfTravel> out = new ArrayList<>();
    for (int i = 1; i < obs.size(); i++) {
      out.add(direction(obs.get(i - 1).value(), obs.get(i).value(), indicator.polarity()));
    }
    return out;
  }
}
