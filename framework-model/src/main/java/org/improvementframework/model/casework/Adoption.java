package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The milestones of a looked-after child's adoption, as the adoption scorecard uses them.
 *
 * <p>{@code fosterPlacementStart} is the day the child moved in with foster carers who went on to
 * adopt the child, when that is how the adoption came about; it is empty otherwise.
 *
 * <p>{@code toString()} does not show the child's id. This record is immutable and thread-safe.
 *
 * @param childId the child's pseudonymous id; not null, not blank
 * @param enteredCare the day the child entered care (start of the period of care that ended in
 *     adoption); not null
 * @param fosterPlacementStart the start of the foster placement with the carers who adopted, or
 *     empty; not null
 * @param placementOrder the day the local authority received court authority to place the child
 *     for adoption (placement order, or consent), or empty if not recorded; not null
 * @param matched the day the local authority decided on the match with the adopters, or empty if
 *     not recorded; not null
 * @param movedIn the day the child moved in with the adoptive family (placed for adoption); not
 *     null
 * @param adoptionOrder the day the adoption order was granted; not null
 */
public record Adoption(
    String childId,
    LocalDate enteredCare,
    Optional<LocalDate> fosterPlacementStart,
    Optional<LocalDate> placementOrder,
    Optional<LocalDate> matched,
    LocalDate movedIn,
    LocalDate adoptionOrder) {

  /**
   * Creates the record, checking its fields.
   *
   * @param childId the child's pseudonymous id; not null, not blank
   * @param enteredCare the day the child entered care; not null
   * @param fosterPlacementStart the start of the foster placement with the adopters, not before
   *     {@code enteredCare}, or empty; not null
   * @param placementOrder the day of the authority to place, or empty; not null
   * @param matched the day of the match decision, or empty; not null
   * @param movedIn the day the child moved in with the adoptive family, not before
   *     {@code enteredCare}; not null
   * @param adoptionOrder the day of the adoption order, not before {@code movedIn}; not null
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank or the dates are out of order
   */
  public Adoption {
    Ids.require(childId, "childId");
    Objects.requireNonNull(enteredCare, "enteredCare");
    Ids.notBefore(fosterPlacementStart, "fosterPlacementStart", enteredCare, "enteredCare");
    Objects.requireNonNull(placementOrder, "placementOrder");
    Objects.requireNonNull(matched, "matched");
    Objects.requireNonNull(movedIn, "movedIn");
    Objects.requireNonNull(adoptionOrder, "adoptionOrder");
    Ids.notBefore(Optional.of(movedIn), "movedIn", enteredCare, "enteredCare");
    Ids.notBefore(Optional.of(adoptionOrder), "adoptionOrder", movedIn, "movedIn");
  }

  /**
   * Gets a description without the child's id.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "Adoption[enteredCare="
        + enteredCare
        + ", movedIn="
        + movedIn
        + ", adoptionOrder="
        + adoptionOrder
        + "]";
  }
}
