/**
 * Case-level records of children's social care, as extracted from a case management system
 * (Liquidlogic, Mosaic, CareFirst), with the fields the statutory measures need: referrals,
 * strategy discussions, section 47 enquiries, initial child protection conferences, periods of
 * care and placements, missing episodes, care leavers' activity, adoption milestones, and
 * case-holding workers with their allocations.
 *
 * <p>A child is known only by a pseudonymous id chosen by the council. Because the records are
 * personal data, their {@code toString()} never shows the child's id or date of birth, and their
 * exceptions never quote them.
 *
 * <p>The types are Java records rather than Immutables values: they are flat carriers of a few
 * fields with one canonical constructor, created by the million from extracts, and a record needs
 * neither generated code nor a builder. Every record is immutable and thread-safe, rejects nulls
 * with a {@link java.lang.NullPointerException} naming the field, and uses
 * {@link java.util.Optional} for dates that may be absent.
 */
package org.improvementframework.model.casework;
