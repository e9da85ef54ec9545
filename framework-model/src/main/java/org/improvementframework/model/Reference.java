package org.improvementframework.model;

import java.util.Objects;

/**
 * A reference to an area, action or milestone of a plan, written as dotted numbers:
 * {@code 3} (an area), {@code 2.1} (an action), {@code 2.1.3} (a milestone).
 *
 * <p>References order by their numbers, area first: {@code 2 < 2.1 < 2.1.3 < 2.2 < 10}.
 *
 * <pre>{@code
 * Reference ref = Reference.parse("10.1");   // an ActionRef
 * ref.area();                                 // AreaRef 10
 * }</pre>
 *
 * <p>The interface is sealed: a reference is exactly one of {@link AreaRef}, {@link ActionRef}
 * and {@link MilestoneRef}, so that a {@code switch} over them need not guess.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Reference extends Comparable<Reference>
    permits AreaRef, ActionRef, MilestoneRef {

  /**
   * Obtains the reference written as one, two or three dotted positive numbers.
   *
   * @param text the reference, such as {@code 3}, {@code 2.1} or {@code 2.1.3}; not null
   * @return an {@link AreaRef}, {@link ActionRef} or {@link MilestoneRef}; not null
   * @throws ReferenceFormatException if the text is not such a reference
   */
  static Reference parse(CharSequence text) {
    int[] numbers = References.numbers(text, 1, 3);
    return switch (numbers.length) {
      case 1 -> AreaRef.of(numbers[0]);
      case 2 -> ActionRef.of(numbers[0], numbers[1]);
      default -> MilestoneRef.of(numbers[0], numbers[1], numbers[2]);
    };
  }

  /**
   * Gets the area this reference is in (the area itself for an area reference).
   *
   * @return the area reference; not null
   */
  AreaRef area();

  /**
   * Gets the numbers of this reference, area first.
   *
   * @return a new array of one to three positive numbers
   */
  int[] numbers();

  /**
   * Checks whether this reference is the given one or lies within it, so that {@code 2.1.3}
   * lies within {@code 2.1} and within {@code 2}.
   *
   * @param other the possible ancestor; not null
   * @return true if {@code other} is this reference or one of its ancestors
   */
  default boolean isWithin(Reference other) {
    Objects.requireNonNull(other, "other");
    int[] mine = numbers();
    int[] theirs = other.numbers();
    if (theirs.length > mine.length) {
      return false;
    }
    for (int i = 0; i < theirs.length; i++) {
      if (mine[i] != theirs[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  default int compareTo(Reference other) {
    int[] a = numbers();
    int[] b = other.numbers();
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = Integer.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }
}
