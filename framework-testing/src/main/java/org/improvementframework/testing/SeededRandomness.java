package org.improvementframework.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A {@link Randomness} that draws its choices from a plain {@link RandomGenerator}, for users of
 * JUnit's {@code @ParameterizedTest}, TestNG, jqwik or any other engine, and for benchmarks.
 *
 * <pre>{@code
 * Randomness r = SeededRandomness.of(20150331L);
 * ImprovementPlan plan = PlanGenerators.plans().generate(r);
 * }</pre>
 *
 * <p>{@link #of(long)} uses {@link SplittableRandom}, whose algorithm the JDK specifies, so the
 * same seed gives the same choices, and the same plans, on every machine and JDK. Values drawn
 * this way do not shrink.
 *
 * <p>This class is mutable (each choice advances the generator) and not thread-safe: give each
 * thread its own.
 */
public final class SeededRandomness implements Randomness {

  private final RandomGenerator random;
  private final String description;

  private SeededRandomness(RandomGenerator random, String description) {
    this.random = random;
    this.description = description;
  }

  /**
   * Obtains randomness that draws from a seed, the same choices for the same seed.
   *
   * @param seed the seed
   * @return the randomness; not null
   */
  public static SeededRandomness of(long seed) {
    return new SeededRandomness(new SplittableRandom(seed), "SeededRandomness(seed " + seed + ")");
  }

  /**
   * Obtains randomness that draws from the given generator, such as one an engine supplies.
   *
   * @param random the generator, used from now on only through this object; not null
   * @return the randomness; not null
   */
  public static SeededRandomness from(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return new SeededRandomness(random, "SeededRandomness(" + random + ")");
  }

  /**
   * Chooses an integer between two bounds, both included, uniformly.
   *
   * @param min the smallest value that may be chosen
   * @param max the largest value that may be chosen, not less than {@code min}
   * @return the choice, from {@code min} to {@code max}
   * @throws IllegalArgumentException if {@code max} is less than {@code min}
   */
  @Override
  public long choose(long min, long max) {
    Draw.checkRange("choice", min, max);
    if (min == max) {
      return min;
    }
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    if (min > Long.MIN_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong();
  }

  /**
   * Describes this randomness by its seed or generator.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return description;
  }
}
