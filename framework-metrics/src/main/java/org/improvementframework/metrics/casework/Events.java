package org.improvementframework.metrics.casework;

import java.util.Arrays;

/**
 * A growable list of (child number, epoch day) pairs packed into longs, so that a million events
 * are one array that sorts by child and then day.
 */
final class Events {

  private long[] pairs = new long[16];
  private int size;

  void add(int child, long epochDay) {
    if (size == pairs.length) {
      pairs = Arrays.copyOf(pairs, size * 2);
    }
    pairs[size++] = pack(child, epochDay);
  }

  int size() {
    return size;
  }

  int child(int i) {
    return child(pairs[i]);
  }

  int day(int i) {
    return day(pairs[i]);
  }

  /**
   * The pairs with each child number replaced by its rank, sorted by rank and then day.
   *
   * @param rank the rank of each child number
   */
  long[] sortedByRank(int[] rank) {
    long[] out = new long[size];
    for (int i = 0; i < size; i++) {
      out[i] = pack(rank[child(pairs[i])], day(pairs[i]));
    }
    LongRadix.sort(out);
    return out;
  }

  static int child(long pair) {
    return (int) (pair >>> 32);
  }

  static int day(long pair) {
    return (int) pair ^ Integer.MIN_VALUE;
  }

  /** The day's sign bit is flipped so that days before 1970 sort before later ones. */
  static long pack(int child, long epochDay) {
    return ((long) child << 32) | (((int) epochDay ^ Integer.MIN_VALUE) & 0xffffffffL);
  }
}
