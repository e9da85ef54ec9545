package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
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
import org.improvementframework.model.casework.CareLeaverActivity;

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
 * </ul>
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class CareLeaversInEet {

  static final String WRONG_AGE = "not aged 19, 20 or 21 on the birthday";
  static final String ANOTHER_RECORD = "another record of the same young person in the period";

  private static final Comparator<CareLeaverActivity> PREFERENCE =
      Comparator.comparing((CareLeaverActivity a) -> !a.activity().isEducationEmploymentOrTraining())
          .thenComparing(CareLeaverActivity::activity)
          .thenComparing(CareLeaverActivity::birthday)
          .thenComparingInt(CareLeaverActivity::age);

  private final DateRange period;
  private final List<CareLeaverActivity> records = new ArrayList<>();

  private CareLeaversInEet(DateRange period) {
    this.period = Objects.requireNonNull(period, "period");
  }

  /**
   * Obtains an empty calculator for birthdays within a period.
   *
   * @param period the days on which birthdays count, such as a financial year; not null
   * @return the calculator; not null
   * @throws NullPointerException if the period is null
   */
  public static CareLeaversInEet of(DateRange period) {
    return new CareLeaversInEet(period);
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
    records.addAll(other.records);
    return this;
  }

  /**
   * Calculates the measure from the records added so far.
   *
   * @return the result, counting children, dated by birthday; not null
   */
  public IndicatorResult result() {
    List<Excluded> excluded = new ArrayList<>();
    Map<String, List<CareLeaverActivity>> byChild = new HashMap<>();
    for (CareLeaverActivity a : records) {
      if (!period.contains(a.birthday())) {
        continue;
      }
      if (a.age() < 19 || a.age() > 21) {
        excluded.add(new Excluded(a.childId(), a.birthday(), WRONG_AGE));
      } else {
        byChild.computeIfAbsent(a.childId(), k -> new ArrayList<>()).add(a);
      }
    }
    List<Counted> included = new ArrayList<>();
    byChild.forEach((id, list) -> {
      list.sort(PREFERENCE);
      CareLeaverActivity kept = list.get(0);
      included.add(new Counted(id, kept.birthday(),
          kept.activity().isEducationEmploymentOrTraining() ? BigDecimal.ONE : BigDecimal.ZERO));
      for (int i = 1; i < list.size(); i++) {
        excluded.add(new Excluded(id, list.get(i).birthday(), ANOTHER_RECORD));
      }
    });
    return IndicatorResult.percentage(
        "Care leavers aged 19 to 21 in education, employment or training", period,
        CountingUnit.CHILDREN, included, excluded, Map.of());
  }
}
