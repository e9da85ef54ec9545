package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An initial child protection conference (ICPC) held about a child.
 *
 * <p>{@code toString()} does not show the child's id. This record is immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param date the date the conference was held; not null
 */
public record InitialConference(String childId, LocalDate date) {

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param date the date the conference was held; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank
   */
  public InitialConference {
    Ids.require(childId, "childId");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Obtains the record.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param date the date the conference was held; not null
   * @return the record; not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the id is blank
   */
  public static InitialConference of(String childId, LocalDate date) {
    return new InitialConference(childId, date);
  }

  /**
   * Gets a description without the child's id.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "InitialConference[date=" + date + "]";
  }
}
