package org.improvementframework.metrics.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.improvementframework.model.Indicator.Polarity;
import org.improvementframework.model.ReportingPeriod;

/**
 * An indicator for one period in context: the council's published value (and its own value,
 * where it has one) beside England, its region and a list of comparator authorities, usually
 * its statistical neighbours, with its rank and quartile among them and the gap to the
 * comparators' mean.
 *
 * <pre>{@code
 * Comparison c = Comparison.builder("Annual health assessments", Polarity.HIGHER_IS_BETTER,
 *         ReportingPeriod.financialYear(2023))
 *     .council(AreaValue.of("E08000009", "Trafford", IndicatorValue.of(83)))
 *     .england(AreaValue.of("E92000001", "England", IndicatorValue.of(89)))
 *     .comparators(neighbours)
 *     .build();
 * c.councilRank();      // 10 of c.rankedCount() = 11
 * c.comparatorMean();   // 91.3
 * }</pre>
 *
 * <p>Ranking: the council and the comparators whose value is a number are ranked together, 1 for
 * the best by the indicator's polarity (the highest value for a neutral indicator); equal values
 * share the better rank and the next rank skips ({@code 1, 2, 2, 4}). Quartiles band the ranks:
 * quartile {@code floor(4 (rank - 1) / n) + 1} of {@code n} ranked areas, so that quartile 1 holds
 * the best quarter and ties share a quartile. A suppressed, not applicable, not available or
 * missing value is kept with its kind, never ranked, never averaged and never read as zero.
 *
 * <p>The comparator mean is the arithmetic mean of the comparators' numbers, without the council
 * (the convention of statistical neighbour averages), to two more decimal places than the most
 * precise value, halves to even, trailing zeros dropped down to the values' own precision. The
 * gap is the council's published value less that mean.
 *
 * <p>The result does not depend on the order of the comparators. This class is immutable and
 * thread-safe.
 */
public final class Comparison {

  private final String indicator;
  private final Polarity polarity;
  private final ReportingPeriod period;
  private final Ranked council;
  private final Optional<OwnValue> own;
  private final Optional<AreaValue> england;
  private final Optional<AreaValue> region;
  private final List<Ranked> comparators;
  private final int rankedCount;
  private final Optional<BigDecimal> comparatorMean;

  private Comparison(Builder b) {
    this.indicator = b.indicator;
    this.polarity = b.polarity;
    this.period = b.period;
    this.own = b.own;
    this.england = b.england;
    this.region = b.region;
    List<AreaValue> group = new ArrayList<>();
    group.add(b.council);
    group.addAll(b.comparators);
    List<BigDecimal> numbers =
        group.stream()
            .filter(AreaValue::isNumber)
            .map(a -> a.value().orElseThrow().number().orElseThrow())
            .toList();
    this.rankedCount = numbers.size();
    this.council = rank(b.council, numbers);
    List<Ranked> ranked = new ArrayList<>();
    for (AreaValue a : b.comparators) {
      ranked.add(rank(a, numbers));
    }
    this.comparators = List.copyOf(ranked);
    this.comparatorMean = mean(b.comparators);
  }

  /**
   * Obtains a builder for an indicator and period.
   *
   * @param indicator the indicator's name; not null, not blank
   * @param polarity which direction is better; not null
   * @param period the period compared; not null
   * @return a new builder; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder builder(String indicator, Polarity polarity, ReportingPeriod period) {
    return new Builder(indicator, polarity, period);
  }

  private Ranked rank(AreaValue area, List<BigDecimal> numbers) {
    if (!area.isNumber()) {
      return new Ranked(area, OptionalInt.empty(), OptionalInt.empty());
    }
    BigDecimal v = area.value().orElseThrow().number().orElseThrow();
    int better = 0;
    for (BigDecimal n : numbers) {
      int c = n.compareTo(v);
      if (polarity == Polarity.LOWER_IS_BETTER ? c < 0 : c > 0) {
        better++;
      }
    }
    int rank = better + 1;
    return new Ranked(
        area, OptionalInt.of(rank), OptionalInt.of(4 * (rank - 1) / numbers.size() + 1));
  }

  private static Optional<BigDecimal> mean(List<AreaValue> comparators) {
    BigDecimal sum = BigDecimal.ZERO;
    int count = 0;
    int scale = 0;
    for (AreaValue a : comparators) {
      if (a.isNumber()) {
        BigDecimal n = a.value().orElseThrow().number().orElseThrow();
        sum = sum.add(n);
        scale = Math.max(scale, n.scale());
        count++;
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    BigDecimal m =
        sum.divide(BigDecimal.valueOf(count), scale + 2, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    return Optional.of(m.scale() < scale ? m.setScale(scale) : m);
  }

  /**
   * Gets the indicator's name.
   *
   * @return the name; not null
   */
  public String indicator() {
    return indicator;
  }

  /**
   * Gets which direction is better.
   *
   * @return the polarity; not null
   */
  public Polarity polarity() {
    return polarity;
  }

  /**
   * Gets the period compared.
   *
   * @return the period; not null
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Gets the council's published value with its rank and quartile.
   *
   * @return the council; not null
   */
  public Ranked council() {
    return council;
  }

  /**
   * Gets the council's own value, observed in the plan or computed, where given.
   *
   * @return the own value, or empty; not null
   */
  public Optional<OwnValue> own() {
    return own;
  }

  /**
   * Gets England's value, where given.
   *
   * @return England, or empty; not null
   */
  public Optional<AreaValue> england() {
    return england;
  }

  /**
   * Gets the region's value, where given.
   *
   * @return the region, or empty; not null
   */
  public Optional<AreaValue> region() {
    return region;
  }

  /**
   * Gets the comparators, in the order given, with their ranks and quartiles.
   *
   * @return the comparators; not null, unmodifiable
   */
  public List<Ranked> comparators() {
    return comparators;
  }

  /**
   * Gets the number of areas ranked: the council and the comparators whose value is a number.
   *
   * @return the count, 0 or more
   */
  public int rankedCount() {
    return rankedCount;
  }

  /**
   * Gets the council's rank among the ranked areas.
   *
   * @return the rank, 1 for the best; empty if its published value is not a number
   */
  public OptionalInt councilRank() {
    return council.rank();
  }

  /**
   * Gets the council's quartile among the ranked areas.
   *
   * @return 1 (best) to 4; empty if its published value is not a number
   */
  public OptionalInt councilQuartile() {
    return council.quartile();
  }

  /**
   * Gets the mean of the comparators' numbers, without the council.
   *
   * @return the mean; empty if no comparator has a number
   */
  public Optional<BigDecimal> comparatorMean() {
    return comparatorMean;
  }

  /**
   * Gets the council's published value less the comparator mean; positive means above the mean
   * (better for a higher-is-better indicator).
   *
   * @return the gap; empty if either is not a number
   */
  public Optional<BigDecimal> gapToMean() {
    return council.area().isNumber()
        ? comparatorMean.map(m -> number(council.area()).subtract(m))
        : Optional.empty();
  }

  /**
   * Gets the council's published value less England's.
   *
   * @return the gap; empty if either is not a number or England is not given
   */
  public Optional<BigDecimal> gapToEngland() {
    return council.area().isNumber() && england.filter(AreaValue::isNumber).isPresent()
        ? Optional.of(number(council.area()).subtract(number(england.orElseThrow())))
        : Optional.empty();
  }

  private static BigDecimal number(AreaValue a) {
    return a.value().orElseThrow().number().orElseThrow();
  }

  /** Builds a {@link Comparison}; not thread-safe. */
  public static final class Builder {
    private final String indicator;
    private final Polarity polarity;
    private final ReportingPeriod period;
    private AreaValue council;
    private Optional<OwnValue> own = Optional.empty();
    private Optional<AreaValue> england = Optional.empty();
    private Optional<AreaValue> region = Optional.empty();
    private List<AreaValue> comparators = List.of();

    private Builder(String indicator, Polarity polarity, ReportingPeriod period) {
      this.indicator = Objects.requireNonNull(indicator, "indicator");
      if (indicator.isBlank()) {
        throw new IllegalArgumentException("indicator name must not be blank");
      }
      this.polarity = Objects.requireNonNull(polarity, "polarity");
      this.period = Objects.requireNonNull(period, "period");
    }

    /**
     * Sets the council and its published value (missing if the publication has none).
     *
     * @param area the council; not null
     * @return this builder; not null
     */
    public Builder council(AreaValue area) {
      this.council = Objects.requireNonNull(area, "area");
      return this;
    }

    /**
     * Sets the council's own value.
     *
     * @param value the value and its source; not null
     * @return this builder; not null
     */
    public Builder own(OwnValue value) {
      this.own = Optional.of(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets England's value.
     *
     * @param area England; not null
     * @return this builder; not null
     */
    public Builder england(AreaValue area) {
      this.england = Optional.of(Objects.requireNonNull(area, "area"));
      return this;
    }

    /**
     * Sets the region's value.
     *
     * @param area the region; not null
     * @return this builder; not null
     */
    public Builder region(AreaValue area) {
      this.region = Optional.of(Objects.requireNonNull(area, "area"));
      return this;
    }

    /**
     * Sets the comparator authorities, such as the council's statistical neighbours.
     *
     * @param areas the comparators, each code once, not the council; not null, no null element
     * @return this builder; not null
     */
    public Builder comparators(List<AreaValue> areas) {
      this.comparators = List.copyOf(Objects.requireNonNull(areas, "areas"));
      return this;
    }

    /**
     * Works out the comparison.
     *
     * @return the comparison; not null
     * @throws IllegalStateException if no council was set
     * @throws IllegalArgumentException if a comparator code repeats or is the council's
     */
    public Comparison build() {
      if (council == null) {
        throw new IllegalStateException("a comparison needs the council: call council(...)");
      }
      Set<String> codes = new HashSet<>();
      codes.add(council.code());
      for (AreaValue a : comparators) {
        if (!codes.add(a.code())) {
          throw new IllegalArgumentException(
              "comparator "
                  + a.code()
                  + (a.code().equals(council.code())
                      ? " is the council itself"
                      : " is listed twice"));
        }
      }
      return new Comparison(this);
    }
  }
}
