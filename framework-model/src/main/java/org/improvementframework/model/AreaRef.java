package org.improvementframework.model;

import org.immutables.value.Value;

/**
 * The number of an area for improvement, written {@code 3}.
 *
 * <p>{@code toString()} gives the canonical text and {@link #parse(CharSequence)} reads exactly
 * that: {@code AreaRef.parse(ref.toString()).equals(ref)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class AreaRef implements Reference {

  AreaRef() {}

  /**
   * Obtains the reference to an area from its number.
   *
   * @param number the area's number, 1 or more
   * @return the reference; not null
   * @throws IllegalArgumentException if the number is less than 1
   */
  public static AreaRef of(int number) {
    return ImmutableAreaRef.of(References.positive("area number", number));
  }

  /**
   * Obtains the reference to an area from its canonical text, such as {@code 3}.
   *
   * @param text the text; not null
   * @return the reference; not null
   * @throws ReferenceFormatException if the text is not one positive number
   */
  public static AreaRef parse(CharSequence text) {
    return of(References.numbers(text, 1, 1)[0]);
  }

  /**
   * Gets the area's number.
   *
   * @return the number, 1 or more
   */
  @Value.Parameter
  public abstract int number();

  @Override
  public AreaRef area() {
    return this;
  }

  @Override
  public int[] numbers() {
    return new int[] {number()};
  }

  /**
   * Obtains the reference to the action of this area with the given number.
   *
   * @param action the action's number within the area, 1 or more
   * @return the action reference; not null
   */
  public ActionRef action(int action) {
    return ActionRef.of(this, action);
  }

  /**
   * Gets the canonical text of this reference, such as {@code 3}.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return Integer.toString(number());
  }
}
