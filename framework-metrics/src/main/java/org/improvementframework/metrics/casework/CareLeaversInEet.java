package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.CareLeaverActivity.InTouch;

/**
 * Calculates the percentage of care leavers aged 19 to 21 who were in education, employment or
 * training, from the main activity recorded around their birthday.
 *
 * <p>Definition. The Department for Education's <em>Children looked after in England including
 * adoptions</em> statistics (care leavers' activity, from the SSDA903 return) count the former
 * relevant young people whose 19th, 20th or 21st birthday fell in the year ending 31 March, by the
 * activity recorded around that birthday; education, employment or training are the codes F1, P1,
 * F2, P2, F4 and P4. The denominator is every such young person, including those whose activity is
 * not known ({@code 0}), as in the published percentages. Here:
 * <ul>
 *   <li>It counts <b>children</b>: a young person is counted once, on the birthday that falls in
 *       the period. If more than one record of the same young person falls in the period, the one
 *       kept is the first in the order: activity in education, employment or training before
 *       other activity, then by activity code, then by birthday; the others are excluded with
 *       that reason.</li>
 *   <li>Records of birthdays in the period at ages other than 19, 20 or 21 are excluded with that
 *       reason; records of birthdays outside the period are ignored.</li>
 *   <li>Young people whose SSDA903 OC3 {@code IN_TOUCH} code is one of the excluded codes are
 *       left out of the denominator, with the reason naming the code. By default these are
 *       {@code DIED} ("died after leaving care") and {@code RHOM} ("returned to live with
 *       parents or someone with parental responsibility for a continuous period of 6 months or
 *       more"), as the footnote of the DfE's care leavers' data sets (<em>Children looked after
 *       in England including adoptions</em>, "LA - Accommodation of care leavers", aged 17 to
 *       21, on explore-education-statistics.service.gov.uk) states: "Figures exclude young
 *       people who were looked after under an agreed series of short term placements, those who
 *       have died since leaving care, those who have returned home to parents or someone with
 *       parental responsibility for a continuous period of at least 6 months and those whose
 *       care was transferred to another local authority." {@code REFU} ("young person refuses
 *       contact") and {@code NREQ} ("young person no longer requires children's social care
 *       services") are not in that list: they stay in the denominator, among those the local
 *       authority is not in touch with. A transfer of care to another authority has no
 *       {@code IN_TOUCH} code (the return of the authority that transferred holds no OC3 row).
 *       {@link #DEFAULT_EXCLUDED_IN_TOUCH}; {@link #of(DateRange, Set)} chooses others. A record
 *       without an {@code IN_TOUCH} code (a case-record extract) is kept.</li>
 *   <li>{@link #suitableAccommodation()} is the companion measure: the same young people, the
 *       numerator those whose OC3 {@code ACCOM} code ends in {@code 1} (suitable); a code
 *       {@code 0} (no information) stays in the denominator, as activity {@code 0} does.</li>
 * </ul>
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class CareLeaversInEet {

  static final String WRONG_AGE = "not aged 19, 20 or 21 on the birthday";
  static final String IN_TOUCH = "IN_TOUCH code excluded from the denominator: ";
  static final String ANOTHER_RECORD = "another record of the same young person in the period";

  private static final Comparator<CareLeaverActivity> PREFERENCE =
      Comparator.comparing(
              (CareLeaverActivity a) -> !a.activity().isEducationEmploymentOrTraining())
          .thenComparing(CareLeaverActivity::activity)
          .thenComparing(CareLeaverActivity::birthday)
          .thenComparingInt(CareLeaverActivity::age);

  /**
   * The {@code IN_TOUCH} codes left out of the denominator by default, {@code DIED} and
   * {@code RHOM}, as in the DfE's published care leavers' figures.
   */
  public static final Set<InTouch> DEFAULT_EXCLUDED_IN_TOUCH =
      Collections.unmodifiableSet(EnumSet.of(InTouch.DIED, InTouch.RHOM));

  private final DateRange period;
  private final Set<InTouch> excludedInTouch;
  private final List<CareLeaverActivity> records = new ArrayList<>();

  private CareLeaversInEet(DateRange period, Set<InTouch> excludedInTouch) {
    this.period = Objects.requireNonNull(period, "period");
    Objects.requireNonNull(excludedInTouch, "excludedInTouch");
    this.excludedInTouch =
        excludedInTouch.isEmpty() ? EnumSet.noneOf(InTouch.class) : EnumSet.copyOf(excludedInTouch);
  }

  /**
   * Obtains an empty calculator for birthdays within a period.
   *
   * @param period the days on which birthdays count, such as a financial year; not null
   * @return the calculator; not null
   * @throws NullPointerException if the period is null
   */
  public static CareLeaversInEet of(DateRange period) {
    return new CareLeaversInEet(period, DEFAULT_EXCLUDED_IN_TOUCH);
  }

  /**
   * Obtains an empty calculator that leaves out the given {@code IN_TOUCH} codes.
   *
   * @param period the days on which birthdays count; not null
   * @param excludedInTouch the codes whose young people are left out; not null, may be empty
   * @return the calculator; not null
   * @throws NullPointerException if an argument is null
   */
  public static CareLeaversInEet of(DateRange period, Set<InTouch> excludedInTouch) {
    return new CareLeaversInEet(period, excludedInTouch);
  }

  /**
   * Adds an activity record.
   *
   * @param activity the record; not null
   * @return this calculator; not null
   * @throws NullPointerException if the record is null
   */
  public CareLeaversInEet add(CareLeaverActivity activity) {
    records.add(Objects.requireNonNull(activity, "activity"));
    return this;
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same period; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the periods differ
   */
  public CareLeaversInEet merge(CareLeaversInEet other) {
    Merging.samePeriod(period, other.period);
    if (!excludedInTouch.equals(other.excludedInTouch)) {
      throw new IllegalArgumentException(
          "cannot merge calculators that exclude different" + " IN_TOUCH codes");
    }
    records.addAll(other.records);
    return this;
  }

  /**
   * Calculates the measure from the records added so far.
   *
   * @return the result, counting children, dated by birthday; not null
   */
  public IndicatorResult result() {
    return measure(
        "Care leavers aged 19 to 21 in education, employment or training",
        a -> a.activity().isEducationEmploymentOrTraining());
  }

  /**
   * Calculates the percentage of the same young people in suitable accommodation.
   *
   * @return the result, counting children, dated by birthday; not null
   */
  public IndicatorResult suitableAccommodation() {
    return measure(
        "Care leavers aged 19 to 21 in suitable accommodation",
        a -> a.suitableAccommodation().orElse(false));
  }

  private IndicatorResult measure(String name, Predicate<CareLeaverActivity> inNumerator) {
    List<Excluded> excluded = new ArrayList<>();
    Map<String, List<CareLeaverActivity>> byChild = new HashMap<>();
    for (CareLeaverActivity a : records) {
      if (!period.contains(a.birthday())) {
        continue;
      }
      if (a.age() < 19 || a.age() > 21) {
        excluded.add(new Excluded(a.childId(), a.birthday(), WRONG_AGE));
      } else if (a.inTouch().isPresent() && excludedInTouch.contains(a.inTouch().get())) {
        excluded.add(new Excluded(a.childId(), a.birthday(), IN_TOUCH + a.inTouch().get()));
      } else {
        byChild.computeIfAbsent(a.childId(), k -> new ArrayList<>()).add(a);
      }
    }
    List<Counted> included = new ArrayList<>();
    byChild.forEach(
        (id, list) -> {
          list.sort(PREFERENCE);
          CareLeaverActivity kept = list.get(0);
          included.add(
              new Counted(
                  id, kept.birthday(), inNumerator.test(kept) ? BigDecimal.ONE : BigDecimal.ZERO));
          for (int i = 1; i < list.size(); i++) {
            excluded.add(new Excluded(id, list.get(i).birthday(), ANOTHER_RECORD));
          }
        });
    return IndicatorResult.percentage(
        name, period, CountingUnit.CHILDREN, included, excluded, Map.of());
  }
}
