package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A strategy discussion (or meeting) held about a child, which may lead to a section 47 enquiry.
 *
 * <p>{@code toString()} does not show the child's id. This record is immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param date the date the strategy discussion was held; not null
 */
public record StrategyDiscussion(String childId, LocalDate date) {

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param date the date the strategy discussion was held; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank
   */
  public StrategyDiscussion {
    Ids.require(childId, "childId");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Obtains the record.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param date the date the strategy discussion was held; not null
   * @return the record; not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the id is blank
   */
  public static StrategyDiscussion of(String childId, LocalDate date) {
    return new StrategyDiscussion(childId, date);
  }

  /**
   * Gets a description without the child's id.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "StrategyDiscussion[date=" + date + "]";
  }
}
