package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of care: the time a child is continuously looked after, from the start of the first
 * SSDA903 episode to the end of the last one, with the child's date of birth (needed for ages).
 *
 * <p>The day a period ends is the day the child ceased to be looked after: a period that ends on
 * 31 March does not count as looked after at 31 March.
 *
 * <p>{@code toString()} shows neither the child's id nor the date of birth. This record is
 * immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param dateOfBirth the child's date of birth; not null
 * @param start the day the child became looked after; not null
 * @param end the day the child ceased to be looked after, or empty while still looked after;
 *     not null
 */
public record LookedAfterPeriod(
    String childId, LocalDate dateOfBirth, LocalDate start, Optional<LocalDate> end) {

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param dateOfBirth the child's date of birth; not null
   * @param start the day the child became looked after; not null
   * @param end the day the period ended, not before {@code start}, or empty; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank or the end is before the start
   */
  public LookedAfterPeriod {
    Ids.require(childId, "childId");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(start, "start");
    Ids.notBefore(end, "end", start, "start");
  }

  /**
   * Checks whether the child was looked after at the end of the given day.
   *
   * @param day the day; not null
   * @return true if the period started on or before the day and had not ended on or before it
   */
  public boolean isOpenAt(LocalDate day) {
    return !start.isAfter(day) && (end.isEmpty() || end.get().isAfter(day));
  }

  /**
   * Gets a description without the child's id or date of birth.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "LookedAfterPeriod[start="
        + start
        + ", end="
        + end.map(LocalDate::toString).orElse("")
        + "]";
  }
}
