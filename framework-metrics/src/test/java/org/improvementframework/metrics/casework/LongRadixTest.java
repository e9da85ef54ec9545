package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The radix sort orders any longs exactly as {@link Arrays#sort(long[])} does, on both sides of
 * its small-array cut-off and whatever bytes the values share (packed keys share most of theirs).
 */
class LongRadixTest {

  @Test
  void sort_ordersAsArraysSortDoes_forAnyValuesAndSizes() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 3000), integers().between(0, 3), longs().all())
        .checkAssert(
            (seed, size, shape, base) -> {
              long[] a = values(new SplittableRandom(seed), size, shape, base);
              long[] expected = a.clone();
              Arrays.sort(expected);
              LongRadix.sort(a);
              assertThat(a).containsExactly(expected);
            });
  }

  @Test
  void sort_keepsEveryValueOfALargeArrayOfNegativesAndPositives() {
    long[] a = values(new SplittableRandom(7), 100_000, 0, 0);
    long[] expected = a.clone();
    Arrays.sort(expected);
    LongRadix.sort(a);
    assertThat(a).containsExactly(expected);
  }

  /**
   * Values of four shapes: any long; a packed (child, day) key with a shared high part; small
   * numbers with duplicates; one value repeated around a base, which leaves most bytes constant.
   */
  private static long[] values(SplittableRandom r, int size, int shape, long base) {
    long[] a = new long[size];
    for (int i = 0; i < size; i++) {
      a[i] =
          switch (shape) {
            case 0 -> r.nextLong();
            case 1 -> ((long) r.nextInt(50_000) << 32) | (r.nextInt(20_000) + 16_000L);
            case 2 -> r.nextInt(-40, 40);
            default -> base + r.nextInt(3);
          };
    }
    return a;
  }
}
