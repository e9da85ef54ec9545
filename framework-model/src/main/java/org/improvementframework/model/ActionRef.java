package org.improvementframework.model;

import org.immutables.value.Value;

/**
 * The reference of an action within an area, written {@code 2.1}.
 *
 * <p>{@code toString()} gives the canonical text and {@link #parse(CharSequence)} reads exactly
 * that: {@code ActionRef.parse(ref.toString()).equals(ref)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ActionRef implements Reference {

  ActionRef() {}

  /**
   * Obtains the reference to an action from its area and its number within the area.
   *
   * @param area the area; not null
   * @param number the action's number within the area, 1 or more
   * @return the reference; not null
   * @throws IllegalArgumentException if the number is less than 1
   */
  public static ActionRef of(AreaRef area, int number) {
    return ImmutableActionRef.of(area, References.positive("action number", number));
  }

  /**
   * Obtains the reference to an action from the numbers of its area and itself.
   *
   * @param area the area's number, 1 or more
   * @param number the action's number within the area, 1 or more
   * @return the reference; not null
   * @throws IllegalArgumentException if either number is less than 1
   */
  public static ActionRef of(int area, int number) {
    return of(AreaRef.of(area), number);
  }

  /**
   * Obtains the reference to an action from its canonical text, such as {@code 2.1}.
   *
   * @param text the text; not null
   * @return the reference; not null
   * @throws ReferenceFormatException if the text is not two dotted positive numbers
   */
  public static ActionRef parse(CharSequence text) {
    int[] n = References.numbers(text, 2, 2);
    return of(n[0], n[1]);
  }

  @Override
  @Value.Parameter
  public abstract AreaRef area();

  /**
   * Gets the action's number within its area.
   *
   * @return the number, 1 or more
   */
  @Value.Parameter
  public abstract int number();

  @Override
  public int[] numbers() {
    return new int[] {area().number(), number()};
  }

  /**
   * Obtains the reference to the milestone of this action with the given number.
   *
   * @param milestone the milestone's number within the action, 1 or more
   * @return the milestone reference; not null
   */
  public MilestoneRef milestone(int milestone) {
    return MilestoneRef.of(this, milestone);
  }

  /**
   * Gets the canonical text of this reference, such as {@code 2.1}.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    // From the numbers in one concatenation: the area's text would be a string of its own.
    return area().number() + "." + number();
  }
}
