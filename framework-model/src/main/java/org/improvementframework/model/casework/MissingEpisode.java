package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An episode in which a looked-after child went missing from care, with the return interview
 * offered and held after the child came back.
 *
 * <p>Dates only, as SSDA903 records them; see the return-interview calculator for how the 72
 * hours are read from dates.
 *
 * <p>{@code toString()} does not show the child's id. This record is immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param start the day the child went missing; not null
 * @param returned the day the child returned, or empty if not (yet) returned; not null
 * @param interviewOffered true if a return interview was offered
 * @param interviewHeld the day the return interview was held, or empty; not null
 */
public record MissingEpisode(
    String childId,
    LocalDate start,
    Optional<LocalDate> returned,
    boolean interviewOffered,
    Optional<LocalDate> interviewHeld) {

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param start the day the child went missing; not null
   * @param returned the day the child returned, not before {@code start}, or empty; not null
   * @param interviewOffered true if a return interview was offered
   * @param interviewHeld the day the interview was held, not before {@code returned}, or empty;
   *     not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank, the dates are out of order, or an
   *     interview is held without a return
   */
  public MissingEpisode {
    Ids.require(childId, "childId");
    Objects.requireNonNull(start, "start");
    Ids.notBefore(returned, "returned", start, "start");
    Objects.requireNonNull(interviewHeld, "interviewHeld");
    if (interviewHeld.isPresent()) {
      if (returned.isEmpty()) {
        throw new DateOrderException("interviewHeld", "returned");
      }
      Ids.notBefore(interviewHeld, "interviewHeld", returned.get(), "returned");
    }
  }

  /**
   * Gets a description without the child's id.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "MissingEpisode[start="
        + start
        + ", returned="
        + returned.map(LocalDate::toString).orElse("")
        + ", interviewOffered="
        + interviewOffered
        + ", interviewHeld="
        + interviewHeld.map(LocalDate::toString).orElse("")
        + "]";
  }
}
