package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
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
 * that does not touch the period is dropped at once, and a child keeps four flags and a count of
 * placements, not their records. So the calculator holds the period's children, not every record
 * of them; {@link #addPeriod} and {@link #addPlacement} take a row's parts without a record, the
 * columnar path for large files.
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

  private final DateRange period;
  private final long from;
  private final long to;
  private final ChildIds ids = new ChildIds();
  private byte[] flags = new byte[16];
  private int[] placements = new int[16];

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
    check(childId, start, end);
    boolean during = start <= to && end >= from;
    if (during) {
      int n = child(childId);
      flags[n] |= (byte) (LOOKED_AFTER | (end > to ? OPEN_AT_END : 0));
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
    check(childId, start, end);
    // a placement that does not overlap the period is neither counted nor open at its end
    if (start <= to && end >= from) {
      int n = child(childId);
      boolean openAtEnd = end > to;
      if (shortBreak) {
        flags[n] |= openAtEnd ? SHORT_BREAK_AT_END : 0;
      } else {
        placements[n]++;
        flags[n] |= openAtEnd ? PLACED_AT_END : 0;
      }
    }
    return this;
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
    LocalDate end = period.end();
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    int[] rank = ids.ranks();
    int[] byRank = new int[rank.length];
    for (int n = 0; n < rank.length; n++) {
      byRank[rank[n]] = n;
    }
    // children in id order: the result's sort is a linear pass
    for (int n : byRank) {
      int f = flags[n];
      if ((f & OPEN_AT_END) == 0) {
        if ((f & LOOKED_AFTER) != 0) {
          excluded.add(new Excluded(ids.id(n), end, CareHistories.NOT_LOOKED_AFTER_AT_END));
        }
      } else if ((f & PLACED_AT_END) == 0) {
        String reason =
            (f & SHORT_BREAK_AT_END) != 0 ? CareHistories.SHORT_BREAKS : CareHistories.NO_PLACEMENT;
        excluded.add(new Excluded(ids.id(n), end, reason));
      } else {
        boolean three = placements[n] >= PLACEMENTS;
        included.add(new Counted(ids.id(n), end, three ? BigDecimal.ONE : BigDecimal.ZERO));
      }
    }
    return IndicatorResult.percentage(
        "Children looked after with 3 or more placements",
        period,
        CountingUnit.CHILDREN,
        included,
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

  /** The record's own checks, for the columnar path: a row dropped here is refused there too. */
  private static void check(CharSequence childId, long start, long end) {
    Objects.requireNonNull(childId, "childId");
    int i = 0;
    while (i < childId.length() && Character.isWhitespace(childId.charAt(i))) {
      i++;
    }
    if (i == childId.length()) {
      throw new IllegalArgumentException("childId must not be blank");
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be on or after start");
    }
  }

  private static long endDay(Optional<LocalDate> end) {
    return end.isPresent() ? end.get().toEpochDay() : NO_END;
  }
}
