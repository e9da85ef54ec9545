package org.improvementframework.metrics.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Section47Enquiry;

/**
 * Calculates the working days from the start of the section 47 enquiry to the initial child
 * protection conference, in the CIN census C4 bands, and the percentage within 15 working days.
 *
 * <p>Definition. The Department for Education's <em>Children in need census guide</em> (the
 * census specification and its guide, each year) derives, for every initial child protection
 * conference, the working days between the "S47 actual start date" and the "date of initial child
 * protection conference", and publishes them in the bands 0 to 10, 11 to 15, 16 to 20 and 21 or
 * more working days; the national statistic is the percentage within 15 working days. Here:
 * <ul>
 *   <li>It counts <b>events</b>: every initial conference held within the period.</li>
 *   <li>A conference is paired with the child's last section 47 enquiry that started on or before
 *       the conference day and after the child's previous conference; a second one of the same
 *       child on the same day is excluded as a duplicate, and one with no start at all is
 *       excluded with that reason.</li>
 *   <li>A conference dated <em>before</em> the start of its section 47 enquiry (a start after it
 *       and not after the child's next conference) stays in the count. The DfE's table C4 notes:
 *       "This measure excludes cases where the recorded initial child protection conference date
 *       is before section 47 date, however these will be included in overall number of ICPCs."
 *       So it is in the denominator, not within 15 days (it has no duration), left out of every
 *       duration band and counted under the breakdown key {@code before start}.</li>
 *   <li>Working days follow a {@link WorkingDayConvention}; the default is the DfE's,
 *       {@link WorkingDayConvention#START_DAY_IS_DAY_ONE}, and the measure's name says which
 *       was used. The bands are of that count.</li>
 *   <li>{@link IndicatorResult#breakdown()} gives the counts by band, keyed {@code 0-10},
 *       {@code 11-15}, {@code 16-20}, {@code 21+} and {@code before start}; their sum is the
 *       denominator.</li>
 *   <li>{@link #timings()} gives each conference's working days for a drill-down.</li>
 * </ul>
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class Section47ToConference {

  private static final String[] BANDS = {"0-10", "11-15", "16-20", "21+"};

  /** The breakdown key of conferences dated before their section 47 start. */
  public static final String BEFORE_START = "before start";

  private final StartToConference state;

  private Section47ToConference(
      DateRange period, WorkingDayCalendar calendar, WorkingDayConvention convention) {
    this.state = new StartToConference(period, calendar, convention, "section 47 enquiry start");
  }

  /**
   * Obtains an empty calculator for conferences held within a period.
   *
   * @param period the days on which conferences count; not null
   * @param calendar the working-day calendar; not null
   * @return the calculator; not null
   * @throws NullPointerException if an argument is null
   */
  public static Section47ToConference of(DateRange period, WorkingDayCalendar calendar) {
    return of(period, calendar, WorkingDayConvention.dfe());
  }

  /**
   * Obtains an empty calculator that counts working days under a given convention.
   *
   * @param period the days on which conferences count; not null
   * @param calendar the working-day calendar; not null
   * @param convention how the start day is counted; not null
   * @return the calculator; not null
   * @throws NullPointerException if an argument is null
   */
  public static Section47ToConference of(
      DateRange period, WorkingDayCalendar calendar, WorkingDayConvention convention) {
    return new Section47ToConference(period, calendar, convention);
  }

  /**
   * Adds a section 47 enquiry.
   *
   * @param enquiry the enquiry; not null
   * @return this calculator; not null
   * @throws NullPointerException if the enquiry is null
   */
  public Section47ToConference add(Section47Enquiry enquiry) {
    Objects.requireNonNull(enquiry, "enquiry");
    state.addStart(enquiry.childId(), enquiry.startDate().toEpochDay());
    return this;
  }

  /**
   * Adds an initial child protection conference.
   *
   * @param conference the conference; not null
   * @return this calculator; not null
   * @throws NullPointerException if the conference is null
   */
  public Section47ToConference add(InitialConference conference) {
    Objects.requireNonNull(conference, "conference");
    state.addConference(conference.childId(), conference.date().toEpochDay());
    return this;
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same period and calendar; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the periods or calendars differ
   */
  public Section47ToConference merge(Section47ToConference other) {
    state.merge(other.state);
    return this;
  }

  /**
   * Gets the timing of every conference in the period, for a drill-down: the start it was
   * paired with and the working days, or why it has none. Personal data: never log it.
   *
   * @return the timings, sorted by child id and conference day; not null
   */
  public List<ConferenceTiming> timings() {
    return state.timings(15);
  }

  /**
   * Calculates the bands and the percentage within 15 working days.
   *
   * @return the result, counting events, with the C4 bands as breakdown; not null
   */
  public IndicatorResult result() {
    StartToConference.Collect c = new StartToConference.Collect(15, 10, 15, 20).withoutTimings();
    state.visit(c);
    Map<String, Long> bands = new LinkedHashMap<>();
    for (int i = 0; i < BANDS.length; i++) {
      bands.put(BANDS[i], c.bands[i]);
    }
    bands.put(BEFORE_START, c.beforeStart);
    return IndicatorResult.percentage(
        "ICPC within 15 working days of the section 47 start ("
            + state.convention().description()
            + ")",
        state.period(),
        CountingUnit.EVENTS,
        c.included(),
        c.excluded,
        bands);
  }
}
