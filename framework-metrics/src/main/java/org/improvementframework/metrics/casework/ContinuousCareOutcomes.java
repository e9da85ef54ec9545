package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.LookedAfterOutcomes;

/**
 * Calculates the health and offending outcomes of children looked after continuously for 12
 * months at 31 March, as percentages of the children eligible for each, from the SSDA903 OC2
 * table.
 *
 * <p>Definition. The Department for Education's <em>Children looked after in England including
 * adoptions</em> publishes, for "children looked after on 31 March for at least 12 months, by OC2
 * indicators", "whether the child was convicted or subject to youth cautions, or youth
 * conditional cautions during the year, was identified as having a substance misuse problem
 * [...], had their annual health assessment, had their immunisations up to date, had their teeth
 * checked by a dentist, had their development assessments [...] up to date, if they were under 5
 * years old. And also information on Strengths and Difficulties Questionnaire (SDQ) scores"
 * (data set "CLA for 12 months, conviction and health outcomes - LA"). Its footnotes: "Figures
 * include children who have been continuously looked after for at least 12 months as at 31 March
 * [...]. Age is as at 31 March." and "Offending totals include a small number of children for
 * whom offending data is not known". Here:
 *
 * <ul>
 *   <li>It counts <b>children</b>, on 31 March (the end of the year given). The cohort is the
 *       OC2 table itself: the return holds OC2 rows for the children looked after continuously
 *       for 12 months, which the DfE's validation checks; this calculator does not re-derive it
 *       from the episodes.
 *   <li>The eligible children of each {@link Outcome}: development assessments, ages 0 to 4 (the
 *       data set's group "Children looked after ages 0 to 4 years"); SDQ score, ages 5 to 16;
 *       convictions, ages 10 to 17; the others every age. Children of other ages are excluded
 *       with a reason naming the ages. The SDQ and conviction ages are those of the DfE's
 *       published tables (SDQ "aged 5 to 16", convictions compared with "all children aged
 *       10-17"); only the development-assessment group was read on the data set's own page.
 *   <li>A blank outcome keeps the child in the denominator and out of the numerator, as the
 *       footnote says of offending: "not known" is never "no", and never leaves the total.
 *   <li>Two OC2 rows of one child count once: the first by date of birth then outcomes is kept,
 *       the other excluded with that reason (the return's validation allows one row a child).
 *   <li><b>Unaccompanied asylum-seeking children</b> are not excluded: the DfE counts them in
 *       these figures and notes that "for some local authorities, the figures may be impacted by
 *       significant numbers of unaccompanied asylum seeking children". To read that note, each
 *       result's {@link IndicatorResult#breakdown()} splits numerator and denominator by whether
 *       the child is in the return's UASC table ({@link #addUnaccompanied(String)}).
 * </ul>
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class ContinuousCareOutcomes {

  static final String ANOTHER_ROW = "another OC2 row of the same child";
  static final String BORN_LATER = "born after 31 March";

  /** The key of the breakdown: children in the UASC table counted in the numerator. */
  public static final String UASC_NUMERATOR = "UASC in numerator";

  /** The key of the breakdown: children in the UASC table counted in the denominator. */
  public static final String UASC_DENOMINATOR = "UASC in denominator";

  /** The key of the breakdown: other children counted in the numerator. */
  public static final String OTHER_NUMERATOR = "not UASC in numerator";

  /** The key of the breakdown: other children counted in the denominator. */
  public static final String OTHER_DENOMINATOR = "not UASC in denominator";

  private static final Comparator<LookedAfterOutcomes> KEPT_FIRST =
      Comparator.comparing(LookedAfterOutcomes::dateOfBirth)
          .thenComparing(LookedAfterOutcomes::toString);

  /** The outcomes the DfE publishes from OC2, with the ages at 31 March that are eligible. */
  public enum Outcome {
    /** Annual health assessment up to date ({@code HEALTH_ASSESSMENT} 1), every age. */
    HEALTH_ASSESSMENT(
        "Health assessments up to date", "HEALTH_ASSESSMENT", 0, 17, o -> o.healthAssessment()),
    /** Immunisations up to date ({@code IMMUNISATIONS} 1), every age. */
    IMMUNISATIONS("Immunisations up to date", "IMMUNISATIONS", 0, 17, o -> o.immunisations()),
    /** Teeth checked by a dentist ({@code TEETH_CHECK} 1), every age. */
    TEETH_CHECKED("Teeth checked by a dentist", "TEETH_CHECK", 0, 17, o -> o.teethChecked()),
    /** Development assessments up to date ({@code HEALTH_CHECK} 1), ages 0 to 4. */
    DEVELOPMENT_ASSESSMENT(
        "Development assessments up to date (aged 0 to 4)",
        "HEALTH_CHECK",
        0,
        4,
        o -> o.developmentAssessment()),
    /** An SDQ score recorded ({@code SDQ_SCORE} given), ages 5 to 16. */
    SDQ_SCORE(
        "SDQ score received (aged 5 to 16)", "SDQ_SCORE", 5, 16, o -> o.sdqScore().map(s -> true)),
    /** Convicted or given a youth caution in the year ({@code CONVICTED} 1), ages 10 to 17. */
    CONVICTED(
        "Convicted or subject to a youth caution in the year (aged 10 to 17)",
        "CONVICTED",
        10,
        17,
        o -> o.convicted()),
    /** Identified as having a substance misuse problem ({@code SUBSTANCE_MISUSE} 1). */
    SUBSTANCE_MISUSE(
        "Identified as having a substance misuse problem",
        "SUBSTANCE_MISUSE",
        0,
        17,
        o -> o.substanceMisuse());

    private final String measure;
    private final String column;
    private final int minAge;
    private final int maxAge;
    private final Predicate<LookedAfterOutcomes> yes;

    Outcome(
        String measure,
        String column,
        int minAge,
        int maxAge,
        Function<LookedAfterOutcomes, Optional<Boolean>> value) {
      this.measure =
          "Children looked after for 12 months at 31 March: " + Objects.requireNonNull(measure);
      this.column = column;
      this.minAge = minAge;
      this.maxAge = maxAge;
      this.yes = o -> value.apply(o).orElse(false);
    }

    /**
     * Gets the measure's name as results give it.
     *
     * @return the name; not null
     */
    public String measure() {
      return measure;
    }

    /**
     * Gets the OC2 column the outcome is read from, such as {@code TEETH_CHECK}.
     *
     * @return the column's name; not null
     */
    public String column() {
      return column;
    }

    private String wrongAge() {
      return minAge == maxAge
          ? "not aged " + minAge + " at 31 March"
          : "not aged " + minAge + " to " + maxAge + " at 31 March";
    }
  }

  private final DateRange year;
  private final List<LookedAfterOutcomes> rows = new ArrayList<>();
  private final Set<String> unaccompanied = new HashSet<>();

  private ContinuousCareOutcomes(DateRange year) {
    this.year = Objects.requireNonNull(year, "year");
  }

  /**
   * Obtains an empty calculator for a collection year; ages are taken on its last day.
   *
   * @param year the collection year, 1 April to 31 March; not null
   * @return the calculator; not null
   * @throws NullPointerException if the year is null
   */
  public static ContinuousCareOutcomes of(DateRange year) {
    return new ContinuousCareOutcomes(year);
  }

  /**
   * Adds a child's OC2 outcomes.
   *
   * @param outcomes the outcomes; not null
   * @return this calculator; not null
   * @throws NullPointerException if the outcomes are null
   */
  public ContinuousCareOutcomes add(LookedAfterOutcomes outcomes) {
    rows.add(Objects.requireNonNull(outcomes, "outcomes"));
    return this;
  }

  /**
   * Marks a child as an unaccompanied asylum-seeking child (in the return's UASC table), for the
   * breakdown.
   *
   * @param childId the child's id; not null
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   */
  public ContinuousCareOutcomes addUnaccompanied(String childId) {
    unaccompanied.add(Objects.requireNonNull(childId, "childId"));
    return this;
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same year; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the years differ
   */
  public ContinuousCareOutcomes merge(ContinuousCareOutcomes other) {
    Merging.samePeriod(year, other.year);
    rows.addAll(other.rows);
    unaccompanied.addAll(other.unaccompanied);
    return this;
  }

  /**
   * Calculates every outcome, in the order of {@link Outcome}.
   *
   * @return the results by outcome; not null
   */
  public Map<Outcome, IndicatorResult> results() {
    Map<Outcome, IndicatorResult> out = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      out.put(o, result(o));
    }
    return out;
  }

  /**
   * Calculates one outcome from the records added so far.
   *
   * @param outcome the outcome; not null
   * @return the result, counting children on 31 March, with the UASC breakdown; not null
   * @throws NullPointerException if the outcome is null
   */
  public IndicatorResult result(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    LocalDate day = year.end();
    Map<String, List<LookedAfterOutcomes>> byChild = new HashMap<>();
    rows.forEach(r -> byChild.computeIfAbsent(r.childId(), k -> new ArrayList<>()).add(r));
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    long[] split = new long[4];
    byChild.forEach(
        (id, list) -> {
          list.sort(KEPT_FIRST);
          for (int i = 1; i < list.size(); i++) {
            excluded.add(new Excluded(id, day, ANOTHER_ROW));
          }
          LookedAfterOutcomes kept = list.get(0);
          if (kept.dateOfBirth().isAfter(day)) {
            excluded.add(new Excluded(id, day, BORN_LATER));
            return;
          }
          int age = Period.between(kept.dateOfBirth(), day).getYears();
          if (age < outcome.minAge || age > outcome.maxAge) {
            excluded.add(new Excluded(id, day, outcome.wrongAge()));
            return;
          }
          boolean yes = outcome.yes.test(kept);
          included.add(new Counted(id, day, yes ? BigDecimal.ONE : BigDecimal.ZERO));
          int base = unaccompanied.contains(id) ? 0 : 2;
          split[base + 1]++;
          if (yes) {
            split[base]++;
          }
        });
    Map<String, Long> breakdown = new LinkedHashMap<>();
    breakdown.put(UASC_NUMERATOR, split[0]);
    breakdown.put(UASC_DENOMINATOR, split[1]);
    breakdown.put(OTHER_NUMERATOR, split[2]);
    breakdown.put(OTHER_DENOMINATOR, split[3]);
    return IndicatorResult.percentage(
        outcome.measure, year, CountingUnit.CHILDREN, included, excluded, breakdown);
  }
}
