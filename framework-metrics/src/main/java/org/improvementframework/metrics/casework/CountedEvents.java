package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;

/**
 * The counted entries of a proportion of events, kept as sorted (child rank, day) pairs ({@link
 * Events#pack}) and one bit per entry for the numerator, each {@link Counted} made when it is
 * asked for: a result of 10^6 referrals would otherwise make, copy and check the order of 10^6
 * records, a quarter of a re-referral run, which a caller wanting the figures never reads.
 *
 * <p>An unmodifiable list, equal to any list of the same entries; its entries are in {@link
 * IndicatorResult}'s order by construction, so that the result keeps it as it is. Immutable and
 * thread-safe once made: the arrays are not changed after the constructor.
 */
final class CountedEvents extends AbstractList<Counted> implements RandomAccess {

  private final long[] pairs;
  private final int size;
  private final long[] inNumerator;
  private final long ones;
  private final IntFunction<String> ids;

  /**
   * @param pairs the entries' pairs in id, then day order, from index 0; kept, not copied
   * @param size how many of the pairs are entries
   * @param inNumerator bit {@code i} set if entry {@code i} adds one to the numerator; kept
   * @param ids the id of each child rank
   */
  CountedEvents(long[] pairs, int size, long[] inNumerator, IntFunction<String> ids) {
    this.pairs = pairs;
    this.size = size;
    this.inNumerator = inNumerator;
    this.ids = Objects.requireNonNull(ids, "ids");
    long count = 0;
    for (long bits : inNumerator) {
      count += Long.bitCount(bits);
    }
    this.ones = count;
  }

  /** How many entries add one to the numerator. */
  long ones() {
    return ones;
  }

  @Override
  public Counted get(int index) {
    Objects.checkIndex(index, size);
    long pair = pairs[index];
    boolean one = (inNumerator[index >>> 6] & (1L << index)) != 0;
    return new Counted(
        ids.apply(Events.child(pair)),
        LocalDate.ofEpochDay(Events.day(pair)),
        one ? BigDecimal.ONE : BigDecimal.ZERO);
  }

  @Override
  public int size() {
    return size;
  }
}
