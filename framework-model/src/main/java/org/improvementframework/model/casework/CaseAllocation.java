package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The allocation of a child's case to a worker, from one day to another.
 *
 * <p>{@code toString()} shows neither the child's nor the worker's id. This record is immutable
 * and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param workerId the worker's pseudonymous id; not null, not blank
 * @param start the day the case was allocated; not null
 * @param end the day the allocation ended, or empty while it goes on; not null
 */
public record CaseAllocation(
    String childId, String workerId, LocalDate start, Optional<LocalDate> end) {

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param workerId the worker's pseudonymous id; not null, not blank
   * @param start the day the case was allocated; not null
   * @param end the day it ended, not before {@code start}, or empty; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if an id is blank or the end is before the start
   */
  public CaseAllocation {
    Ids.require(childId, "childId");
    Ids.require(workerId, "workerId");
    Objects.requireNonNull(start, "start");
    Ids.notBefore(end, "end", start, "start");
  }

  /**
   * Checks whether the case was allocated under this allocation at the end of the given day.
   *
   * @param day the day; not null
   * @return true if the allocation started on or before the day and had not ended on or before it
   */
  public boolean isOpenAt(LocalDate day) {
    return !start.isAfter(day) && (end.isEmpty() || end.get().isAfter(day));
  }

  /**
   * Gets a description without the ids.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "CaseAllocation[start="
        + start
        + ", end="
        + end.map(LocalDate::toString).orElse("")
        + "]";
  }
}
