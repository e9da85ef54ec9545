package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Per child: start days and conference days, as epoch days in one small array each. */
  private static final class Child {
    int[] starts = NONE;
    int startCount;
    int[] conferences = NONE;
    int conferenceCount;

    void addStart(int day) {
      if (startCount == starts.length) {
        starts = Arrays.copyOf(starts, Math.max(2, startCount * 2));
      }
      starts[startCount++] = day;
    }

    void addConference(int day) {
      if (conferenceCount == conferences.length) {
        conferences = Arrays.copyOf(conferences, Math.max(2, conferenceCount * 2));
      }
      conferences[conferenceCount++] = day;
    }

    void addAll(Child other) {
      // counts fixed first: other may be this child
      int s = other.startCount;
      int[] from = other.starts;
      for (int i = 0; i < s; i++) {
        addStart(from[i]);
      }
      int c = other.conferenceCount;
      from = other.conferences;
      for (int i = 0; i < c; i++) {
        addConference(from[i]);
      }
    }
  }

  private static final int[] NONE = new int[0];

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
  private final Map<String, Child> children = new HashMap<>();

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

  void addStart(String childId, LocalDate day) {
    children.computeIfAbsent(childId, k -> new Child()).addStart((int) day.toEpochDay());
  }

  void addConference(String childId, LocalDate day) {
    children.computeIfAbsent(childId, k -> new Child()).addConference((int) day.toEpochDay());
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
    other.children.forEach((id, c) -> children.computeIfAbsent(id, k -> new Child()).addAll(c));
  }

  void visit(Visitor visitor) {
    long from = period.start().toEpochDay();
    long to = period.end().toEpochDay();
    String noStart = String.format(NO_START, startName);
    // children in id order, so that the entries come out sorted and the result's sort is cheap
    String[] ids = children.keySet().toArray(new String[0]);
    Arrays.sort(ids);
    for (String id : ids) {
      Child child = children.get(id);
      if (child.conferenceCount == 0) {
        continue;
      }
      int[] conferences = Arrays.copyOf(child.conferences, child.conferenceCount);
      Arrays.sort(conferences);
      int[] starts = Arrays.copyOf(child.starts, child.startCount);
      Arrays.sort(starts);
      int s = 0;
      long previous = Long.MIN_VALUE;
      for (int i = 0; i < conferences.length; i++) {
        int c = conferences[i];
        // the last start on or before this conference, and after the previous conference
        int last = -1;
        while (s < starts.length && starts[s] <= c) {
          last = starts[s++];
        }
        boolean inPeriod = c >= from && c <= to;
        if (inPeriod) {
          visitOne(visitor, id, c, previous, last, startAfter(starts, s, conferences, i), noStart);
        }
        previous = c;
      }
    }
  }

  /** The first start after conference {@code i} and not after the next conference, or -1. */
  private static int startAfter(int[] starts, int s, int[] conferences, int i) {
    if (s >= starts.length) {
      return -1;
    }
    boolean beforeNext = i + 1 >= conferences.length || starts[s] <= conferences[i + 1];
    return beforeNext ? starts[s] : -1;
  }

  private void visitOne(
      Visitor visitor, String id, int c, long previous, int last, int after, String noStart) {
    LocalDate day = LocalDate.ofEpochDay(c);
    if (c == previous) {
      visitor.excluded(id, day, DUPLICATE);
    } else if ((last == -1 || last <= previous) && after != -1) {
      visitor.beforeStart(id, day, LocalDate.ofEpochDay(after));
    } else if (last == -1 || last <= previous) {
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

    Collect(int limit, int... bandUpper) {
      this.limit = limit;
      this.bandUpper = bandUpper;
      this.bands = new long[bandUpper.length + 1];
    }

    @Override
    public void counted(String childId, LocalDate conference, LocalDate start, int workingDays) {
      boolean within = workingDays <= limit;
      included.add(new Counted(childId, conference, within ? BigDecimal.ONE : BigDecimal.ZERO));
      timings.add(
          new ConferenceTiming(
              childId,
              conference,
              Optional.of(start),
              OptionalInt.of(workingDays),
              within ? WITHIN : NOT_WITHIN));
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
      timings.add(
          new ConferenceTiming(
              childId, conference, Optional.of(start), OptionalInt.empty(), BEFORE_START));
      beforeStart++;
    }

    @Override
    public void excluded(String childId, LocalDate conference, String reason) {
      excluded.add(new Excluded(childId, conference, reason));
      timings.add(
          new ConferenceTiming(
              childId, conference, Optional.empty(), OptionalInt.empty(), "excluded: " + reason));
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
