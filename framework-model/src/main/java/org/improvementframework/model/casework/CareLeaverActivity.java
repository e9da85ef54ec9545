package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The main activity of a care leaver recorded around a birthday (SSDA903 records it for the
 * 17th to 21st birthdays, from contact in the three months before to the month after).
 *
 * <p>{@code toString()} shows neither the child's id nor the birthday. This record is immutable
 * and thread-safe.
 *
 * @param childId the young person's pseudonymous id; not null, not blank
 * @param birthday the birthday the activity was recorded for (a date of birth plus
 *     {@code age} years); not null
 * @param age the age reached on that birthday, 0 to 30
 * @param activity the main activity; not null
 */
public record CareLeaverActivity(String childId, LocalDate birthday, int age,
    Activity activity) {

  /** The SSDA903 main-activity codes of a care leaver. */
  public enum Activity {
    /** {@code F1}: full-time in higher education. */
    F1(true),
    /** {@code P1}: part-time in higher education. */
    P1(true),
    /** {@code F2}: full-time in education other than higher education. */
    F2(true),
    /** {@code P2}: part-time in education other than higher education. */
    P2(true),
    /** {@code F4}: full-time in training or employment. */
    F4(true),
    /** {@code P4}: part-time in training or employment. */
    P4(true),
    /** {@code G4}: not in education, training or employment, owing to illness or disability. */
    G4(false),
    /** {@code G5}: not in education, training or employment, for other reasons. */
    G5(false),
    /** {@code G6}: not in education, training or employment, owing to pregnancy or parenting. */
    G6(false),
    /** {@code 0}: no information (including not in touch). */
    NO_INFORMATION(false);

    private final boolean inEducationEmploymentOrTraining;

    Activity(boolean eet) {
      this.inEducationEmploymentOrTraining = eet;
    }

    /**
     * Checks whether this activity is education, employment or training.
     *
     * @return true for F1, P1, F2, P2, F4 and P4
     */
    public boolean isEducationEmploymentOrTraining() {
      return inEducationEmploymentOrTraining;
    }

    /**
     * Gets the SSDA903 code.
     *
     * @return the code, such as {@code F1} or {@code 0}; not null
     */
    public String code() {
      return this == NO_INFORMATION ? "0" : name();
    }

    /**
     * Finds the activity with the given SSDA903 code, in any case.
     *
     * @param code the code, such as {@code F1} or {@code 0}; not null
     * @return the activity, or empty if the code is not one; not null
     */
    public static Optional<Activity> ofCode(String code) {
      String c = code.strip().toUpperCase(Locale.ROOT);
      for (Activity a : values()) {
        if (a.code().equals(c)) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the young person's pseudonymous id; not null, not blank
   * @param birthday the birthday the activity was recorded for; not null
   * @param age the age reached on that birthday, 0 to 30
   * @param activity the main activity; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank or the age is out of range
   */
  public CareLeaverActivity {
    Ids.require(childId, "childId");
    Objects.requireNonNull(birthday, "birthday");
    Objects.requireNonNull(activity, "activity");
    if (age < 0 || age > 30) {
      throw new IllegalArgumentException("age must be 0 to 30, but was " + age);
    }
  }

  /**
   * Gets a description without the young person's id or birthday.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "CareLeaverActivity[age=" + age + ", activity=" + activity.code() + "]";
  }
}
