package org.improvementframework.metrics.casework;

import java.util.Arrays;

/**
 * Sorts longs into {@link Arrays#sort(long[])}'s order by digits of up to eleven bits, least
 * significant first, over only the bits that differ between them.
 *
 * <p>The calculators sort packed keys (a child's id bits or rank, then a day or a code): at 10^6
 * events 33 to 41 of the 64 bits vary, so three or four linear passes replace a comparison sort
 * that took a sixth of a re-referral run. The digits span the varying bits in as few passes of
 * at most eleven bits as they take (a counting array of 2,048 ints stays in the first-level
 * cache), each pass as wide as the others: byte digits took five or six passes for the same keys.
 */
final class LongRadix {

  /** Below this size a comparison sort is cheaper than the passes' counting arrays. */
  private static final int SMALL = 256;

  /** The widest digit: 2^11 counts, 8 KiB. */
  private static final int MAX_DIGIT = 11;

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
    if (varying == 0) {
      return;
    }
    int low = Long.numberOfTrailingZeros(varying);
    int span = 64 - Long.numberOfLeadingZeros(varying) - low;
    int passes = (span + MAX_DIGIT - 1) / MAX_DIGIT;
    int width = (span + passes - 1) / passes;
    long[] from = a;
    long[] to = new long[a.length];
    int[] counts = new int[1 << width];
    for (int shift = low; shift < low + span; shift += width) {
      int w = Math.min(width, 64 - shift);
      int mask = (1 << w) - 1;
      if ((int) ((varying >>> shift) & mask) == 0) {
        continue;
      }
      // the digit that holds the sign bit has it flipped, so that negative numbers come first
      int flip = shift + w == 64 ? 1 << (w - 1) : 0;
      Arrays.fill(counts, 0);
      for (long x : from) {
        counts[((int) (x >>> shift) & mask) ^ flip]++;
      }
      int sum = 0;
      for (int d = 0; d <= mask; d++) {
        int c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (long x : from) {
        to[counts[((int) (x >>> shift) & mask) ^ flip]++] = x;
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
