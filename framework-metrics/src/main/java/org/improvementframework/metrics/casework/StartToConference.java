package org.improvementframework.metrics.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
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

  /** Days kept doubled (with a bit for the kind of event) lie within this many days of 1970. */
  private static final long DOUBLED_DAYS = 1L << 30;

  private final DateRange period;
  private final WorkingDayCalendar calendar;
  private final WorkingDayConvention convention;
  private final String startName;

  /**
   * The events while every id is short, as most are: each day doubled, plus one for a
   * conference, so that one sort orders a child's starts and conferences by day, a start before
   * a conference of the same day; null once an id is not short.
   */
  private ShortIdEvents shortIds = new ShortIdEvents();

  /** The events numbered by child once an id is not short; null before. */
  private ChildIds ids;

  private Events starts;
  private Events conferences;

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
    add(childId, epochDay, 0);
  }

  void addConference(CharSequence childId, long epochDay) {
    add(childId, epochDay, 1);
  }

  /** Adds an event whose id is given as its UTF-8 bytes: a conference if {@code conference}. */
  void add(byte[] childId, int from, int to, long epochDay, boolean conference) {
    long key = ShortIdEvents.checkedKey(childId, from, to);
    int kind = conference ? 1 : 0;
    if (shortIds != null && key != 0 && Math.abs(epochDay) < DOUBLED_DAYS) {
      shortIds.add(key, 2 * epochDay + kind);
    } else {
      add(ShortIdEvents.text(childId, from, to), epochDay, kind);
    }
  }

  private void add(CharSequence childId, long epochDay, int conference) {
    Objects.requireNonNull(childId, "childId");
    if (shortIds != null) {
      long key = ShortIdEvents.key(childId);
      if (key != 0 && Math.abs(epochDay) < DOUBLED_DAYS) {
        shortIds.add(key, 2 * epochDay + conference);
        return;
      }
      numbered();
    }
    (conference == 0 ? starts : conferences).add(ids.number(childId), epochDay);
  }

  /** Moves the events to the table of ids, for good: an id is not short, or will not sort. */
  private void numbered() {
    ids = new ChildIds();
    starts = new Events();
    conferences = new Events();
    ShortIdEvents events = shortIds;
    shortIds = null;
    events.replay(this::addNumbered);
  }

  /** Adds a short-id event, its day doubled with the kind of event, to the numbered events. */
  private void addNumbered(String childId, int doubledDay) {
    Events events = (doubledDay & 1) == 0 ? starts : conferences;
    events.add(ids.number(childId), doubledDay >> 1);
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
    if (ShortIdEvents.merged(shortIds, other.shortIds, this::addNumbered)) {
      return;
    }
    if (shortIds != null) {
      numbered();
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

  /** Starts and conferences as {@link Events#sortedByRank} gives them, and each rank's id. */
  private record Sorted(long[] starts, long[] conferences, IntFunction<String> ids) {}

  private Sorted sorted() {
    ShortIdEvents.Ranked ranked = shortIds == null ? null : shortIds.ranked();
    if (ranked == null) {
      if (shortIds != null) {
        numbered();
      }
      int[] rank = ids.ranks();
      String[] byRank = ids.inRankOrder(rank);
      return new Sorted(starts.sortedByRank(rank), conferences.sortedByRank(rank), r -> byRank[r]);
    }
    // one sort of both kinds: split by the day's low bit, each part still in (rank, day) order
    long[] pairs = ranked.pairs();
    int c = 0;
    for (long pair : pairs) {
      c += Events.day(pair) & 1;
    }
    long[] sd = new long[pairs.length - c];
    long[] cp = new long[c];
    int s = 0;
    c = 0;
    for (long pair : pairs) {
      int doubled = Events.day(pair);
      long halved = Events.pack(Events.child(pair), doubled >> 1);
      if ((doubled & 1) == 0) {
        sd[s++] = halved;
      } else {
        cp[c++] = halved;
      }
    }
    return new Sorted(sd, cp, ranked::id);
  }

  /**
   * Visits every conference in the period, children in id order and each child's conferences in
   * day order, so that the result's entries come out sorted and its sort is cheap.
   */
  void visit(Collect visitor) {
    long from = period.start().toEpochDay();
    long to = period.end().toEpochDay();
    String noStart = String.format(NO_START, startName);
    Sorted sorted = sorted();
    visitor.ids = sorted.ids();
    long[] sd = sorted.starts();
    long[] cp = sorted.conferences();
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
      visitChild(visitor, child, cp, i, end, sd, s, startsEnd, from, to, noStart);
      s = startsEnd;
      i = end;
    }
  }

  /** One child's conferences {@code cp[i..end)} against their starts {@code sd[s..startsEnd)}. */
  private void visitChild(
      Collect visitor,
      int child,
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
        visitOne(visitor, child, c, previous, last, after, noStart);
      }
      previous = c;
    }
  }

  private void visitOne(
      Collect visitor, int child, int c, long previous, int last, int after, String noStart) {
    if (c == previous) {
      visitor.excluded(child, c, DUPLICATE);
    } else if ((last == NONE || last <= previous) && after != NONE) {
      visitor.beforeStart(child, c, after);
    } else if (last == NONE || last <= previous) {
      visitor.excluded(child, c, noStart);
    } else if (!calendar.covers(last) || !calendar.covers(c)) {
      visitor.excluded(child, c, OUTSIDE_CALENDAR);
    } else {
      visitor.counted(child, c, last, (int) convention.countUnchecked(calendar, last, c));
    }
  }

  /**
   * Collects counted and excluded entries with a contribution of 1 when within the limit, the
   * counts by band, and the timing of each conference for a drill-down. The counted entries are
   * kept as (child rank, day) pairs with a bit for "within" ({@link CountedEvents}): a record
   * and an id string per conference are made only when read.
   */
  static final class Collect {
    static final String WITHIN = "within the timescale";
    static final String NOT_WITHIN = "not within the timescale";
    static final String BEFORE_START = "dated before its start: an ICPC without a duration";

    final List<Excluded> excluded = new ArrayList<>();
    final List<ConferenceTiming> timings = new ArrayList<>();
    final int limit;
    final long[] bands;
    final int[] bandUpper;
    long beforeStart;
    private boolean timed = true;

    /** The id of each child rank; set by {@link #visit} before the first entry. */
    private IntFunction<String> ids;

    private long[] pairs = new long[16];
    private long[] within = new long[1];
    private int size;

    Collect(int limit, int... bandUpper) {
      this.limit = limit;
      this.bandUpper = bandUpper;
      this.bands = new long[bandUpper.length + 1];
    }

    /** A conference paired with a start on or before it, with the working days between. */
    void counted(int child, int conference, int start, int workingDays) {
      boolean in = workingDays <= limit;
      include(child, conference, in);
      time(child, conference, start, OptionalInt.of(workingDays), in ? WITHIN : NOT_WITHIN);
      int b = 0;
      while (b < bandUpper.length && workingDays > bandUpper[b]) {
        b++;
      }
      bands[b]++;
    }

    /** A conference dated before the start it belongs to: an ICPC without a duration. */
    void beforeStart(int child, int conference, int start) {
      // counted as an ICPC (in the denominator, not within), left out of every duration band
      include(child, conference, false);
      time(child, conference, start, OptionalInt.empty(), BEFORE_START);
      beforeStart++;
    }

    /** Keeps a conference's timing, when the result is asked to list them. */
    private void time(
        int child, int conference, int start, OptionalInt workingDays, String outcome) {
      if (timed) {
        timings.add(
            new ConferenceTiming(
                ids.apply(child),
                LocalDate.ofEpochDay(conference),
                Optional.of(LocalDate.ofEpochDay(start)),
                workingDays,
                outcome));
      }
    }

    /** A conference left out of the measure, with the reason. */
    void excluded(int child, int conference, String reason) {
      String id = ids.apply(child);
      LocalDate day = LocalDate.ofEpochDay(conference);
      excluded.add(new Excluded(id, day, reason));
      if (timed) {
        timings.add(
            new ConferenceTiming(
                id, day, Optional.empty(), OptionalInt.empty(), "excluded: " + reason));
      }
    }

    private void include(int child, int conference, boolean in) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
        within = Arrays.copyOf(within, (pairs.length + 63) >>> 6);
      }
      if (in) {
        within[size >>> 6] |= 1L << size;
      }
      pairs[size++] = Events.pack(child, conference);
    }

    /** The counted entries, in id and day order as visited. */
    List<Counted> included() {
      return new CountedEvents(pairs, size, within, ids);
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
