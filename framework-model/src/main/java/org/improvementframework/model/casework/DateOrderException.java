package org.improvementframework.model.casework;

import java.util.Objects;

/**
 * Thrown when a record's dates are out of order, or a date is given without the one it follows:
 * names the two fields and never their values, because the dates of a child's record are
 * personal data. A reader maps the field names to the columns of its file.
 */
public class DateOrderException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String laterField;
  private final String earlierField;

  /**
   * Creates the exception.
   *
   * @param laterField the field that must not be before the other, such as {@code returned};
   *     not null
   * @param earlierField the field it must follow, such as {@code start}; not null
   * @throws NullPointerException if a field name is null
   */
  public DateOrderException(String laterField, String earlierField) {
    super(
        Objects.requireNonNull(laterField, "laterField")
            + " must be on or after "
            + Objects.requireNonNull(earlierField, "earlierField")
            + " (and needs it)");
    this.laterField = laterField;
    this.earlierField = earlierField;
  }

  /**
   * Gets the field that must not be before the other.
   *
   * @return the field name; not null
   */
  public String laterField() {
    return laterField;
  }

  /**
   * Gets the field the other must follow.
   *
   * @return the field name; not null
   */
  public String earlierField() {
    return earlierField;
  }
}
