package org.improvementframework.io.internal;

/**
 * The range checks of io's values, so that a count and a position say alike what they accept:
 * {@code maxRows must be 1 or more, not 0}, {@code line must be 0 (unknown) or more, not -1}.
 */
public final class Checks {

  private Checks() {}

  /**
   * Refuses a count or limit below 1.
   *
   * @param name the name of the value, for the message; not null
   * @param value the value
   * @throws IllegalArgumentException if {@code value} is less than 1
   */
  public static void positive(String name, long value) {
    atLeast(name, value, 1, "1");
  }

  /**
   * Refuses a position below 0, where 0 stands for an unknown position.
   *
   * @param name the name of the value, for the message; not null
   * @param value the value
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static void knownOrZero(String name, long value) {
    atLeast(name, value, 0, "0 (unknown)");
  }

  private static void atLeast(String name, long value, long least, String leastInWords) {
    if (value < least) {
      throw new IllegalArgumentException(
          name + " must be " + leastInWords + " or more, not " + value);
    }
  }
}
