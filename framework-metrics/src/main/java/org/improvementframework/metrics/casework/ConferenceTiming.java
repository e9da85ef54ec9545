package org.improvementframework.metrics.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The timing of one initial child protection conference, for a drill-down: the start it was
 * paired with and the working days between them, under the calculator's
 * {@link WorkingDayConvention}.
 *
 * <p>This is per-record personal data: it is returned only to a caller who asks for it and is
 * never logged by this library. {@code toString()} shows neither the child's id nor a date.
 * This record is immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null
 * @param conference the conference day; not null
 * @param start the start it was paired with (strategy discussion or section 47 start), or empty
 *     when there was none on or before the conference; not null
 * @param workingDays the working days from the start to the conference, or empty when there is
 *     no duration (no start, a start after the conference, or dates outside the calendar); not
 *     null
 * @param outcome how the conference was counted, in words; not null
 */
public record ConferenceTiming(
    String childId,
    LocalDate conference,
    Optional<LocalDate> start,
    OptionalInt workingDays,
    String outcome) {

  /**
   * Creates the entry.
   *
   * @param childId the child's id; not null
   * @param conference the conference day; not null
   * @param start the paired start, or empty; not null
   * @param workingDays the working days, or empty; not null
   * @param outcome how it was counted; not null
   * @throws NullPointerException if a field is null
   */
  public ConferenceTiming {
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(conference, "conference");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(workingDays, "workingDays");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Describes the entry by its working days and outcome only.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "ConferenceTiming[workingDays="
        + (workingDays.isPresent() ? String.valueOf(workingDays.getAsInt()) : "")
        + ", outcome="
        + outcome
        + "]";
  }
}
