package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An enquiry under section 47 of the Children Act 1989 into whether a child is suffering, or likely
 * to suffer, significant harm.
 *
 * <p>{@code toString()} does not show the child's id. This record is immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param startDate the date the section 47 enquiry started (CIN census "S47 actual start date");
 *     not null
 */
public record Section47Enquiry(String childId, LocalDate startDate) {

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param startDate the date the section 47 enquiry started (CIN census "S47 actual start date");
   *     not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank
   */
  public Section47Enquiry {
    Ids.require(childId, "childId");
    Objects.requireNonNull(startDate, "startDate");
  }

  /**
   * Obtains the record.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param startDate the date the section 47 enquiry started (CIN census "S47 actual start date");
   *     not null
   * @return the record; not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the id is blank
   */
  public static Section47Enquiry of(String childId, LocalDate startDate) {
    return new Section47Enquiry(childId, startDate);
  }

  /**
   * Gets a description without the child's id.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "Section47Enquiry[startDate=" + startDate + "]";
  }
}
