/**
 * Statutory measures of children's social care computed from case-level records: initial child
 * protection conference timeliness, re-referrals, placement stability, care leavers in education,
 * employment or training, return interviews, adoption timeliness and caseloads.
 *
 * <p>Each calculator is a mutable accumulator: {@code add} records in any order, {@code merge}
 * partial calculators (the result equals that of adding every record to one), and
 * {@code result()} gives an {@link org.improvementframework.metrics.casework.IndicatorResult}
 * with the value, numerator, denominator, period, counting unit (children or events) and the ids
 * that counted and that were excluded, with reasons. Working days come from a
 * {@link org.improvementframework.metrics.casework.WorkingDayCalendar}.
 */
package org.improvementframework.metrics.casework;
