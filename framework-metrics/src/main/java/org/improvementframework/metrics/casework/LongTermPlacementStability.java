package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;

/**
 * Calculates the percentage of children under 16 at the end of a period (31 March), looked after
 * for two and a half years or more, who had been in the same placement for two years or more:
 * the long-term placement stability measure.
 *
 * <p>Definition. The Department for Education's SSDA903 guidance and the <em>Children looked
 * after in England including adoptions</em> statistics: children aged under 16 at 31 March who
 * had been looked after continuously for at least 2.5 years, and who were living in the same
 * placement for at least 2 years, or are placed for adoption and their adoptive placement together
 * with their previous placement together last for at least 2 years; children in an agreed series
 * of short-term placements are left out. Here:
 * <ul>
 *   <li>It counts <b>children</b> with a period of care open at the end of the period.</li>
 *   <li>Under 16: the 16th birthday ({@link LocalDate#plusYears}) is after the end day; older
 *       children are excluded with that reason.</li>
 *   <li>Looked after 2.5 years: the open period of care started on or before the end day minus
 *       30 months ({@link LocalDate#minusMonths}); others are excluded with that reason.</li>
 *   <li>Same placement 2 years: the current placement (open at the end, not a short break)
 *       started on or before the end day minus 2 years. A placement of type {@code A3} or
 *       {@code A4} (placed for adoption with the current foster carers) that starts on the day
 *       the previous placement ended counts from that previous placement's start.</li>
 *   <li>A child whose placement at the end is only a short break, or who has no placement open
 *       at the end, is excluded with that reason.</li>
 *   <li>A child looked after on some day of the period but not at its end is excluded with the
 *       reason "not looked after at the end of the period", so that {@code excluded()} accounts
 *       for every child the records show in care during the period.</li>
 * </ul>
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class LongTermPlacementStability {

  static final String AGED_16 = "aged 16 or over at the end of the period";
  static final String NOT_LONG_ENOUGH = "looked after for less than 2.5 years";
  private static final Set<String> ADOPTION_BY_FOSTER_CARERS = Set.of("A3", "A4");

  private final CareHistories histories;

  private LongTermPlacementStability(DateRange period) {
    this.histories = new CareHistories(period);
  }

  /**
   * Obtains an empty calculator for a period, whose last day is the snapshot day.
   *
   * @param period the period, such as the financial year; not null
   * @return the calculator; not null
   * @throws NullPointerException if the period is null
   */
  public static LongTermPlacementStability of(DateRange period) {
    return new LongTermPlacementStability(period);
  }

  /**
   * Adds a period of care.
   *
   * @param period the period of care; not null
   * @return this calculator; not null
   * @throws NullPointerException if the period of care is null
   */
  public LongTermPlacementStability add(LookedAfterPeriod period) {
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
  public LongTermPlacementStability add(Placement placement) {
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
  public LongTermPlacementStability merge(LongTermPlacementStability other) {
    histories.merge(other.histories);
    return this;
  }

  /**
   * Calculates the measure from the records added so far.
   *
   * @return the result, counting children, dated by the snapshot day; not null
   */
  public IndicatorResult result() {
    LocalDate end = histories.period.end();
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    histories.children.forEach(
        (id, c) -> {
          Optional<LookedAfterPeriod> care = histories.openAtEnd(id, c, excluded);
          if (care.isEmpty()) {
            return;
          }
          if (!care.get().dateOfBirth().plusYears(16).isAfter(end)) {
            excluded.add(new Excluded(id, end, AGED_16));
            return;
          }
          if (care.get().start().isAfter(end.minusMonths(30))) {
            excluded.add(new Excluded(id, end, NOT_LONG_ENOUGH));
            return;
          }
          Optional<Placement> current = CareHistories.currentPlacement(id, c, end, excluded);
          if (current.isEmpty()) {
            return;
          }
          LocalDate since = since(current.get(), c.placements);
          included.add(
              new Counted(
                  id, end, since.isAfter(end.minusYears(2)) ? BigDecimal.ZERO : BigDecimal.ONE));
        });
    return IndicatorResult.percentage(
        "Children under 16 looked after 2.5 years or more, in the" + " same placement for 2 years",
        histories.period,
        CountingUnit.CHILDREN,
        included,
        excluded,
        Map.of());
  }

  /** When the child began living where they live now, following adoption by foster carers. */
  private static LocalDate since(Placement current, List<Placement> all) {
    Placement p = current;
    for (int guard = 0;
        guard < all.size() && ADOPTION_BY_FOSTER_CARERS.contains(p.placementType());
        guard++) {
      LocalDate start = p.start();
      Optional<Placement> before =
          all.stream()
              .filter(q -> !q.shortBreak() && q.end().isPresent() && q.end().get().equals(start))
              .min(Comparator.comparing(Placement::start));
      if (before.isEmpty()) {
        break;
      }
      p = before.get();
    }
    return p.start();
  }
}
