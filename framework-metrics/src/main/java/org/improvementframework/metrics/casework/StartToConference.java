package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;

/**
 * Pairs each initial child protection conference with the last start event (strategy discussion
 * or section 47 start) before it, and counts working days between them; shared by the ICPC
 * timeliness and the C4 banding calculators.
 */
final class StartToConference {

  static final String NO_START =
      "no %s on or before the conference since the child's previous" + " conference";
  static final String DUPLICATE = "another conference of the same child on the same day";
  static final String OUTSIDE_CALENDAR = "dates outside the working-day calendar's coverage";

  /** No start: below every epoch day a date of this library can have. */
  private static final int NONE = Integer.MIN_VALUE;

  /** The outcome for one conference. */
  interface Visitor {
    /** A conference paired with a start on or before it, with the working days between. */
    void counted(String childId, LocalDate conference, LocalDate start, int workingDays);

    /** A conference dated before the start it belongs to: an ICPC without a duration. */
    void beforeStart(String childId, LocalDate conference, LocalDate start);

    void excluded(String childId, LocalDate conference, String reason);
  }

  private final DateRange period;
  private final WorkingDayCalendar calendar;
  private final WorkingDayConvention convention;
  private final String startName;
  private final ChildIds ids = new ChildIds();
  private final Events starts = new Events();
  private final Events conferences = new Events();

  StartToConference(
      DateRange period,
      WorkingDayCalendar calendar,
      WorkingDayConvention convention,
      String startName) {
    this.period = Objects.requireNonNull(period, "period");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.convention = Objects.requireNonNull(convention, "convention");
    this.startName = startName;
  }

  DateRange period() {
    return period;
  }

  WorkingDayConvention convention() {
    return convention;
  }

  void addStart(CharSequence childId, long epochDay) {
    starts.add(ids.number(childId), epochDay);
  }

  void addConference(CharSequence childId, long epochDay) {
    conferences.add(ids.number(childId), epochDay);
  }

  void merge(StartToConference other) {
    if (!period.equals(other.period)
        || !calendar.equals(other.calendar)
        || convention != other.convention) {
      throw new IllegalArgumentException(
          "cannot merge calculators of different periods,"
              + " calendars or conventions: "
              + period
              + " and "
              + other.period);
    }
    // sizes fixed first: other may be this calculator
    int s = other.starts.size();
    int c = other.conferences.size();
    for (int i = 0; i < s; i++) {
      addStart(other.ids.id(other.starts.child(i)), other.starts.day(i));
    }
    for (int i = 0; i < c; i++) {
      addConference(other.ids.id(other.conferences.child(i)), other.conferences.day(i));
    }
  }

  /**
   * Gets every conference's timing for a drill-down, judged against a timescale.
   *
   * @param days the timescale, in working days
   * @return the timings, sorted by child id and conference day; not null
   */
  List<ConferenceTiming> timings(int days) {
    Collect c = new Collect(days);
    visit(c);
    return c.sortedTimings();
  }

  /**
   * Visits every conference in the period, children in id order and each child's conferences in
   * day order, so that the result's entries come out sorted and its sort is cheap.
   */
  void visit(Visitor visitor) {
    long from = period.start().toEpochDay();
    long to = period.end().toEpochDay();
    String noStart = String.format(NO_START, startName);
    int[] rank = ids.ranks();
    String[] byRank = ids.inRankOrder(rank);
    long[] sd = starts.sortedByRank(rank);
    long[] cp = conferences.sortedByRank(rank);
    int s = 0;
    for (int i = 0; i < cp.length; ) {
      int child = Events.child(cp[i]);
      int end = i;
      while (end < cp.length && Events.child(cp[end]) == child) {
        end++;
      }
      while (s < sd.length && Events.child(sd[s]) < child) {
        s++;
      }
      int startsEnd = s;
      while (startsEnd < sd.length && Events.child(sd[startsEnd]) == child) {
        startsEnd++;
      }
      visitChild(visitor, byRank[child], cp, i, end, sd, s, startsEnd, from, to, noStart);
      s = startsEnd;
      i = end;
    }
  }

  /** One child's conferences {@code cp[i..end)} against their starts {@code sd[s..startsEnd)}. */
  private void visitChild(
      Visitor visitor,
      String id,
      long[] cp,
      int i,
      int end,
      long[] sd,
      int s,
      int startsEnd,
      long from,
      long to,
      String noStart) {
    long previous = Long.MIN_VALUE;
    for (int j = i; j < end; j++) {
      int c = Events.day(cp[j]);
      // the last start on or before this conference, and after the previous conference
      int last = NONE;
      while (s < startsEnd && Events.day(sd[s]) <= c) {
        last = Events.day(sd[s++]);
      }
      if (c >= from && c <= to) {
        // the first start after this conference and not after the next one
        int after =
            s < startsEnd && (j + 1 >= end || Events.day(sd[s]) <= Events.day(cp[j + 1]))
                ? Events.day(sd[s])
                : NONE;
        visitOne(visitor, id, c, previous, last, after, noStart);
      }
      previous = c;
    }
  }

  private void visitOne(
      Visitor visitor, String id, int c, long previous, int last, int after, String noStart) {
    LocalDate day = LocalDate.ofEpochDay(c);
    if (c == previous) {
      visitor.excluded(id, day, DUPLICATE);
    } else if ((last == NONE || last <= previous) && after != NONE) {
      visitor.beforeStart(id, day, LocalDate.ofEpochDay(after));
    } else if (last == NONE || last <= previous) {
      visitor.excluded(id, day, noStart);
    } else if (!calendar.covers(last) || !calendar.covers(c)) {
      visitor.excluded(id, day, OUTSIDE_CALENDAR);
    } else {
      visitor.counted(
          id, day, LocalDate.ofEpochDay(last), (int) convention.countUnchecked(calendar, last, c));
    }
  }

  /**
   * Collects counted and excluded entries with a contribution of 1 when within the limit, the
   * counts by band, and the timing of each conference for a drill-down.
   */
  static final class Collect implements Visitor {
    static final String WITHIN = "within the timescale";
    static final String NOT_WITHIN = "not within the timescale";
    static final String BEFORE_START = "dated before its start: an ICPC without a duration";

    final List<Counted> included = new ArrayList<>();
    final List<Excluded> excluded = new ArrayList<>();
    final List<ConferenceTiming> timings = new ArrayList<>();
    final int limit;
    final long[] bands;
    final int[] bandUpper;
    long beforeStart;
    private boolean timed = true;

    Collect(int limit, int... bandUpper) {
      this.limit = limit;
      this.bandUpper = bandUpper;
      this.bands = new long[bandUpper.length + 1];
    }

    @Override
    public void counted(String childId, LocalDate conference, LocalDate start, int workingDays) {
      boolean within = workingDays <= limit;
      included.add(new Counted(childId, conference, within ? BigDecimal.ONE : BigDecimal.ZERO));
      if (timed) {
        timings.add(
            new ConferenceTiming(
                childId,
                conference,
                Optional.of(start),
                OptionalInt.of(workingDays),
                within ? WITHIN : NOT_WITHIN));
      }
      int b = 0;
      while (b < bandUpper.length && workingDays > bandUpper[b]) {
        b++;
      }
      bands[b]++;
    }

    @Override
    public void beforeStart(String childId, LocalDate conference, LocalDate start) {
      // counted as an ICPC (in the denominator, not within), left out of every duration band
      included.add(new Counted(childId, conference, BigDecimal.ZERO));
      if (timed) {
        timings.add(
            new ConferenceTiming(
                childId, conference, Optional.of(start), OptionalInt.empty(), BEFORE_START));
      }
      beforeStart++;
    }

    @Override
    public void excluded(String childId, LocalDate conference, String reason) {
      excluded.add(new Excluded(childId, conference, reason));
      if (timed) {
        timings.add(
            new ConferenceTiming(
                childId, conference, Optional.empty(), OptionalInt.empty(), "excluded: " + reason));
      }
    }

    /** Leaves out the timings, which only a drill-down asks for. */
    Collect withoutTimings() {
      timed = false;
      return this;
    }

    List<ConferenceTiming> sortedTimings() {
      return timings.stream()
          .sorted(
              Comparator.comparing(ConferenceTiming::childId)
                  .thenComparing(ConferenceTiming::conference))
          .toList();
    }
  }
}
