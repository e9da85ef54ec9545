package org.improvementframework.examples;

import java.util.List;
import java.util.Optional;
import org.improvementframework.metrics.indicators.Comparison;
import org.improvementframework.metrics.indicators.DirectionOfTravel;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.Observation;

/**
 * One published measure in context: its comparison for a period, the council's and England's
 * published values across the years, and the council's direction of travel between each
 * published year and the next.
 *
 * @param measure the published measure's name
 * @param planIndicator the plan indicator it is linked to, if any
 * @param comparison the council beside England, its region and comparators
 * @param councilHistory the council's published observations, in period order
 * @param englandHistory England's published observations, in period order
 * @param directions the direction from each council observation to the next
 */
record IndicatorContext(
    String measure,
    Optional<Indicator> planIndicator,
    Comparison comparison,
    List<Observation> councilHistory,
    List<Observation> englandHistory,
    List<DirectionOfTravel> directions) {

  /** The latest direction of travel, or insufficient data for fewer than two years. */
  DirectionOfTravel latestDirection() {
    return directions.isEmpty()
        ? DirectionOfTravel.INSUFFICIENT_DATA
        : directions.get(directions.size() - 1);
  }

  /** The name shown: the plan indicator's, else the measure's. */
  String title() {
    return planIndicator.map(Indicator::name).orElse(measure);
  }
}
