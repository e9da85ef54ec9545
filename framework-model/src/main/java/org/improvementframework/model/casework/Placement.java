package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A placement of a looked-after child: where the child lived from one day to another.
 *
 * <p>{@code shortBreak} marks a placement that is part of an agreed series of short-term
 * placements (SSDA903 legal status V3 or V4, short breaks); the SSDA903 stability measures
 * leave such placements out. {@code placementType} is the SSDA903 placement code as recorded
 * (such as {@code U1} or {@code A3}); the calculators do not interpret it.
 *
 * <p>{@code toString()} does not show the child's id. This record is immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param start the day the placement started; not null
 * @param end the day it ended, or empty while it goes on; not null
 * @param placementType the SSDA903 placement type code as recorded; not null, may be empty
 * @param shortBreak true if the placement is one of an agreed series of short-term placements
 */
public record Placement(
    String childId,
    LocalDate start,
    Optional<LocalDate> end,
    String placementType,
    boolean shortBreak) {

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param start the day the placement started; not null
   * @param end the day it ended, not before {@code start}, or empty; not null
   * @param placementType the SSDA903 placement type code as recorded; not null
   * @param shortBreak true if part of an agreed series of short-term placements
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank or the end is before the start
   */
  public Placement {
    Ids.require(childId, "childId");
    Objects.requireNonNull(start, "start");
    Ids.notBefore(end, "end", start, "start");
    Objects.requireNonNull(placementType, "placementType");
  }

  /**
   * Checks whether the child was in this placement at the end of the given day.
   *
   * @param day the day; not null
   * @return true if the placement started on or before the day and had not ended on or before it
   */
  public boolean isOpenAt(LocalDate day) {
    return !start.isAfter(day) && (end.isEmpty() || end.get().isAfter(day));
  }

  /**
   * Checks whether any day of the placement falls between two days, both included.
   *
   * @param from the first day; not null
   * @param to the last day; not null
   * @return true if the placement started on or before {@code to} and did not end before
   *     {@code from}
   */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !start.isAfter(to) && (end.isEmpty() || !end.get().isBefore(from));
  }

  /**
   * Gets a description without the child's id.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "Placement[start="
        + start
        + ", end="
        + end.map(LocalDate::toString).orElse("")
        + ", placementType="
        + placementType
        + ", shortBreak="
        + shortBreak
        + "]";
  }
}
