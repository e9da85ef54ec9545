package org.improvementframework.metrics.casework;

import java.util.LinkedHashMap;
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
 *       the conference day and after the child's previous conference; a conference with none, or
 *       a second one of the same child on the same day, is excluded with the reason.</li>
 *   <li>Working days are counted by {@link WorkingDayCalendar#workingDaysBetween}: the days after
 *       the start up to and including the conference day, weekends and bank holidays left out.</li>
 *   <li>{@link IndicatorResult#breakdown()} gives the counts by band, keyed {@code 0-10},
 *       {@code 11-15}, {@code 16-20} and {@code 21+}.</li>
 * </ul>
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class Section47ToConference {

  private static final String[] BANDS = {"0-10", "11-15", "16-20", "21+"};

  private final StartToConference state;

  private Section47ToConference(DateRange period, WorkingDayCalendar calendar) {
    this.state = new StartToConference(period, calendar, "section 47 enquiry start");
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
    return new Section47ToConference(period, calendar);
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
    state.addStart(enquiry.childId(), enquiry.startDate());
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
    state.addConference(conference.childId(), conference.date());
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
   * Calculates the bands and the percentage within 15 working days.
   *
   * @return the result, counting events, with the C4 bands as breakdown; not null
   */
  public IndicatorResult result() {
    StartToConference.Collect c = new StartToConference.Collect(15, 10, 15, 20);
    state.visit(c);
    Map<String, Long> bands = new LinkedHashMap<>();
    for (int i = 0; i < BANDS.length; i++) {
      bands.put(BANDS[i], c.bands[i]);
    }
    return IndicatorResult.percentage("ICPC within 15 working days of the section 47 start",
        state.period(), CountingUnit.EVENTS, c.included, c.excluded, bands);
  }
}
