package org.improvementframework.testing;

/**
 * The random choices a generator draws, and nothing else: the one interface through which the
 * generators of this package reach a property-testing engine or a plain random generator.
 *
 * <p>Each choice is an integer in a closed range. An engine that shrinks (QuickTheories) shrinks
 * every choice towards the lower end of its range, so generators arrange their choices so that
 * the lower end is the simpler value: fewer areas, shorter texts, the first kind of target.
 */
public interface Randomness {

  /**
   * Chooses an integer between two bounds, both included.
   *
   * @param min the smallest value that may be chosen, and the one a shrinking engine prefers
   * @param max the largest value that may be chosen, not less than {@code min}
   * @return the choice, from {@code min} to {@code max}
   */
  long choose(long min, long max);
}
