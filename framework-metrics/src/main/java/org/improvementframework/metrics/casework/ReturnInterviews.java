package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.MissingEpisode;

/**
 * Calculates, for children who went missing from care and returned within a period, the
 * percentage offered a return interview and the percentage whose interview was held within 72
 * hours of their return.
 *
 * <p>Definition. The Department for Education's <em>Statutory guidance on children who run away
 * or go missing from home or care</em> (2014) says that a return interview should be offered when a
 * child is found, and should normally be held within 72 hours of the child's return. Here:
 * <ul>
 *   <li>It counts <b>events</b>: every missing episode whose return falls within the period, so a
 *       child who goes missing three times counts three times. Episodes not yet returned are
 *       excluded with that reason when they started within the period.</li>
 *   <li>An interview that was held counts as offered, whatever the offered flag says.</li>
 *   <li>The records hold dates, not times (as SSDA903 does), so "within 72 hours" is read as held
 *       on the day of return or one of the three days after it. With times this could count an
 *       interview held up to 95 hours after the return; the reading is stated so that a council
 *       holding times can apply a stricter one.</li>
 *   <li>The denominator of both measures is every return in the period, offered or not.</li>
 * </ul>
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class ReturnInterviews {

  /** The days after the day of return on which an interview still counts as within 72 hours. */
  public static final int DAYS_AFTER_RETURN = 3;

  static final String NOT_RETURNED = "not returned";

  private final DateRange period;
  private final List<MissingEpisode> episodes = new ArrayList<>();

  private ReturnInterviews(DateRange period) {
    this.period = Objects.requireNonNull(period, "period");
  }

  /**
   * Obtains an empty calculator for returns within a period.
   *
   * @param period the days on which returns count; not null
   * @return the calculator; not null
   * @throws NullPointerException if the period is null
   */
  public static ReturnInterviews of(DateRange period) {
    return new ReturnInterviews(period);
  }

  /**
   * Adds a missing episode.
   *
   * @param episode the episode; not null
   * @return this calculator; not null
   * @throws NullPointerException if the episode is null
   */
  public ReturnInterviews add(MissingEpisode episode) {
    episodes.add(Objects.requireNonNull(episode, "episode"));
    return this;
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same period; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the periods differ
   */
  public ReturnInterviews merge(ReturnInterviews other) {
    Merging.samePeriod(period, other.period);
    episodes.addAll(other.episodes);
    return this;
  }

  /**
   * Calculates the percentage of returns for which a return interview was offered.
   *
   * @return the result, counting events, dated by the day of return; not null
   */
  public IndicatorResult offered() {
    return calculate(true);
  }

  /**
   * Calculates the percentage of returns whose return interview was held within 72 hours.
   *
   * @return the result, counting events, dated by the day of return; not null
   */
  public IndicatorResult heldWithin72Hours() {
    return calculate(false);
  }

  private IndicatorResult calculate(boolean offered) {
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (MissingEpisode e : episodes) {
      if (e.returned().isEmpty()) {
        if (period.contains(e.start())) {
          excluded.add(new Excluded(e.childId(), e.start(), NOT_RETURNED));
        }
        continue;
      }
      LocalDate back = e.returned().get();
      if (!period.contains(back)) {
        continue;
      }
      boolean yes =
          offered
              ? e.interviewOffered() || e.interviewHeld().isPresent()
              : e.interviewHeld()
                  .filter(h -> !h.isAfter(back.plusDays(DAYS_AFTER_RETURN)))
                  .isPresent();
      included.add(new Counted(e.childId(), back, yes ? BigDecimal.ONE : BigDecimal.ZERO));
    }
    return IndicatorResult.percentage(
        offered ? "Return interviews offered" : "Return interviews held within 72 hours",
        period,
        CountingUnit.EVENTS,
        included,
        excluded,
        Map.of());
  }
}
