/**
 * The milestone CSV: one row per milestone, with its action's and area's columns repeated, so
 * that a plan opens in a spreadsheet and comes back whole. {@link
 * org.improvementframework.io.csv.PlanCsv} reads and writes it.
 *
 * <p>Errors name the row (the physical line of the file) and the column.
 */
package org.improvementframework.io.csv;
