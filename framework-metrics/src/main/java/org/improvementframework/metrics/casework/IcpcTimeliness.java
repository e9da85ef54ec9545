package org.improvementframework.metrics.casework;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.StrategyDiscussion;

/**
 * Calculates the percentage of initial child protection conferences held within 15 working days
 * of the strategy discussion.
 *
 * <p>Definition. <em>Working Together to Safeguard Children 2023</em> (HM Government, statutory
 * guidance) requires the initial child protection conference to take place within 15 working days
 * of the strategy discussion, or of the last strategy discussion where more than one has been
 * held. Accordingly:
 * <ul>
 *   <li>It counts <b>events</b>: every initial conference held within the period is one, so a child
 *       with two conferences in the period counts twice. A second conference of the same child on
 *       the same day is excluded as a duplicate.</li>
 *   <li>A conference is paired with the child's last strategy discussion held on or before the
 *       conference day and after the child's previous conference; a conference with none is
 *       excluded, with that reason (so the strategy discussions of earlier enquiries, possibly
 *       before the period, must be added too).</li>
 *   <li>Working days follow a {@link WorkingDayConvention}; the default is the DfE's,
 *       {@link WorkingDayConvention#START_DAY_IS_DAY_ONE}: a conference on the 15th working day
 *       counting the discussion's day as day 1 is within, the 16th is not. With
 *       {@link WorkingDayConvention#START_DAY_EXCLUDED} the discussion's day is day 0. The
 *       measure's name says which was used. A conference whose dates fall outside the calendar's
 *       coverage is excluded.</li>
 *   <li>A conference dated before the strategy discussion it belongs to (a discussion after it
 *       and not after the child's next conference) is counted as a conference, not within the
 *       timescale, as the C4 measure does.</li>
 *   <li>{@link #timings()} gives each conference's working days for a drill-down.</li>
 * </ul>
 *
 * <p>Use. Add strategy discussions and conferences in any order, from any number of calculators
 * merged together ({@link #merge}); the result is the same however the records were split. An
 * instance is a mutable accumulator, not thread-safe: give each thread its own and merge them,
 * as a {@link java.util.stream.Collector}'s combiner does.
 */
public final class IcpcTimeliness {

  /** The timescale, in working days. */
  public static final int WORKING_DAYS = 15;

  private final StartToConference state;

  private IcpcTimeliness(
      DateRange period, WorkingDayCalendar calendar, WorkingDayConvention convention) {
    this.state = new StartToConference(period, calendar, convention, "strategy discussion");
  }

  /**
   * Obtains an empty calculator for conferences held within a period.
   *
   * @param period the days on which conferences count, such as a financial year; not null
   * @param calendar the working-day calendar; not null
   * @return the calculator; not null
   * @throws NullPointerException if an argument is null
   */
  public static IcpcTimeliness of(DateRange period, WorkingDayCalendar calendar) {
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
  public static IcpcTimeliness of(
      DateRange period, WorkingDayCalendar calendar, WorkingDayConvention convention) {
    return new IcpcTimeliness(period, calendar, convention);
  }

  /**
   * Adds a strategy discussion.
   *
   * @param discussion the discussion; not null
   * @return this calculator; not null
   * @throws NullPointerException if the discussion is null
   */
  public IcpcTimeliness add(StrategyDiscussion discussion) {
    Objects.requireNonNull(discussion, "discussion");
    state.addStart(discussion.childId(), discussion.date().toEpochDay());
    return this;
  }

  /**
   * Adds an initial child protection conference.
   *
   * @param conference the conference; not null
   * @return this calculator; not null
   * @throws NullPointerException if the conference is null
   */
  public IcpcTimeliness add(InitialConference conference) {
    Objects.requireNonNull(conference, "conference");
    state.addConference(conference.childId(), conference.date().toEpochDay());
    return this;
  }

  /**
   * Adds a strategy discussion given as its parts, without a record: the columnar path for large
   * files, such as {@code CaseRecordReader.forEachDated} gives. The same as {@link
   * #add(StrategyDiscussion)} of {@code new StrategyDiscussion(childId.toString(),
   * LocalDate.ofEpochDay(epochDay))}.
   *
   * @param childId the child's id; not null, not blank; read during this call only
   * @param epochDay the discussion's day, as {@link java.time.LocalDate#toEpochDay()}
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank
   */
  public IcpcTimeliness addDiscussion(CharSequence childId, long epochDay) {
    state.addStart(childId, epochDay);
    return this;
  }

  /**
   * Adds an initial child protection conference given as its parts, without a record: the
   * columnar path, the same as {@link #add(InitialConference)}.
   *
   * @param childId the child's id; not null, not blank; read during this call only
   * @param epochDay the conference's day, as {@link java.time.LocalDate#toEpochDay()}
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank
   */
  public IcpcTimeliness addConference(CharSequence childId, long epochDay) {
    state.addConference(childId, epochDay);
    return this;
  }

  /**
   * Adds a strategy discussion whose child's id is given as its UTF-8 bytes: the same as {@link
   * #addDiscussion(CharSequence, long)} of the decoded id, without a call per character for a
   * short ASCII id, such as {@code CaseRecordReader.forEachDatedBytes} gives.
   *
   * @param childId holds the child's id, not blank, as UTF-8 in {@code childId[from, to)}; not
   *     null; read during this call only
   * @param from where the id starts
   * @param to where the id ends, after its last byte
   * @param epochDay the discussion's day, as {@link java.time.LocalDate#toEpochDay()}
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   * @throws IndexOutOfBoundsException if {@code from} and {@code to} are not a range of it
   * @throws IllegalArgumentException if the id is blank
   */
  public IcpcTimeliness addDiscussion(byte[] childId, int from, int to, long epochDay) {
    state.add(childId, from, to, epochDay, false);
    return this;
  }

  /**
   * Adds an initial child protection conference whose child's id is given as its UTF-8 bytes:
   * the same as {@link #addConference(CharSequence, long)} of the decoded id.
   *
   * @param childId holds the child's id, not blank, as UTF-8 in {@code childId[from, to)}; not
   *     null; read during this call only
   * @param from where the id starts
   * @param to where the id ends, after its last byte
   * @param epochDay the conference's day, as {@link java.time.LocalDate#toEpochDay()}
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   * @throws IndexOutOfBoundsException if {@code from} and {@code to} are not a range of it
   * @throws IllegalArgumentException if the id is blank
   */
  public IcpcTimeliness addConference(byte[] childId, int from, int to, long epochDay) {
    state.add(childId, from, to, epochDay, true);
    return this;
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same period and calendar; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the periods or calendars differ
   */
  public IcpcTimeliness merge(IcpcTimeliness other) {
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
    return state.timings(WORKING_DAYS);
  }

  /**
   * Calculates the measure from the records added so far.
   *
   * @return the result, counting events; not null
   */
  public IndicatorResult result() {
    StartToConference.Collect c = new StartToConference.Collect(WORKING_DAYS).withoutTimings();
    state.visit(c);
    return IndicatorResult.percentage(
        "ICPC within 15 working days of the strategy discussion ("
            + state.convention().description()
            + ")",
        state.period(),
        CountingUnit.EVENTS,
        c.included(),
        c.excluded,
        Map.of());
  }
}
