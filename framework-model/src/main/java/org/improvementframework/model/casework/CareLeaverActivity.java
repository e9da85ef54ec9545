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
 * @param inTouch the OC3 {@code IN_TOUCH} code, or empty when not recorded; not null
 * @param accommodation the OC3 {@code ACCOM} code as recorded (a letter and {@code 1} for
 *     suitable or {@code 2} for not suitable, or {@code 0} for no information), or empty when not
 *     recorded; not null
 */
public record CareLeaverActivity(
    String childId,
    LocalDate birthday,
    int age,
    Activity activity,
    Optional<InTouch> inTouch,
    Optional<String> accommodation) {

  /**
   * Whether the local authority was in touch with the young person around the birthday: the
   * SSDA903 OC3 {@code IN_TOUCH} codes.
   */
  public enum InTouch {
    /** {@code YES}: in touch. */
    YES,
    /** {@code NO}: not in touch. */
    NO,
    /** {@code DIED}: died after leaving care. */
    DIED,
    /** {@code REFU}: the young person refuses contact. */
    REFU,
    /** {@code NREQ}: the young person no longer requires children's social care services. */
    NREQ,
    /**
     * {@code RHOM}: the young person returned to live with parents or someone with parental
     * responsibility for a continuous period of 6 months or more.
     */
    RHOM;

    /**
     * Finds the value with the given SSDA903 code, in any case.
     *
     * @param code the code, such as {@code YES} or {@code DIED}; not null
     * @return the value, or empty if the code is not one; not null
     */
    public static Optional<InTouch> ofCode(String code) {
      String c = code.strip().toUpperCase(Locale.ROOT);
      for (InTouch t : values()) {
        if (t.name().equals(c)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

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
    /** {@code F4}: engaged full time in an apprenticeship. */
    F4(true),
    /** {@code P4}: engaged part time in an apprenticeship. */
    P4(true),
    /** {@code F5}: engaged full time in training or employment (not apprenticeship). */
    F5(true),
    /** {@code P5}: engaged part time in training or employment (not apprenticeship). */
    P5(true),
    /**
     * {@code F3}: engaged full time in training or employment; a code of the 2016-17 list, where
     * the current list has {@code F4} (apprenticeship) and {@code F5} (not apprenticeship).
     */
    F3(true),
    /**
     * {@code P3}: engaged part time in training or employment; a code of the 2016-17 list, where
     * the current list has {@code P4} (apprenticeship) and {@code P5} (not apprenticeship).
     */
    P3(true),
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
     * @return true for the {@code F} and {@code P} codes, false for {@code G4} to {@code G6}
     *     and no information
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
   * @param inTouch the {@code IN_TOUCH} code, or empty; not null
   * @param accommodation the {@code ACCOM} code, or empty; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank or the age is out of range
   */
  public CareLeaverActivity {
    Ids.require(childId, "childId");
    Objects.requireNonNull(birthday, "birthday");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(inTouch, "inTouch");
    Objects.requireNonNull(accommodation, "accommodation");
    if (age < 0 || age > 30) {
      throw new IllegalArgumentException("age must be 0 to 30, but was " + age);
    }
  }

  /**
   * Creates a record without the in-touch and accommodation codes.
   *
   * @param childId the young person's pseudonymous id; not null, not blank
   * @param birthday the birthday the activity was recorded for; not null
   * @param age the age reached on that birthday, 0 to 30
   * @param activity the main activity; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank or the age is out of range
   */
  public CareLeaverActivity(String childId, LocalDate birthday, int age, Activity activity) {
    this(childId, birthday, age, activity, Optional.empty(), Optional.empty());
  }

  /**
   * Tells whether the accommodation was suitable, from the second character of the
   * {@code ACCOM} code ({@code 1} suitable, {@code 2} not suitable).
   *
   * @return true or false, or empty when no code or {@code 0} (no information) was recorded;
   *     not null
   */
  public Optional<Boolean> suitableAccommodation() {
    return accommodation
        .filter(a -> a.length() == 2)
        .map(a -> a.charAt(1))
        .filter(c -> c == '1' || c == '2')
        .map(c -> c == '1');
  }

  /**
   * Gets a description without the young person's id or birthday.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "CareLeaverActivity[age="
        + age
        + ", activity="
        + activity.code()
        + ", inTouch="
        + inTouch.map(Enum::name).orElse("")
        + ", accommodation="
        + accommodation.orElse("")
        + "]";
  }
}
