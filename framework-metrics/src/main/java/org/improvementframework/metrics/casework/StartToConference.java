package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;

/**
 * Pairs each initial child protection conference with the last start event (strategy discussion
 * or section 47 start) before it, and counts working days between them; shared by the ICPC
 * timeliness and the C4 banding calculators.
 */
final class StartToConference {

  static final String NO_START = "no %s on or before the conference since the child's previous"
      + " conference";
  static final String DUPLICATE = "another conference of the same child on the same day";
  static final String OUTSIDE_CALENDAR = "dates outside the working-day calendar's coverage";

  /** Per child: start days and conference days. */
  private static final class Child {
    final DayList starts = new DayList();
    final DayList conferences = new DayList();
  }

  /** The outcome for one conference: its child, its day, and working days (or -1 if excluded). */
  interface Visitor {
    void counted(String childId, LocalDate conference, int workingDays);

    void excluded(String childId, LocalDate conference, String reason);
  }

  private final DateRange period;
  private final WorkingDayCalendar calendar;
  private final String startName;
  private final Map<String, Child> children = new HashMap<>();

  StartToConference(DateRange period, WorkingDayCalendar calendar, String startName) {
    this.period = Objects.requireNonNull(period, "period");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.startName = startName;
  }

  DateRange period() {
    return period;
  }

  void addStart(String childId, LocalDate day) {
    children.computeIfAbsent(childId, k -> new Child()).starts.add(day.toEpochDay());
  }

  void addConference(String childId, LocalDate day) {
    children.computeIfAbsent(childId, k -> new Child()).conferences.add(day.toEpochDay());
  }

  void merge(StartToConference other) {
    if (!period.equals(other.period) || !calendar.equals(other.calendar)) {
      throw new IllegalArgumentException("cannot merge calculators of different periods or"
          + " calendars: " + period + " and " + other.period);
    }
    other.children.forEach((id, c) -> {
      Child mine = children.computeIfAbsent(id, k -> new Child());
      mine.starts.addAll(c.starts);
      mine.conferences.addAll(c.conferences);
    });
  }

  void visit(Visitor visitor) {
    long from = period.start().toEpochDay();
    long to = period.end().toEpochDay();
    String noStart = String.format(NO_START, startName);
    for (Map.Entry<String, Child> e : children.entrySet()) {
      int[] conferences = e.getValue().conferences.sorted();
      if (conferences.length == 0) {
        continue;
      }
      int[] starts = e.getValue().starts.sorted();
      int s = 0;
      long previous = Long.MIN_VALUE;
      for (int c : conferences) {
        // the last start on or before this conference, and after the previous conference
        int last = -1;
        while (s < starts.length && starts[s] <= c) {
          last = starts[s++];
        }
        boolean inPeriod = c >= from && c <= to;
        if (inPeriod) {
          String id = e.getKey();
          LocalDate day = LocalDate.ofEpochDay(c);
          if (c == previous) {
            visitor.excluded(id, day, DUPLICATE);
          } else if (last == -1 || last <= previous) {
            visitor.excluded(id, day, noStart);
          } else if (!calendar.covers(last) || !calendar.covers(c)) {
            visitor.excluded(id, day, OUTSIDE_CALENDAR);
          } else {
            visitor.counted(id, day, (int) calendar.countUnchecked(last, c));
          }
        }
        previous = c;
      }
    }
  }

  /** Collects counted and excluded entries with a contribution of 1 when within the limit. */
  static final class Collect implements Visitor {
    final List<Counted> included = new ArrayList<>();
    final List<Excluded> excluded = new ArrayList<>();
    final int limit;
    final long[] bands;
    final int[] bandUpper;

    Collect(int limit, int... bandUpper) {
      this.limit = limit;
      this.bandUpper = bandUpper;
      this.bands = new long[bandUpper.length + 1];
    }

    @Override
    public void counted(String childId, LocalDate conference, int workingDays) {
      included.add(new Counted(childId, conference,
          workingDays <= limit ? BigDecimal.ONE : BigDecimal.ZERO));
      int b = 0;
      while (b < bandUpper.length && workingDays > bandUpper[b]) {
        b++;
      }
      bands[b]++;
    }

    @Override
    public void excluded(String childId, LocalDate conference, String reason) {
      excluded.add(new Excluded(childId, conference, reason));
    }
  }
}
