package org.improvementframework.testing.quicktheories;

import java.util.Objects;
import java.util.function.Function;
import org.improvementframework.testing.Generator;
import org.improvementframework.testing.Randomness;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Adapts the generators of this library to QuickTheories, so that failing values shrink.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGen.of(PlanGenerators.plans()))
 *     .checkAssert(plan -> assertThat(myRule.check(PlanContext.of(plan, plan.asAt(),
 *         MilestoneClassifier.defaults(), RagPolicy.defaults()))).isNotNull());
 * }</pre>
 *
 * <p>Each choice is drawn as {@code RandomnessSource.next(Constraint.between(min, max))} with its
 * shrink point at {@code min}. QuickTheories records the choices of a failing value and tries
 * smaller ones, replaying the generator each time; since the generators of this library draw
 * every size and alternative with the simple end at {@code min}, a failing plan shrinks to fewer
 * areas, actions and milestones, and to the first (simplest) alternative of each choice.
 *
 * <p>QuickTheories is an optional dependency of this library: only users of this class need it
 * on their test class path.
 */
public final class QuickTheoriesGen {

  private QuickTheoriesGen() {}

  /**
   * Obtains a QuickTheories generator of the values of the given generator, described in
   * failure reports by their {@code toString()}.
   *
   * @param <T> the type of value
   * @param generator the generator; not null
   * @return the QuickTheories generator; not null
   */
  public static <T> Gen<T> of(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return source -> generator.generate(randomness(source));
  }

  /**
   * Obtains a QuickTheories generator of the values of the given generator, described in
   * failure reports by the given function, such as {@code PlanPrinter::outline} for plans.
   *
   * @param <T> the type of value
   * @param generator the generator; not null
   * @param description how to describe a value in a failure report; not null
   * @return the QuickTheories generator; not null
   */
  public static <T> Gen<T> of(Generator<T> generator, Function<? super T, String> description) {
    Objects.requireNonNull(description, "description");
    return of(generator).describedAs(description::apply);
  }

  /**
   * Obtains the {@link Randomness} that draws from a QuickTheories source, for writing a
   * QuickTheories {@code Gen} by hand that calls generators of this library.
   *
   * @param source the QuickTheories source; not null
   * @return the randomness, valid while the source is; not null
   */
  public static Randomness randomness(RandomnessSource source) {
    Objects.requireNonNull(source, "source");
    return (min, max) -> {
      if (max < min) {
        throw new IllegalArgumentException(
            "choice range must have max >= min, but was min " + min + ", max " + max);
      }
      return source.next(Constraint.between(min, max).withShrinkPoint(min));
    };
  }
}
