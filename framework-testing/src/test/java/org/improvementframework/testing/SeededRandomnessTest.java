package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SeededRandomnessTest {

  @Test
  void of_sameSeed_givesTheSameChoices() {
    SeededRandomness a = SeededRandomness.of(99);
    SeededRandomness b = SeededRandomness.of(99);
    for (int i = 0; i < 100; i++) {
      assertThat(a.choose(0, 1_000_000)).isEqualTo(b.choose(0, 1_000_000));
    }
  }

  @Test
  void of_seed_givesTheChoicesOfTheJdksSplittableRandom() {
    SplittableRandom jdk = new SplittableRandom(5);
    SeededRandomness r = SeededRandomness.of(5);
    assertThat(r.choose(10, 20)).isEqualTo(jdk.nextLong(10, 21));
  }

  @Test
  void choose_staysWithinBoundsIncludingBoth() {
    SeededRandomness r = SeededRandomness.of(1);
    long[] values = LongStream.range(0, 300).map(i -> r.choose(-1, 1)).toArray();
    assertThat(values).contains(-1L, 0L, 1L);
    assertThat(LongStream.of(values).allMatch(v -> v >= -1 && v <= 1)).isTrue();
  }

  @Test
  void choose_extremeRanges_work() {
    SeededRandomness r = SeededRandomness.of(2);
    assertThat(r.choose(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(r.choose(Long.MAX_VALUE - 1, Long.MAX_VALUE))
        .isGreaterThanOrEqualTo(Long.MAX_VALUE - 1);
    assertThat(r.choose(0, Long.MAX_VALUE)).isNotNegative();
    r.choose(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  @Test
  void choose_maxBelowMin_isRejected() {
    assertThatThrownBy(() -> SeededRandomness.of(1).choose(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min 5, max 4");
  }

  @Test
  void from_drawsFromTheGivenGenerator() {
    SeededRandomness r = SeededRandomness.from(new SplittableRandom(7));
    assertThat(r.choose(0, 100)).isEqualTo(new SplittableRandom(7).nextLong(0, 101));
    assertThat(r.toString()).startsWith("SeededRandomness(");
    assertThatThrownBy(() -> SeededRandomness.from(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("random");
  }

  @Test
  void toString_namesTheSeed() {
    assertThat(SeededRandomness.of(42)).hasToString("SeededRandomness(seed 42)");
  }
}
