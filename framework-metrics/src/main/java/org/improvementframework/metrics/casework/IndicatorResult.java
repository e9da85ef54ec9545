package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.IndicatorValue;

/**
 * The value of a case-record measure over a period, with the numerator and denominator it comes
 * from and the records that counted and that were left out, each with the reason.
 *
 * <p>When the denominator is zero the value is {@link IndicatorValue.Marker#NOT_APPLICABLE}, never
 * zero. {@code included} lists every child or event in the denominator, with what it added to the
 * numerator; {@code excluded} lists the candidates left out. Both are sorted by id, then date, so
 * that a result does not depend on the order records were added in. {@code breakdown} holds counts
 * by band where the measure has bands (the CIN census C4 bands), and is empty otherwise.
 *
 * <p>{@code toString()} gives the figures but no id. This record is immutable and thread-safe.
 *
 * @param measure the measure's name, such as {@code ICPC within 15 working days}; not null
 * @param period the period the measure covers (one day for a snapshot); not null
 * @param countingUnit whether children or events are counted; not null
 * @param numerator the numerator; not null
 * @param denominator the denominator; not null
 * @param value the value; not null
 * @param included the children or events counted in the denominator; not null
 * @param excluded the candidates left out, with reasons; not null
 * @param breakdown counts by band, in band order; not null
 */
public record IndicatorResult(
    String measure,
    DateRange period,
    CountingUnit countingUnit,
    BigDecimal numerator,
    BigDecimal denominator,
    IndicatorValue value,
    List<Counted> included,
    List<Excluded> excluded,
    Map<String, Long> breakdown) {

  /**
   * A child or an event counted in the denominator.
   *
   * <p>{@code toString()} does not show the id. This record is immutable and thread-safe.
   *
   * @param id the child's pseudonymous id ; not null
   * @param date the event's date for events, or the snapshot or birthday for children; not null
   * @param contribution what it adds to the numerator: 1 or 0 for a proportion, a number of days
   *     for an average; not null
   */
  public record Counted(String id, LocalDate date, BigDecimal contribution) {

    /**
     * Creates the entry.
     *
     * @param id the child's pseudonymous id; not null
     * @param date the date; not null
     * @param contribution what it adds to the numerator; not null
     * @throws NullPointerException if a field is null
     */
    public Counted {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(contribution, "contribution");
    }

    /**
     * Checks whether it adds anything to the numerator.
     *
     * @return true if the contribution is not zero
     */
    public boolean inNumerator() {
      return contribution.signum() != 0;
    }

    /**
     * Describes the entry without its id.
     *
     * @return the description; not null
     */
    @Override
    public String toString() {
      return "Counted[date=" + date + ", contribution=" + contribution.toPlainString() + "]";
    }
  }

  /**
   * A candidate left out of the denominator, and why.
   *
   * <p>{@code toString()} does not show the id. This record is immutable and thread-safe.
   *
   * @param id the child's pseudonymous id; not null
   * @param date the event's or snapshot's date; not null
   * @param reason why it was left out, in words; not null
   */
  public record Excluded(String id, LocalDate date, String reason) {

    /**
     * Creates the entry.
     *
     * @param id the child's pseudonymous id; not null
     * @param date the date; not null
     * @param reason why it was left out; not null
     * @throws NullPointerException if a field is null
     */
    public Excluded {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * Describes the entry without its id.
     *
     * @return the description; not null
     */
    @Override
    public String toString() {
      return "Excluded[date=" + date + ", reason=" + reason + "]";
    }
  }

  // Written out rather than composed with Comparator.comparing(...).thenComparing(...): the
  // order check runs once per entry of 10^6-entry results, and the composed form's lambdas were
  // a tenth of a re-referral run. Ids are compared by reference first: a calculator gives the
  // entries of one child the same string, and its results come out sorted (see sortedCopy).
  private static final Comparator<Counted> COUNTED_ORDER =
      (a, b) -> {
        int c = compareIds(a.id(), b.id());
        if (c == 0) {
          c = a.date().compareTo(b.date());
        }
        return c != 0 ? c : a.contribution().compareTo(b.contribution());
      };
  private static final Comparator<Excluded> EXCLUDED_ORDER =
      (a, b) -> {
        int c = compareIds(a.id(), b.id());
        if (c == 0) {
          c = a.date().compareTo(b.date());
        }
        return c != 0 ? c : a.reason().compareTo(b.reason());
      };

  private static int compareIds(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  /**
   * Creates the result, copying and sorting the lists.
   *
   * @param measure the measure's name; not null
   * @param period the period; not null
   * @param countingUnit children or events; not null
   * @param numerator the numerator; not null
   * @param denominator the denominator; not null
   * @param value the value; not null
   * @param included the counted entries; not null
   * @param excluded the excluded entries; not null
   * @param breakdown counts by band; not null
   * @throws NullPointerException if a field is null
   */
  public IndicatorResult {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(countingUnit, "countingUnit");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(value, "value");
    // a calculator's columns of entries are sorted and unmodifiable as made (see CountedEvents)
    included = included instanceof CountedEvents ? included : sortedCopy(included, COUNTED_ORDER);
    excluded = sortedCopy(excluded, EXCLUDED_ORDER);
    breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
  }

  /**
   * An unmodifiable sorted copy; the calculators give their entries in order, so one pass that
   * checks the order usually replaces the sort.
   */
  private static <T> List<T> sortedCopy(List<T> list, Comparator<? super T> order) {
    Object[] copy = list.toArray();
    for (Object e : copy) {
      Objects.requireNonNull(e, "entry");
    }
    @SuppressWarnings("unchecked")
    List<T> entries = (List<T>) Arrays.asList(copy);
    for (int i = 1; i < copy.length; i++) {
      if (order.compare(entries.get(i - 1), entries.get(i)) > 0) {
        entries.sort(order);
        break;
      }
    }
    return Collections.unmodifiableList(entries);
  }

  /** A proportion as a percentage to one decimal place; the numerator counts 1 per entry. */
  static IndicatorResult percentage(
      String measure,
      DateRange period,
      CountingUnit unit,
      List<Counted> included,
      List<Excluded> excluded,
      Map<String, Long> breakdown) {
    BigDecimal num =
        included instanceof CountedEvents columns
            ? BigDecimal.valueOf(columns.ones())
            : sum(included);
    BigDecimal den = BigDecimal.valueOf(included.size());
    return new IndicatorResult(
        measure,
        period,
        unit,
        num,
        den,
        ratio(num.multiply(BigDecimal.valueOf(100)), den, 1),
        included,
        excluded,
        breakdown);
  }

  /** An average of the contributions, rounded half up to the given scale. */
  static IndicatorResult average(
      String measure,
      DateRange period,
      CountingUnit unit,
      List<Counted> included,
      List<Excluded> excluded,
      int scale) {
    BigDecimal num = sum(included);
    BigDecimal den = BigDecimal.valueOf(included.size());
    return new IndicatorResult(
        measure, period, unit, num, den, ratio(num, den, scale), included, excluded, Map.of());
  }

  /** A caseload on one day: the cases per full-time equivalent, to one decimal place. */
  static IndicatorResult caseload(
      String measure,
      LocalDate day,
      BigDecimal cases,
      BigDecimal fte,
      List<Counted> included,
      List<Excluded> excluded) {
    return new IndicatorResult(
        measure,
        DateRange.ofDay(day),
        CountingUnit.CHILDREN,
        cases,
        fte,
        ratio(cases, fte, 1),
        included,
        excluded,
        Map.of());
  }

  private static IndicatorValue ratio(BigDecimal num, BigDecimal den, int scale) {
    return den.signum() == 0
        ? IndicatorValue.of(IndicatorValue.Marker.NOT_APPLICABLE)
        : IndicatorValue.of(num.divide(den, scale, RoundingMode.HALF_UP));
  }

  private static BigDecimal sum(List<Counted> included) {
    // the ones of a proportion counted, not added: the same value and scale as adding them
    long ones = 0;
    BigDecimal s = BigDecimal.ZERO;
    for (Counted c : included) {
      BigDecimal x = c.contribution();
      if (x == BigDecimal.ONE) {
        ones++;
      } else if (x != BigDecimal.ZERO) {
        s = s.add(x);
      }
    }
    return ones == 0 ? s : s.add(BigDecimal.valueOf(ones));
  }

  /**
   * Gets the number of entries in the numerator (those whose contribution is not zero).
   *
   * @return the count, 0 or more
   */
  public long countInNumerator() {
    return included.stream().filter(Counted::inNumerator).count();
  }

  /**
   * Gets the value as a number, if it is one.
   *
   * @return the number, or empty when the denominator is zero; not null
   */
  public Optional<BigDecimal> number() {
    return value.number();
  }

  /**
   * Describes the result by its figures, without any id.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return measure
        + " "
        + period
        + " ("
        + countingUnit
        + "): "
        + value
        + " = "
        + numerator.toPlainString()
        + " / "
        + denominator.toPlainString()
        + ", "
        + included.size()
        + " counted, "
        + excluded.size()
        + " excluded"
        + (breakdown.isEmpty() ? "" : ", " + breakdown);
  }
}
