/**
 * Readers of case-record CSV extracts (referrals, conferences, placements, missing episodes,
 * care leavers' activity, adoptions, workers and allocations) into the records of
 * {@code org.improvementframework.model.casework}. Problems name the row and column, never the
 * personal data in the cell.
 */
package org.improvementframework.io.casework;
