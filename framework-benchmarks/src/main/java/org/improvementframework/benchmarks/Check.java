package org.improvementframework.benchmarks;

/**
 * The correctness checks of the benchmarks' setups: a benchmark whose result is wrong measures
 * nothing, so each setup checks its result once and stops the run if it is wrong.
 */
public final class Check {

  private Check() {}

  /**
   * Fails unless a condition holds.
   *
   * @param condition the condition
   * @param what what was expected, as a format string; not null
   * @param args the format's arguments; not null
   * @throws IllegalStateException if the condition is false
   */
  public static void that(boolean condition, String what, Object... args) {
    if (!condition) {
      throw new IllegalStateException(
          "benchmark check failed: expected " + String.format(what, args));
    }
  }

  /**
   * Fails unless two values are equal.
   *
   * @param actual the value found; may be null
   * @param expected the value expected; may be null
   * @param what what the values are; not null
   * @throws IllegalStateException if they differ
   */
  public static void equal(Object actual, Object expected, String what) {
    if (actual == null ? expected != null : !actual.equals(expected)) {
      throw new IllegalStateException(
          "benchmark check failed: "
              + what
              + " was "
              + shorten(actual)
              + ", expected "
              + shorten(expected));
    }
  }

  private static String shorten(Object o) {
    String s = String.valueOf(o);
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
