package org.improvementframework.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A recipe for random values of one type, drawing every random choice through a
 * {@link Randomness}, so that one recipe serves every property-testing engine.
 *
 * <p>With QuickTheories, wrap it with
 * {@code org.improvementframework.testing.quicktheories.QuickTheoriesGen.of(generator)}: failing
 * values then shrink. With anything else, draw from a seed:
 *
 * <pre>{@code
 * ImprovementPlan plan = PlanGenerators.plans().generate(SeededRandomness.of(42));
 * Stream<ImprovementPlan> hundred = PlanGenerators.plans().samples(42).limit(100);
 * }</pre>
 *
 * <p>A generator should be a pure function of the choices it draws: the same choices give an
 * equal value. Shrinking relies on it, and so does "the same seed gives the same value". It
 * should also draw its sizes and alternatives so that the lower end of each range is the
 * simpler value (see {@link Randomness}).
 *
 * <p>The generators of this package are immutable and thread-safe; a {@link Randomness} is not,
 * so give each thread its own.
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Generates a value from the given random choices.
   *
   * @param randomness the source of choices; not null
   * @return the value; not null
   */
  T generate(Randomness randomness);

  /**
   * Obtains a generator of the values of this one, transformed by a function.
   *
   * @param <R> the type of the transformed values
   * @param mapper the function; not null, and should not return null
   * @return the new generator; not null
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return r -> mapper.apply(generate(r));
  }

  /**
   * Obtains a generator that uses a value of this one to choose the next generator.
   *
   * @param <R> the type of the values of the chosen generator
   * @param next the function choosing the next generator from a value; not null
   * @return the new generator; not null
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> next) {
    Objects.requireNonNull(next, "next");
    return r -> next.apply(generate(r)).generate(r);
  }

  /**
   * Obtains a generator of lists of values of this one, of a size between two bounds; the
   * list shrinks towards the smaller size.
   *
   * @param minSize the smallest size, 0 or more
   * @param maxSize the largest size, not less than {@code minSize}
   * @return the generator of unmodifiable lists; not null
   * @throws IllegalArgumentException if the sizes are negative or out of order
   */
  default Generator<List<T>> listOf(int minSize, int maxSize) {
    Draw.checkRange("list size", minSize, maxSize);
    if (minSize < 0) {
      throw new IllegalArgumentException("list size must not be negative, but was " + minSize);
    }
    return r -> {
      int n = Draw.between(r, minSize, maxSize);
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(generate(r));
      }
      return Collections.unmodifiableList(list);
    };
  }

  /**
   * Obtains an endless stream of values drawn from a seed: the same seed gives the same
   * values, on every machine. For engines without a generator interface of their own, such as
   * JUnit's {@code @ParameterizedTest} with {@code @MethodSource}.
   *
   * @param seed the seed
   * @return the stream, to be limited by the caller; not null
   */
  default Stream<T> samples(long seed) {
    Randomness r = SeededRandomness.of(seed);
    return Stream.generate(() -> generate(r));
  }

  /**
   * Obtains a generator that always gives the same value.
   *
   * @param <T> the type of the value
   * @param value the value; not null
   * @return the generator; not null
   */
  static <T> Generator<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return r -> value;
  }

  /**
   * Obtains a generator of integers between two bounds, both included, shrinking towards
   * {@code min}.
   *
   * @param min the smallest value
   * @param max the largest value, not less than {@code min}
   * @return the generator; not null
   * @throws IllegalArgumentException if {@code max} is less than {@code min}
   */
  static Generator<Integer> ints(int min, int max) {
    Draw.checkRange("integer", min, max);
    return r -> Draw.between(r, min, max);
  }

  /**
   * Obtains a generator of one of the given values, shrinking towards the first.
   *
   * @param <T> the type of the values
   * @param values the values, simplest first; not null, not empty, no null element
   * @return the generator; not null
   * @throws IllegalArgumentException if there are no values
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // only read, through a list view: nothing is stored into it
  static <T> Generator<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /**
   * Obtains a generator of one of the given values, shrinking towards the first.
   *
   * @param <T> the type of the values
   * @param values the values, simplest first; not null, not empty, no null element
   * @return the generator; not null
   * @throws IllegalArgumentException if there are no values
   */
  static <T> Generator<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value, but got none");
    }
    return r -> Draw.element(r, copy);
  }

  /**
   * Obtains a generator that picks one of the given generators and generates from it,
   * shrinking towards the first.
   *
   * @param <T> the type of the values
   * @param generators the generators, simplest first; not null, not empty, no null element
   * @return the generator; not null
   * @throws IllegalArgumentException if there are no generators
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // only copied into an immutable list: nothing is stored into it
  static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
    List<Generator<? extends T>> copy = List.of(generators);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator, but got none");
    }
    return r -> Draw.element(r, copy).generate(r);
  }
}
