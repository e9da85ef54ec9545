package org.improvementframework.model;

import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/** Parsing and checks shared by the reference types. */
final class References {

  private References() {}

  /**
   * Reads between {@code min} and {@code max} dotted positive numbers, with no sign, space or
   * leading zero, each at most {@link Integer#MAX_VALUE}, so that the canonical text is the only
   * text that reads to a reference, and every reference's text reads back.
   */
  static int[] numbers(CharSequence text, int min, int max) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    // By hand rather than String.split: a plan read parses a reference for every milestone.
    int parts = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '.') {
        parts++;
      }
    }
    if (parts < min || parts > max) {
      throw new ReferenceFormatException(s, 0, expectation(min, max));
    }
    int[] numbers = new int[parts];
    int start = 0;
    for (int i = 0; i < parts; i++) {
      int end = s.indexOf('.', start);
      if (end < 0) {
        end = s.length();
      }
      if (end == start || end - start > 10 || s.charAt(start) == '0') {
        throw new ReferenceFormatException(s, start, expectation(min, max));
      }
      long number = 0;
      for (int j = start; j < end; j++) {
        char c = s.charAt(j);
        if (c < '0' || c > '9') {
          throw new ReferenceFormatException(s, j, expectation(min, max));
        }
        number = number * 10 + (c - '0');
      }
      if (number > Integer.MAX_VALUE) {
        throw new ReferenceFormatException(
            s, start, expectation(min, max) + ", each at most " + Integer.MAX_VALUE);
      }
      numbers[i] = (int) number;
      start = end + 1;
    }
    return numbers;
  }

  static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be a positive number, but was " + value);
    }
    return value;
  }

  private static String expectation(int min, int max) {
    if (min == max) {
      return min == 1
          ? "a positive number, such as 3"
          : min == 2
              ? "two dotted positive numbers, such as 2.1"
              : "three dotted positive numbers, such as 2.1.3";
    }
    return "one to three dotted positive numbers, such as 3, 2.1 or 2.1.3";
  }

  /**
   * Tells whether the element at {@code index} has the number of one before it, all of them
   * checked to belong to one parent: a list has a few, and comparing each with those before it
   * makes nothing, where a set made a table and a node per element of every plan read.
   */
  static <T> boolean numberAppearsBefore(List<T> elements, int index, ToIntFunction<T> number) {
    int n = number.applyAsInt(elements.get(index));
    for (int j = 0; j < index; j++) {
      if (number.applyAsInt(elements.get(j)) == n) {
        return true;
      }
    }
    return false;
  }
}
