package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * Calculates the percentage of children under 16 at the end of a period (31 March), looked after
 * for two and a half years or more, who had been in the same placement for two years or more:
 * the long-term placement stability measure.
 *
 * <p>Definition. The Department for Education's SSDA903 guidance and the <em>Children looked
 * after in England including adoptions</em> statistics: children aged under 16 at 31 March who
 * had been looked after continuously for at least 2.5 years, and who were living in the same
 * placement for at least 2 years, or are placed for adoption and their adoptive placement together
 * with their previous placement together last for at least 2 years; children in an agreed series
 * of short-term placements are left out. Here:
 * <ul>
 *   <li>It counts <b>children</b> with a period of care open at the end of the period (the
 *       earliest-starting, then earliest date of birth, if records overlap).</li>
 *   <li>Under 16: the 16th birthday ({@link LocalDate#plusYears}) is after the end day; older
 *       children are excluded with that reason.</li>
 *   <li>Looked after 2.5 years: the open period of care started on or before the end day minus
 *       30 months ({@link LocalDate#minusMonths}); others are excluded with that reason.</li>
 *   <li>Same placement 2 years: the current placement (open at the end, not a short break; the
 *       latest-starting, then the greatest type code, if records overlap) started on or before
 *       the end day minus 2 years. A placement of type {@code A3} or {@code A4} (placed for
 *       adoption with the current foster carers) counts from the start of the placement that ended
 *       the day it began (not a short break; the earliest-starting, then the smallest type code,
 *       if several did), and so on back while that one is {@code A3} or {@code A4} too.</li>
 *   <li>A child whose placement at the end is only a short break, or who has no placement open
 *       at the end, is excluded with that reason.</li>
 *   <li>A child looked after on some day of the period but not at its end is excluded with the
 *       reason "not looked after at the end of the period", so that {@code excluded()} accounts
 *       for every child the records show in care during the period.</li>
 * </ul>
 *
 * <p>Memory. Each record is reduced as it is added to what the measure needs of it, as {@link
 * PlacementMoves} does: per child, four flags, the start and date of birth of the open period of
 * care, and the start and type of the current placement; and, of the placements that ended in the
 * two years before the end day, their start, end and type (the only ones the adoption rule can
 * reach: a placement in the chain that started two years or more before the end already decides
 * the child). Every other record is dropped at once. So the calculator holds the period's children
 * and their last two years of placement changes, not every record of them; {@link #addPeriod} and
 * {@link #addPlacement} take a row's parts without a record, the columnar path for large files.
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one, in any order.
 */
public final class LongTermPlacementStability {

  static final String AGED_16 = "aged 16 or over at the end of the period";
  static final String NOT_LONG_ENOUGH = "looked after for less than 2.5 years";

  /**
   * The end day given for a period of care or a placement that has not ended: after every day.
   */
  public static final long NO_END = Long.MAX_VALUE;

  private static final byte LOOKED_AFTER = 1;
  private static final byte OPEN_AT_END = 2;
  private static final byte PLACED_AT_END = 4;
  private static final byte SHORT_BREAK_AT_END = 8;

  private final DateRange period;
  private final long from;
  private final long to;
  private final long twoYearsBefore;
  private final ChildIds ids = new ChildIds();
  // one String per distinct placement type, however many rows repeat it
  private final Map<String, String> types = new HashMap<>();
  private byte[] flags = new byte[16];
  private long[] careStart = new long[16];
  private long[] birth = new long[16];
  private long[] placedSince = new long[16];
  private String[] placedType = new String[16];
  // placements ended in the two years before the end day, columnar
  private int ended;
  private int[] endedChild = new int[16];
  private long[] endedStart = new long[16];
  private long[] endedEnd = new long[16];
  private String[] endedType = new String[16];

  private LongTermPlacementStability(DateRange period) {
    this.period = Objects.requireNonNull(period, "period");
    this.from = period.start().toEpochDay();
    this.to = period.end().toEpochDay();
    this.twoYearsBefore = period.end().minusYears(2).toEpochDay();
  }

  /**
   * Obtains an empty calculator for a period, whose last day is the snapshot day.
   *
   * @param period the period, such as the financial year; not null
   * @return the calculator; not null
   * @throws NullPointerException if the period is null
   */
  public static LongTermPlacementStability of(DateRange period) {
    return new LongTermPlacementStability(period);
  }

  /**
   * Adds a period of care.
   *
   * @param period the period of care; not null
   * @return this calculator; not null
   * @throws NullPointerException if the period of care is null
   */
  public LongTermPlacementStability add(LookedAfterPeriod period) {
    Objects.requireNonNull(period, "period");
    return addPeriod(
        period.childId(),
        period.dateOfBirth().toEpochDay(),
        period.start().toEpochDay(),
        endDay(period.end()));
  }

  /**
   * Adds a placement.
   *
   * @param placement the placement; not null
   * @return this calculator; not null
   * @throws NullPointerException if the placement is null
   */
  public LongTermPlacementStability add(Placement placement) {
    Objects.requireNonNull(placement, "placement");
    return addPlacement(
        placement.childId(),
        placement.start().toEpochDay(),
        endDay(placement.end()),
        placement.placementType(),
        placement.shortBreak());
  }

  /**
   * Adds a period of care given as its parts, without a record: the columnar path for large
   * files. The same as {@link #add(LookedAfterPeriod)} of the record with these parts.
   *
   * @param childId the child's id; not null, not blank; read during this call only
   * @param dateOfBirth the child's date of birth, as {@link LocalDate#toEpochDay()}
   * @param start the period's first day, as {@link LocalDate#toEpochDay()}
   * @param end the day it ended, or {@link #NO_END}
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank or the end is before the start
   */
  public LongTermPlacementStability addPeriod(
      CharSequence childId, long dateOfBirth, long start, long end) {
    check(childId, start, end);
    if (start > to || end < from) {
      return this; // not looked after on any day of the period
    }
    int n = child(childId);
    flags[n] |= LOOKED_AFTER;
    if (end > to) {
      boolean first = (flags[n] & OPEN_AT_END) == 0;
      if (first || start < careStart[n] || (start == careStart[n] && dateOfBirth < birth[n])) {
        careStart[n] = start;
        birth[n] = dateOfBirth;
      }
      flags[n] |= OPEN_AT_END;
    }
    return this;
  }

  /**
   * Adds a placement given as its parts, without a record: the columnar path for large files.
   * The same as {@link #add(Placement)} of the record with these parts.
   *
   * @param childId the child's id; not null, not blank; read during this call only
   * @param start the placement's first day, as {@link LocalDate#toEpochDay()}
   * @param end the day it ended, or {@link #NO_END}
   * @param placementType the SSDA903 placement type code as recorded; not null
   * @param shortBreak whether it is one of an agreed series of short-term placements
   * @return this calculator; not null
   * @throws NullPointerException if the id or the type is null
   * @throws IllegalArgumentException if the id is blank or the end is before the start
   */
  public LongTermPlacementStability addPlacement(
      CharSequence childId, long start, long end, String placementType, boolean shortBreak) {
    check(childId, start, end);
    Objects.requireNonNull(placementType, "placementType");
    boolean openAtEnd = start <= to && end > to;
    if (openAtEnd) {
      int n = child(childId);
      if (shortBreak) {
        flags[n] |= SHORT_BREAK_AT_END;
      } else {
        String type = type(placementType);
        if ((flags[n] & PLACED_AT_END) == 0
            || start > placedSince[n]
            || (start == placedSince[n] && type.compareTo(placedType[n]) > 0)) {
          placedSince[n] = start;
          placedType[n] = type;
        }
        flags[n] |= PLACED_AT_END;
      }
    } else if (!shortBreak && end > twoYearsBefore && end <= to) {
      addEnded(child(childId), start, end, type(placementType));
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
  public LongTermPlacementStability merge(LongTermPlacementStability other) {
    Merging.samePeriod(period, other.period);
    int children = other.ids.size(); // fixed first: other may be this calculator
    int endedBefore = other.ended;
    int[] mine = new int[children];
    for (int i = 0; i < children; i++) {
      int n = child(other.ids.id(i));
      mine[i] = n;
      int f = other.flags[i];
      if ((f & OPEN_AT_END) != 0) {
        addPeriod(other.ids.id(i), other.birth[i], other.careStart[i], NO_END);
      }
      if ((f & PLACED_AT_END) != 0) {
        addPlacement(other.ids.id(i), other.placedSince[i], NO_END, other.placedType[i], false);
      }
      flags[n] |= (byte) f;
    }
    for (int e = 0; e < endedBefore; e++) {
      addEnded(
          mine[other.endedChild[e]],
          other.endedStart[e],
          other.endedEnd[e],
          type(other.endedType[e]));
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
    long lookedAfterSince = end.minusMonths(30).toEpochDay();
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    int[] firstEnded = endedByChild();
    int[] byRank = new int[ids.size()];
    int[] rank = ids.ranks();
    for (int n = 0; n < rank.length; n++) {
      byRank[rank[n]] = n;
    }
    for (int n : byRank) {
      int f = flags[n];
      String id = ids.id(n);
      if ((f & OPEN_AT_END) == 0) {
        if ((f & LOOKED_AFTER) != 0) {
          excluded.add(new Excluded(id, end, CareHistories.NOT_LOOKED_AFTER_AT_END));
        }
      } else if (!LocalDate.ofEpochDay(birth[n]).plusYears(16).isAfter(end)) {
        excluded.add(new Excluded(id, end, AGED_16));
      } else if (careStart[n] > lookedAfterSince) {
        excluded.add(new Excluded(id, end, NOT_LONG_ENOUGH));
      } else if ((f & PLACED_AT_END) == 0) {
        String reason =
            (f & SHORT_BREAK_AT_END) != 0 ? CareHistories.SHORT_BREAKS : CareHistories.NO_PLACEMENT;
        excluded.add(new Excluded(id, end, reason));
      } else {
        boolean stable = since(n, firstEnded) <= twoYearsBefore;
        included.add(new Counted(id, end, stable ? BigDecimal.ONE : BigDecimal.ZERO));
      }
    }
    return IndicatorResult.percentage(
        "Children under 16 looked after 2.5 years or more, in the same placement for 2 years",
        period,
        CountingUnit.CHILDREN,
        included,
        excluded,
        Map.of());
  }

  /**
   * When the child began living where they live now, following adoption by foster carers back
   * through the placements that ended the day the next began; stops as soon as a start two years
   * or more before the end decides the child.
   */
  private long since(int n, int[] firstEnded) {
    long start = placedSince[n];
    String type = placedType[n];
    int lo = firstEnded[n];
    int hi = firstEnded[n + 1];
    // each step moves to another placement or stays on one ending the day it began: a fixpoint
    for (int guard = hi - lo; guard >= 0 && start > twoYearsBefore && adoptive(type); guard--) {
      int before = -1;
      for (int i = lo; i < hi; i++) {
        if (endedEnd[i] == start
            && (before < 0
                || endedStart[i] < endedStart[before]
                || (endedStart[i] == endedStart[before]
                    && endedType[i].compareTo(endedType[before]) < 0))) {
          before = i;
        }
      }
      if (before < 0) {
        break;
      }
      start = endedStart[before];
      type = endedType[before];
    }
    return start;
  }

  private static boolean adoptive(String type) {
    return type.equals("A3") || type.equals("A4");
  }

  /**
   * Sorts the ended placements by child (a counting sort, stable) and gives each child's range:
   * child {@code n}'s are {@code [first[n], first[n + 1])}.
   */
  private int[] endedByChild() {
    int children = ids.size();
    int[] first = new int[children + 1];
    for (int e = 0; e < ended; e++) {
      first[endedChild[e] + 1]++;
    }
    for (int n = 0; n < children; n++) {
      first[n + 1] += first[n];
    }
    int[] next = Arrays.copyOf(first, children);
    int[] order = new int[ended];
    for (int e = 0; e < ended; e++) {
      order[next[endedChild[e]]++] = e;
    }
    int[] child = new int[ended];
    long[] start = new long[ended];
    long[] end = new long[ended];
    String[] type = new String[ended];
    for (int i = 0; i < ended; i++) {
      int e = order[i];
      child[i] = endedChild[e];
      start[i] = endedStart[e];
      end[i] = endedEnd[e];
      type[i] = endedType[e];
    }
    endedChild = child;
    endedStart = start;
    endedEnd = end;
    endedType = type;
    return first;
  }

  private void addEnded(int n, long start, long end, String type) {
    if (ended == endedChild.length) {
      int size = Math.max(16, ended * 2);
      endedChild = Arrays.copyOf(endedChild, size);
      endedStart = Arrays.copyOf(endedStart, size);
      endedEnd = Arrays.copyOf(endedEnd, size);
      endedType = Arrays.copyOf(endedType, size);
    }
    endedChild[ended] = n;
    endedStart[ended] = start;
    endedEnd[ended] = end;
    endedType[ended] = type;
    ended++;
  }

  private String type(String placementType) {
    return types.computeIfAbsent(placementType, t -> t);
  }

  private int child(CharSequence childId) {
    int n = ids.number(childId);
    if (n == flags.length) {
      int size = n * 2;
      flags = Arrays.copyOf(flags, size);
      careStart = Arrays.copyOf(careStart, size);
      birth = Arrays.copyOf(birth, size);
      placedSince = Arrays.copyOf(placedSince, size);
      placedType = Arrays.copyOf(placedType, size);
    }
    return n;
  }

  /** The records' own checks, for the columnar path: a row dropped there is refused here too. */
  private static void check(CharSequence childId, long start, long end) {
    Objects.requireNonNull(childId, "childId");
    if (childId.chars().allMatch(Character::isWhitespace)) {
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
