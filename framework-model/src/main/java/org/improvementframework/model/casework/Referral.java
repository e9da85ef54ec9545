package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A referral to children's social care: the date the local authority received it (CIN census
 * "referral date").
 *
 * <p>{@code toString()} does not show the child's id. This record is immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param date the date the referral was received; not null
 */
public record Referral(String childId, LocalDate date) {

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param date the date the referral was received; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank
   */
  public Referral {
    Ids.require(childId, "childId");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Obtains the record.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param date the date the referral was received; not null
   * @return the record; not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the id is blank
   */
  public static Referral of(String childId, LocalDate date) {
    return new Referral(childId, date);
  }

  /**
   * Gets a description without the child's id.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "Referral[date=" + date + "]";
  }
}
