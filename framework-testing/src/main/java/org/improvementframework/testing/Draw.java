package org.improvementframework.testing;

import java.util.Arrays;
import java.util.List;

/** The ways the generators of this package turn choices into values; simplest choice first. */
final class Draw {

  private Draw() {}

  static void checkRange(String what, long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException(
          what + " range must have max >= min, but was min " + min + ", max " + max);
    }
  }

  static int between(Randomness r, int min, int max) {
    if (min == max) {
      return min;
    }
    long x = r.choose(min, max);
    if (x < min || x > max) {
      throw new IllegalStateException(
          "randomness "
              + r
              + " chose "
              + x
              + ", outside the range asked for, "
              + min
              + " to "
              + max);
    }
    return (int) x;
  }

  static long between(Randomness r, long min, long max) {
    if (min == max) {
      return min;
    }
    long x = r.choose(min, max);
    if (x < min || x > max) {
      throw new IllegalStateException(
          "randomness "
              + r
              + " chose "
              + x
              + ", outside the range asked for, "
              + min
              + " to "
              + max);
    }
    return x;
  }

  static <T> T element(Randomness r, List<T> values) {
    return values.get(between(r, 0, values.size() - 1));
  }

  /**
   * An index into a list of the given size, 0 for an empty one, always from one choice of the
   * same range, so that the number of choices does not depend on the size.
   */
  static int index(Randomness r, int size) {
    long x = between(r, 0L, 9_999L);
    return (int) (x * size / 10_000L);
  }

  /** The entry {@code offset} places after {@code start}, going round the list. */
  static <T> T cycle(List<T> values, int start, int offset) {
    return values.get((start + offset) % values.size());
  }

  /** True with the given chance in percent; the simpler choice, the lowest, is false. */
  static boolean chance(Randomness r, int percent) {
    return between(r, 0, 99) >= 100 - percent;
  }

  /**
   * Which of {@code max} slots of a list are used, at least {@code min} of them. Every slot has
   * its own choice, the simpler one being "unused", so that a shrinking engine can drop any one
   * element of a list, not only the last; a generator draws the content of unused slots too,
   * and throws it away, so that dropping one leaves the choices of the others where they were.
   * Slots are used with a chance that makes the mean size the middle of the range. Where
   * {@code min == max} nothing is drawn.
   */
  static boolean[] slots(Randomness r, int min, int max) {
    boolean[] used = new boolean[max];
    if (min == max) {
      Arrays.fill(used, true);
      return used;
    }
    int percent = (int) Math.round(50.0 * (min + max) / max);
    int count = 0;
    for (int i = 0; i < max; i++) {
      used[i] = chance(r, percent);
      count += used[i] ? 1 : 0;
    }
    for (int i = 0; count < min; i++) {
      if (!used[i]) {
        used[i] = true;
        count++;
      }
    }
    return used;
  }

  /** An index drawn with the given weights; the lowest choice falls in the first bucket. */
  static int weighted(Randomness r, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = between(r, 0, total - 1);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    throw new AssertionError("weights " + Arrays.toString(weights));
  }
}
