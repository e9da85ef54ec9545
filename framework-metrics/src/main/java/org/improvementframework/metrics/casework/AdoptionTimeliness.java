package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.Adoption;

/**
 * Calculates the adoption scorecard's timeliness measures A1, A2 and A10 for children adopted
 * within a period (the scorecard uses three-year periods).
 *
 * <p>Definitions, from the Department for Education's <em>adoption scorecard</em> (the adoption
 * and special guardianship leadership board's scorecard, with its technical notes):
 * <ul>
 *   <li>A1: the average number of days between a child entering care and moving in with the
 *       adoptive family, for children adopted.</li>
 *   <li>A2: the average number of days between the local authority receiving court authority to
 *       place a child (placement order) and deciding on a match with an adoptive family; a child
 *       matched on or before the day of the order counts as zero days.</li>
 *   <li>A10: as A1, but adjusted for foster carer adoptions: when the child was adopted by their
 *       foster carers, the day the child moved in with those foster carers is used instead of
 *       the day the placement became an adoptive one (the earlier of the two).</li>
 * </ul>
 * Each counts <b>children</b> whose adoption order falls within the period; the values are
 * whole days, rounded half up, and the numerator is the total of days. Days are calendar days
 * ({@link ChronoUnit#DAYS}), so a leap day counts. A child without a placement order or match
 * date is excluded from A2 with that reason. If a child has more than one adoption record in the
 * period, the one with the earliest adoption order (then move-in, then entry to care) is kept and
 * the others are excluded.
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class AdoptionTimeliness {

  static final String NO_PLACEMENT_ORDER = "no placement order date";
  static final String NO_MATCH = "no match date";
  static final String ANOTHER_RECORD = "another adoption record of the same child in the period";

  private static final Comparator<Adoption> FIRST =
      Comparator.comparing(Adoption::adoptionOrder)
          .thenComparing(Adoption::movedIn)
          .thenComparing(Adoption::enteredCare)
          .thenComparing(a -> a.fosterPlacementStart().orElse(LocalDate.MAX))
          .thenComparing(a -> a.placementOrder().orElse(LocalDate.MAX))
          .thenComparing(a -> a.matched().orElse(LocalDate.MAX));

  private final DateRange period;
  private final List<Adoption> adoptions = new ArrayList<>();

  private AdoptionTimeliness(DateRange period) {
    this.period = Objects.requireNonNull(period, "period");
  }

  /**
   * Obtains an empty calculator for children adopted within a period.
   *
   * @param period the days on which adoption orders count; not null
   * @return the calculator; not null
   * @throws NullPointerException if the period is null
   */
  public static AdoptionTimeliness of(DateRange period) {
    return new AdoptionTimeliness(period);
  }

  /**
   * Adds an adoption.
   *
   * @param adoption the adoption; not null
   * @return this calculator; not null
   * @throws NullPointerException if the adoption is null
   */
  public AdoptionTimeliness add(Adoption adoption) {
    adoptions.add(Objects.requireNonNull(adoption, "adoption"));
    return this;
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same period; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the periods differ
   */
  public AdoptionTimeliness merge(AdoptionTimeliness other) {
    Merging.samePeriod(period, other.period);
    adoptions.addAll(other.adoptions);
    return this;
  }

  /**
   * Calculates A1: average days from entering care to moving in with the adoptive family.
   *
   * @return the result, counting children, dated by the adoption order; not null
   */
  public IndicatorResult a1() {
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Adoption a : adopted(excluded)) {
      included.add(counted(a, a.enteredCare(), a.movedIn()));
    }
    return IndicatorResult.average(
        "A1 days from entering care to moving in with the adoptive" + " family",
        period,
        CountingUnit.CHILDREN,
        included,
        excluded,
        0);
  }

  /**
   * Calculates A2: average days from the placement order to the match, zero when matched before.
   *
   * @return the result, counting children, dated by the adoption order; not null
   */
  public IndicatorResult a2() {
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Adoption a : adopted(excluded)) {
      if (a.placementOrder().isEmpty()) {
        excluded.add(new Excluded(a.childId(), a.adoptionOrder(), NO_PLACEMENT_ORDER));
      } else if (a.matched().isEmpty()) {
        excluded.add(new Excluded(a.childId(), a.adoptionOrder(), NO_MATCH));
      } else {
        LocalDate order = a.placementOrder().get();
        LocalDate match = a.matched().get();
        included.add(counted(a, order, match.isBefore(order) ? order : match));
      }
    }
    return IndicatorResult.average(
        "A2 days from placement order to match",
        period,
        CountingUnit.CHILDREN,
        included,
        excluded,
        0);
  }

  /**
   * Calculates A10: A1 adjusted for foster carer adoptions.
   *
   * @return the result, counting children, dated by the adoption order; not null
   */
  public IndicatorResult a10() {
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Adoption a : adopted(excluded)) {
      LocalDate movedIn =
          a.fosterPlacementStart().filter(f -> f.isBefore(a.movedIn())).orElse(a.movedIn());
      included.add(counted(a, a.enteredCare(), movedIn));
    }
    return IndicatorResult.average(
        "A10 days from entering care to moving in with the adoptive"
            + " family, adjusted for foster carer adoptions",
        period,
        CountingUnit.CHILDREN,
        included,
        excluded,
        0);
  }

  private static Counted counted(Adoption a, LocalDate from, LocalDate to) {
    return new Counted(
        a.childId(), a.adoptionOrder(), BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)));
  }

  /** One adoption per child adopted in the period; the others go to {@code excluded}. */
  private List<Adoption> adopted(List<Excluded> excluded) {
    Map<String, List<Adoption>> byChild = new HashMap<>();
    for (Adoption a : adoptions) {
      if (period.contains(a.adoptionOrder())) {
        byChild.computeIfAbsent(a.childId(), k -> new ArrayList<>()).add(a);
      }
    }
    List<Adoption> kept = new ArrayList<>();
    byChild.forEach(
        (id, list) -> {
          list.sort(FIRST);
          kept.add(list.get(0));
          for (int i = 1; i < list.size(); i++) {
            excluded.add(new Excluded(id, list.get(i).adoptionOrder(), ANOTHER_RECORD));
          }
        });
    return kept;
  }
}
