package org.improvementframework.metrics.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;

/**
 * Calculates the percentage of children looked after at the end of a period (31 March for a
 * financial year) who had three or more placements during the period: the short-term placement
 * stability measure.
 *
 * <p>Definition. The Department for Education's SSDA903 guidance and the <em>Children looked
 * after in England including adoptions</em> statistics define it as children looked after at
 * 31 March with three or more placements during the year, leaving out children looked after under
 * an agreed series of short-term placements (short breaks, legal status V3 or V4). Here:
 * <ul>
 *   <li>It counts <b>children</b>: each child with a period of care open at the end of the
 *       period (started on or before it, not ended on or before it) is counted once, however
 *       many records they have.</li>
 *   <li>Placements counted are those that are not short breaks and that overlap the period, so
 *       the placement the child was in on its first day counts, as do placements that began and
 *       ended within it.</li>
 *   <li>A child whose only placement open at the end is a short break is excluded with that
 *       reason; so is a child with no placement open at the end (a gap in the records).</li>
 *   <li>A child looked after on some day of the period but not at its end is excluded with the
 *       reason "not looked after at the end of the period", so that {@code excluded()} accounts
 *       for every child the records show in care during the period.</li>
 * </ul>
 * The period's last day is the snapshot day; for the statutory measure give the financial year.
 *
 * <p>Memory. Each record is reduced as it is added to what the measure needs of it: a record
 * that does not touch the period is dropped at once, and one that does is kept as its child's id
 * and a code of four flags and a placement to count (twelve bytes, while every id is short: at
 * most eight characters of Latin-1, as most pseudonymous ids are) or folded into its child's
 * flags and count (once an id is not short). Short ids need no table of ids, only one sort of
 * the codes by id in the result. {@link #addPeriod} and {@link #addPlacement} take a row's parts
 * without a record, the columnar path for large files.
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class PlacementMoves {

  /** The number of placements at which a child counts in the numerator. */
  public static final int PLACEMENTS = 3;

  /**
   * The end day given for a period of care or a placement that has not ended: after every day.
   */
  public static final long NO_END = Long.MAX_VALUE;

  private static final byte OPEN_AT_END = 1;
  private static final byte LOOKED_AFTER = 2;
  private static final byte PLACED_AT_END = 4;
  private static final byte SHORT_BREAK_AT_END = 8;

  /** A code's flags, and its bit for one more placement counted. */
  private static final int FLAGS = 15;

  private static final int ONE_PLACEMENT = 16;

  private final DateRange period;
  private final long from;
  private final long to;

  /** The codes of records touching the period while every id is short; null once one is not. */
  private ShortIdEvents shortIds = new ShortIdEvents();

  /** The children numbered once an id is not short, with their flags and counts; null before. */
  private ChildIds ids;

  private byte[] flags;
  private int[] placements;

  private PlacementMoves(DateRange period) {
    this.period = Objects.requireNonNull(period, "period");
    this.from = period.start().toEpochDay();
    this.to = period.end().toEpochDay();
  }

  /**
   * Obtains an empty calculator for a period, whose last day is the snapshot day.
   *
   * @param period the period, such as the financial year; not null
   * @return the calculator; not null
   * @throws NullPointerException if the period is null
   */
  public static PlacementMoves of(DateRange period) {
    return new PlacementMoves(period);
  }

  /**
   * Adds a period of care.
   *
   * @param period the period of care; not null
   * @return this calculator; not null
   * @throws NullPointerException if the period of care is null
   */
  public PlacementMoves add(LookedAfterPeriod period) {
    Objects.requireNonNull(period, "period");
    return addPeriod(period.childId(), period.start().toEpochDay(), endDay(period.end()));
  }

  /**
   * Adds a placement.
   *
   * @param placement the placement; not null
   * @return this calculator; not null
   * @throws NullPointerException if the placement is null
   */
  public PlacementMoves add(Placement placement) {
    Objects.requireNonNull(placement, "placement");
    return addPlacement(
        placement.childId(),
        placement.start().toEpochDay(),
        endDay(placement.end()),
        placement.shortBreak());
  }

  /**
   * Adds a period of care given as its parts, without a record: the columnar path for large
   * files. The same as {@link #add(LookedAfterPeriod)} of the record with these parts (the date of
   * birth plays no part in this measure).
   *
   * @param childId the child's id; not null, not blank; read during this call only
   * @param start the period's first day, as {@link LocalDate#toEpochDay()}
   * @param end the day it ended, or {@link #NO_END}
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank or the end is before the start
   */
  public PlacementMoves addPeriod(CharSequence childId, long start, long end) {
    boolean during = start <= to && end >= from;
    long key = checked(childId, during, start, end);
    if (during) {
      record(childId, key, LOOKED_AFTER | (end > to ? OPEN_AT_END : 0));
    }
    return this;
  }

  /**
   * Adds a placement given as its parts, without a record: the columnar path for large files.
   * The same as {@link #add(Placement)} of the record with these parts (the placement's type
   * plays no part in this measure).
   *
   * @param childId the child's id; not null, not blank; read during this call only
   * @param start the placement's first day, as {@link LocalDate#toEpochDay()}
   * @param end the day it ended, or {@link #NO_END}
   * @param shortBreak whether it is one of an agreed series of short-term placements
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank or the end is before the start
   */
  public PlacementMoves addPlacement(
      CharSequence childId, long start, long end, boolean shortBreak) {
    // a placement that does not overlap the period is neither counted nor open at its end
    boolean during = start <= to && end >= from;
    long key = checked(childId, during, start, end);
    if (during) {
      boolean openAtEnd = end > to;
      int code =
          shortBreak
              ? openAtEnd ? SHORT_BREAK_AT_END : 0
              : ONE_PLACEMENT | (openAtEnd ? PLACED_AT_END : 0);
      record(childId, key, code);
    }
    return this;
  }

  /** Keeps a record's code: beside its id's key while ids are short, else on its child. */
  private void record(CharSequence childId, long key, int code) {
    if (shortIds != null) {
      if (key != 0) {
        shortIds.add(key, code);
        return;
      }
      numbered();
    }
    fold(child(childId), code);
  }

  private void fold(int child, int code) {
    flags[child] |= (byte) (code & FLAGS);
    placements[child] += code / ONE_PLACEMENT;
  }

  /** Moves the codes to the table of ids, for good: an id is not short, or will not sort. */
  private void numbered() {
    ids = new ChildIds();
    flags = new byte[16];
    placements = new int[16];
    ShortIdEvents codes = shortIds;
    shortIds = null;
    codes.replay(this::addNumbered);
  }

  private void addNumbered(String childId, int code) {
    fold(child(childId), code);
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same period; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the periods differ
   */
  public PlacementMoves merge(PlacementMoves other) {
    Merging.samePeriod(period, other.period);
    if (ShortIdEvents.merged(shortIds, other.shortIds, this::addNumbered)) {
      return this;
    }
    if (shortIds != null) {
      numbered();
    }
    int n = other.ids.size(); // fixed first: other may be this calculator
    for (int i = 0; i < n; i++) {
      int mine = child(other.ids.id(i));
      flags[mine] |= other.flags[i];
      placements[mine] += other.placements[i];
    }
    return this;
  }

  /**
   * Calculates the measure from the records added so far.
   *
   * @return the result, counting children, dated by the snapshot day; not null
   */
  public IndicatorResult result() {
    ShortIdEvents.Ranked ranked = shortIds == null ? null : shortIds.ranked();
    if (ranked != null) {
      // the codes sorted by id: each child's run folded into its flags and count, in id order
      long[] codes = ranked.pairs();
      int children = codes.length == 0 ? 0 : Events.child(codes[codes.length - 1]) + 1;
      byte[] f = new byte[children];
      int[] count = new int[children];
      for (long c : codes) {
        int child = Events.child(c);
        int code = Events.day(c);
        f[child] |= (byte) (code & FLAGS);
        count[child] += code / ONE_PLACEMENT;
      }
      return result(f, count, ranked::id);
    }
    if (shortIds != null) {
      numbered();
    }
    int[] rank = ids.ranks();
    byte[] f = new byte[rank.length];
    int[] count = new int[rank.length];
    for (int n = 0; n < rank.length; n++) {
      f[rank[n]] = flags[n];
      count[rank[n]] = placements[n];
    }
    String[] byRank = ids.inRankOrder(rank);
    return result(f, count, r -> byRank[r]);
  }

  /** The result from each child's flags and count, children in id order. */
  private IndicatorResult result(byte[] f, int[] count, IntFunction<String> idOf) {
    LocalDate end = period.end();
    // the counted children as (rank, snapshot day) pairs with a bit for three or more placements
    long[] pairs = new long[f.length];
    long[] three = new long[(f.length + 63) >>> 6];
    int counted = 0;
    List<Excluded> excluded = new ArrayList<>();
    for (int r = 0; r < f.length; r++) {
      int flag = f[r];
      if ((flag & OPEN_AT_END) == 0) {
        if ((flag & LOOKED_AFTER) != 0) {
          excluded.add(new Excluded(idOf.apply(r), end, CareHistories.NOT_LOOKED_AFTER_AT_END));
        }
      } else if ((flag & PLACED_AT_END) == 0) {
        String reason =
            (flag & SHORT_BREAK_AT_END) != 0
                ? CareHistories.SHORT_BREAKS
                : CareHistories.NO_PLACEMENT;
        excluded.add(new Excluded(idOf.apply(r), end, reason));
      } else {
        if (count[r] >= PLACEMENTS) {
          three[counted >>> 6] |= 1L << counted;
        }
        pairs[counted++] = Events.pack(r, to);
      }
    }
    return IndicatorResult.percentage(
        "Children looked after with 3 or more placements",
        period,
        CountingUnit.CHILDREN,
        new CountedEvents(pairs, counted, three, idOf),
        excluded,
        Map.of());
  }

  private int child(CharSequence childId) {
    int n = ids.number(childId);
    if (n == flags.length) {
      flags = Arrays.copyOf(flags, n * 2);
      placements = Arrays.copyOf(placements, n * 2);
    }
    return n;
  }

  /**
   * The record's own checks, for the columnar path: a row dropped here is refused there too.
   * Gives the id's short key if the record touches the period, else (or if the id is not short)
   * 0.
   */
  private static long checked(CharSequence childId, boolean during, long start, long end) {
    Objects.requireNonNull(childId, "childId");
    // the key is made only for records that are kept; it refuses a blank short id itself
    long key = during ? ShortIdEvents.key(childId) : 0;
    if (key == 0) {
      int i = 0;
      while (i < childId.length() && Character.isWhitespace(childId.charAt(i))) {
        i++;
      }
      if (i == childId.length()) {
        throw new IllegalArgumentException("childId must not be blank");
      }
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be on or after start");
    }
    return key;
  }

  private static long endDay(Optional<LocalDate> end) {
    return end.isPresent() ? end.get().toEpochDay() : NO_END;
  }
}
