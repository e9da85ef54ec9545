package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;

/**
 * Calculates the percentage of children looked after at the end of a period (31 March for a
 * financial year) who had three or more placements during the period: the short-term placement
 * stability measure.
 *
 * <p>Definition. The Department for Education's SSDA903 guidance and the <em>Children looked
 * after in England including adoptions</em> statistics define it as children looked after at
 * 31 March with three or more placements during the year, leaving out children looked after under
 * an agreed series of short-term placements (short breaks, legal status V3 or V4). Here:
 * <ul>
 *   <li>It counts <b>children</b>: each child with a period of care open at the end of the
 *       period (started on or before it, not ended on or before it) is counted once, however
 *       many records they have.</li>
 *   <li>Placements counted are those that are not short breaks and that overlap the period, so
 *       the placement the child was in on its first day counts, as do placements that began and
 *       ended within it.</li>
 *   <li>A child whose only placement open at the end is a short break is excluded with that
 *       reason; so is a child with no placement open at the end (a gap in the records).</li>
 *   <li>A child looked after on some day of the period but not at its end is excluded with the
 *       reason "not looked after at the end of the period", so that {@code excluded()} accounts
 *       for every child the records show in care during the period.</li>
 * </ul>
 * The period's last day is the snapshot day; for the statutory measure give the financial year.
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class PlacementMoves {

  /** The number of placements at which a child counts in the numerator. */
  public static final int PLACEMENTS = 3;

  private final CareHistories histories;

  private PlacementMoves(DateRange period) {
    this.histories = new CareHistories(period);
  }

  /**
   * Obtains an empty calculator for a period, whose last day is the snapshot day.
   *
   * @param period the period, such as the financial year; not null
   * @return the calculator; not null
   * @throws NullPointerException if the period is null
   */
  public static PlacementMoves of(DateRange period) {
    return new PlacementMoves(period);
  }

  /**
   * Adds a period of care.
   *
   * @param period the period of care; not null
   * @return this calculator; not null
   * @throws NullPointerException if the period of care is null
   */
  public PlacementMoves add(LookedAfterPeriod period) {
    histories.add(period);
    return this;
  }

  /**
   * Adds a placement.
   *
   * @param placement the placement; not null
   * @return this calculator; not null
   * @throws NullPointerException if the placement is null
   */
  public PlacementMoves add(Placement placement) {
    histories.add(placement);
    return this;
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same period; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the periods differ
   */
  public PlacementMoves merge(PlacementMoves other) {
    histories.merge(other.histories);
    return this;
  }

  /**
   * Calculates the measure from the records added so far.
   *
   * @return the result, counting children, dated by the snapshot day; not null
   */
  public IndicatorResult result() {
    DateRange period = histories.period;
    LocalDate end = period.end();
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    histories.children.forEach(
        (id, c) -> {
          if (histories.openAtEnd(id, c, excluded).isEmpty()) {
            return;
          }
          Optional<Placement> current = CareHistories.currentPlacement(id, c, end, excluded);
          if (current.isEmpty()) {
            return;
          }
          long placements =
              c.placements.stream()
                  .filter(p -> !p.shortBreak() && p.overlaps(period.start(), end))
                  .count();
          included.add(
              new Counted(id, end, placements >= PLACEMENTS ? BigDecimal.ONE : BigDecimal.ZERO));
        });
    return IndicatorResult.percentage(
        "Children looked after with 3 or more placements",
        period,
        CountingUnit.CHILDREN,
        included,
        excluded,
        Map.of());
  }
}
