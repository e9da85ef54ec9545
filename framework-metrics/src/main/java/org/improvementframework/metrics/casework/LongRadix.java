package org.improvementframework.metrics.casework;

import java.util.Arrays;

/**
 * Sorts longs into {@link Arrays#sort(long[])}'s order by their bytes, least
 * significant first, skipping every byte that is the same in all of them.
 *
 * <p>The calculators sort packed (child, day) pairs: at 10^6 events only five or six of the eight
 * bytes vary (the child's rank and the day's low bits), so five or six linear passes replace a
 * comparison sort that took a sixth of a re-referral run.
 */
final class LongRadix {

  /** Below this size a comparison sort is cheaper than the passes' counting arrays. */
  private static final int SMALL = 256;

  private LongRadix() {}

  /** Sorts the array in place, in signed order. */
  static void sort(long[] a) {
    if (a.length < SMALL) {
      Arrays.sort(a);
      return;
    }
    long or = 0;
    long and = -1;
    for (long x : a) {
      or |= x;
      and &= x;
    }
    long varying = or ^ and;
    long[] from = a;
    long[] to = new long[a.length];
    int[] counts = new int[256];
    for (int shift = 0; shift < 64; shift += 8) {
      if (((varying >>> shift) & 0xff) == 0) {
        continue;
      }
      // the top byte's sign bit flipped, so that negative numbers come first as signed order has
      int flip = shift == 56 ? 0x80 : 0;
      Arrays.fill(counts, 0);
      for (long x : from) {
        counts[(int) ((x >>> shift) & 0xff) ^ flip]++;
      }
      int sum = 0;
      for (int d = 0; d < 256; d++) {
        int c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (long x : from) {
        to[counts[(int) ((x >>> shift) & 0xff) ^ flip]++] = x;
      }
      long[] t = from;
      from = to;
      to = t;
    }
    if (from != a) {
      System.arraycopy(from, 0, a, 0, a.length);
    }
  }
}
