package org.improvementframework.model;

import org.immutables.value.Value;

/**
 * The reference of a milestone within an action, written {@code 2.1.3}.
 *
 * <p>{@code toString()} gives the canonical text and {@link #parse(CharSequence)} reads exactly
 * that: {@code MilestoneRef.parse(ref.toString()).equals(ref)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class MilestoneRef implements Reference {

  MilestoneRef() {}

  /**
   * Obtains the reference to a milestone from its action and its number within the action.
   *
   * @param action the action; not null
   * @param number the milestone's number within the action, 1 or more
   * @return the reference; not null
   * @throws IllegalArgumentException if the number is less than 1
   */
  public static MilestoneRef of(ActionRef action, int number) {
    return ImmutableMilestoneRef.of(action, References.positive("milestone number", number));
  }

  /**
   * Obtains the reference to a milestone from the numbers of its area, action and itself.
   *
   * @param area the area's number, 1 or more
   * @param action the action's number within the area, 1 or more
   * @param number the milestone's number within the action, 1 or more
   * @return the reference; not null
   * @throws IllegalArgumentException if any number is less than 1
   */
  public static MilestoneRef of(int area, int action, int number) {
    return of(ActionRef.of(area, action), number);
  }

  /**
   * Obtains the reference to a milestone from its canonical text, such as {@code 2.1.3}.
   *
   * @param text the text; not null
   * @return the reference; not null
   * @throws ReferenceFormatException if the text is not three dotted positive numbers
   */
  public static MilestoneRef parse(CharSequence text) {
    int[] n = References.numbers(text, 3, 3);
    return of(n[0], n[1], n[2]);
  }

  /**
   * Gets the action this milestone belongs to.
   *
   * @return the action reference; not null
   */
  @Value.Parameter
  public abstract ActionRef action();

  /**
   * Gets the milestone's number within its action.
   *
   * @return the number, 1 or more
   */
  @Value.Parameter
  public abstract int number();

  @Override
  public AreaRef area() {
    return action().area();
  }

  @Override
  public int[] numbers() {
    return new int[] {area().number(), action().number(), number()};
  }

  /**
   * Gets the canonical text of this reference, such as {@code 2.1.3}.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    // From the numbers in one concatenation, as ActionRef's: a report writes one per finding.
    ActionRef action = action();
    return action.area().number() + "." + action.number() + "." + number();
  }
}
