package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The health and offending outcomes recorded for a child looked after continuously for 12 months
 * at 31 March (one row of the SSDA903 OC2 table).
 *
 * <p>Each outcome is empty when the return leaves it blank (not recorded, or not asked at the
 * child's age), which is never the same as {@code false}.
 *
 * <p>{@code toString()} shows neither the child's id nor the date of birth. This record is
 * immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param dateOfBirth the child's date of birth; not null
 * @param convicted {@code CONVICTED}: convicted or subject to a youth caution or youth
 *     conditional caution during the year, or empty; not null
 * @param healthAssessment {@code HEALTH_ASSESSMENT}: annual health assessment up to date, or
 *     empty; not null
 * @param immunisations {@code IMMUNISATIONS}: immunisations up to date, or empty; not null
 * @param teethChecked {@code TEETH_CHECK}: teeth checked by a dentist, or empty; not null
 * @param developmentAssessment {@code HEALTH_CHECK}: development assessments up to date (asked
 *     for children under 5), or empty; not null
 * @param substanceMisuse {@code SUBSTANCE_MISUSE}: identified as having a substance misuse
 *     problem, or empty; not null
 * @param sdqScore {@code SDQ_SCORE}: the Strengths and Difficulties Questionnaire score, 0 to
 *     40, or empty; not null
 */
public record LookedAfterOutcomes(
    String childId,
    LocalDate dateOfBirth,
    Optional<Boolean> convicted,
    Optional<Boolean> healthAssessment,
    Optional<Boolean> immunisations,
    Optional<Boolean> teethChecked,
    Optional<Boolean> developmentAssessment,
    Optional<Boolean> substanceMisuse,
    Optional<Integer> sdqScore) {

  /** The highest total difficulties score of the questionnaire. */
  public static final int MAX_SDQ_SCORE = 40;

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param dateOfBirth the date of birth; not null
   * @param convicted convicted or cautioned during the year, or empty; not null
   * @param healthAssessment health assessment up to date, or empty; not null
   * @param immunisations immunisations up to date, or empty; not null
   * @param teethChecked teeth checked, or empty; not null
   * @param developmentAssessment development assessments up to date, or empty; not null
   * @param substanceMisuse substance misuse problem identified, or empty; not null
   * @param sdqScore the SDQ score, 0 to 40, or empty; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank or the score is outside 0 to 40
   */
  public LookedAfterOutcomes {
    Ids.require(childId, "childId");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(convicted, "convicted");
    Objects.requireNonNull(healthAssessment, "healthAssessment");
    Objects.requireNonNull(immunisations, "immunisations");
    Objects.requireNonNull(teethChecked, "teethChecked");
    Objects.requireNonNull(developmentAssessment, "developmentAssessment");
    Objects.requireNonNull(substanceMisuse, "substanceMisuse");
    Objects.requireNonNull(sdqScore, "sdqScore");
    if (sdqScore.isPresent() && (sdqScore.get() < 0 || sdqScore.get() > MAX_SDQ_SCORE)) {
      throw new IllegalArgumentException("sdqScore must be 0 to " + MAX_SDQ_SCORE);
    }
  }

  /**
   * Gets a description of the outcomes without the child's id or date of birth.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "LookedAfterOutcomes[convicted="
        + text(convicted)
        + ", healthAssessment="
        + text(healthAssessment)
        + ", immunisations="
        + text(immunisations)
        + ", teethChecked="
        + text(teethChecked)
        + ", developmentAssessment="
        + text(developmentAssessment)
        + ", substanceMisuse="
        + text(substanceMisuse)
        + ", sdqScore="
        + text(sdqScore)
        + "]";
  }

  private static String text(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }
}
