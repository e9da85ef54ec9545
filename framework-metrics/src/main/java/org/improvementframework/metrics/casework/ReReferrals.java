package org.improvementframework.metrics.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.Referral;

/**
 * Calculates the percentage of referrals in a period that were re-referrals: referrals of a child
 * within 12 months of a previous referral of the same child.
 *
 * <p>Definition. The Department for Education's <em>Characteristics of children in need</em>
 * statistics and the CIN census guide define a re-referral as a referral within 12 months of a
 * previous referral. Here:
 * <ul>
 *   <li>It counts <b>events</b>: every referral received within the period.</li>
 *   <li>A referral on day {@code d} is a re-referral if the same child had an earlier referral
 *       on or after {@code d} minus 12 calendar months ({@link LocalDate#minusMonths}: from
 *       29 February the 12 months reach back to 28 February). Earlier referrals count even when
 *       they fall before the period, so add the 12 months before it too.</li>
 *   <li>Two referrals of the same child on the same day are one referral: the second is excluded
 *       as a duplicate, and is not a re-referral of the first.</li>
 * </ul>
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class ReReferrals {

  static final String DUPLICATE = "another referral of the same child on the same day";

  private final DateRange period;

  /** The referrals while every id is short, as most are; null once one is not. */
  private ShortIdEvents shortIds = new ShortIdEvents();

  /** The referrals numbered by child once an id is not short; null before. */
  private ChildIds ids;

  private Events referrals;

  private ReReferrals(DateRange period) {
    this.period = Objects.requireNonNull(period, "period");
  }

  /**
   * Obtains an empty calculator for referrals received within a period.
   *
   * @param period the days on which referrals count; not null
   * @return the calculator; not null
   * @throws NullPointerException if the period is null
   */
  public static ReReferrals of(DateRange period) {
    return new ReReferrals(period);
  }

  /**
   * Adds a referral.
   *
   * @param referral the referral; not null
   * @return this calculator; not null
   * @throws NullPointerException if the referral is null
   */
  public ReReferrals add(Referral referral) {
    Objects.requireNonNull(referral, "referral");
    return addReferral(referral.childId(), referral.date().toEpochDay());
  }

  /**
   * Adds a referral given as its parts, without a record: the columnar path for large files,
   * such as {@code CaseRecordReader.forEachDated} gives. The same as {@link #add(Referral)} of
   * {@code new Referral(childId.toString(), LocalDate.ofEpochDay(epochDay))}.
   *
   * @param childId the child's id; not null, not blank; read during this call only
   * @param epochDay the referral's day, as {@link LocalDate#toEpochDay()}
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank
   */
  public ReReferrals addReferral(CharSequence childId, long epochDay) {
    Objects.requireNonNull(childId, "childId");
    if (shortIds != null) {
      long key = ShortIdEvents.key(childId);
      if (key != 0) {
        shortIds.add(key, epochDay);
        return this;
      }
      numbered();
    }
    referrals.add(ids.number(childId), epochDay);
    return this;
  }

  /**
   * Adds a referral whose child's id is given as its UTF-8 bytes: the same as {@link
   * #addReferral(CharSequence, long)} of the decoded id, without a call per character for a short
   * ASCII id, such as {@code CaseRecordReader.forEachDatedBytes} gives.
   *
   * @param childId holds the child's id, not blank, as UTF-8 in {@code childId[from, to)}; not
   *     null; read during this call only
   * @param from where the id starts
   * @param to where the id ends, after its last byte
   * @param epochDay the referral's day, as {@link LocalDate#toEpochDay()}
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   * @throws IndexOutOfBoundsException if {@code from} and {@code to} are not a range of it
   * @throws IllegalArgumentException if the id is blank
   */
  public ReReferrals addReferral(byte[] childId, int from, int to, long epochDay) {
    long key = ShortIdEvents.checkedKey(childId, from, to);
    if (shortIds != null && key != 0) {
      shortIds.add(key, epochDay);
      return this;
    }
    return addReferral(ShortIdEvents.text(childId, from, to), epochDay);
  }

  /** Moves the referrals to the table of ids, for good: an id is not short, or will not sort. */
  private void numbered() {
    ids = new ChildIds();
    referrals = new Events();
    ShortIdEvents events = shortIds;
    shortIds = null;
    events.replay(this::addNumbered);
  }

  private void addNumbered(String childId, int epochDay) {
    referrals.add(ids.number(childId), epochDay);
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same period; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the periods differ
   */
  public ReReferrals merge(ReReferrals other) {
    Merging.samePeriod(period, other.period);
    if (ShortIdEvents.merged(shortIds, other.shortIds, this::addNumbered)) {
      return this;
    }
    if (shortIds != null) {
      numbered();
    }
    int n = other.referrals.size(); // fixed first: other may be this calculator
    // each of other's children looked up here once, not once per referral: merging the parts of
    // a file read on several threads lies on the critical path
    int[] mine = new int[other.ids.size()];
    Arrays.fill(mine, -1);
    for (int i = 0; i < n; i++) {
      int child = other.referrals.child(i);
      if (mine[child] < 0) {
        mine[child] = ids.number(other.ids.id(child));
      }
      referrals.add(mine[child], other.referrals.day(i));
    }
    return this;
  }

  /**
   * Calculates the measure from the records added so far.
   *
   * @return the result, counting events; not null
   */
  public IndicatorResult result() {
    ShortIdEvents.Ranked ranked = shortIds == null ? null : shortIds.ranked();
    if (ranked == null) {
      if (shortIds != null) {
        numbered();
      }
      int[] rank = ids.ranks();
      ranked = new ShortIdEvents.Ranked(referrals.sortedByRank(rank), ids.inRankOrder(rank));
    }
    // by child in id order, then by day: the result's entries come out sorted
    long[] pairs = ranked.pairs();
    // the counted referrals are moved to the front of the pairs, each with a bit for "again"
    long[] again = new long[(pairs.length + 63) >>> 6];
    int counted = 0;
    List<Excluded> excluded = new ArrayList<>();
    PeriodDays days = new PeriodDays(period);
    long previous = 0;
    for (int i = 0; i < pairs.length; i++) {
      long pair = pairs[i];
      int d = Events.day(pair);
      boolean sameChild = i > 0 && Events.child(previous) == Events.child(pair);
      int previousDay = Events.day(previous);
      previous = pair;
      if (!days.contains(d)) {
        continue;
      }
      if (sameChild) {
        LocalDate day = days.date(d);
        if (previousDay == d) {
          excluded.add(new Excluded(ranked.id(Events.child(pair)), day, DUPLICATE));
          continue;
        }
        if (previousDay >= days.twelveMonthsBefore(d)) {
          again[counted >>> 6] |= 1L << counted;
        }
      }
      pairs[counted++] = pair;
    }
    List<Counted> included = new CountedEvents(pairs, counted, again, ranked::id);
    return IndicatorResult.percentage(
        "Re-referrals within 12 months", period, CountingUnit.EVENTS, included, excluded, Map.of());
  }
}
