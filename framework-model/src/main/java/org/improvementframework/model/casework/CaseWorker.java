package org.improvementframework.model.casework;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A worker in post at a snapshot date, with the full-time equivalent they work and whether they
 * are a case-holding social worker.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param workerId the worker's pseudonymous id; not null, not blank
 * @param fte the full-time equivalent, greater than 0 and at most 1.5; not null
 * @param caseHolding true if the worker is a case-holding social worker
 */
public record CaseWorker(String workerId, BigDecimal fte, boolean caseHolding) {

  private static final BigDecimal MAX_FTE = new BigDecimal("1.5");

  /**
   * Creates the record, checking its fields.
   *
   * @param workerId the worker's pseudonymous id; not null, not blank
   * @param fte the full-time equivalent, greater than 0 and at most 1.5; not null
   * @param caseHolding true if the worker is a case-holding social worker
   * @throws NullPointerException if a field is null, with the field's name as message
   * @throws IllegalArgumentException if the id is blank or the FTE out of range
   */
  public CaseWorker {
    Ids.require(workerId, "workerId");
    Objects.requireNonNull(fte, "fte");
    if (fte.signum() <= 0 || fte.compareTo(MAX_FTE) > 0) {
      throw new IllegalArgumentException(
          "fte must be greater than 0 and at most 1.5, but was " + fte.toPlainString());
    }
  }

  /**
   * Gets a description without the worker's id.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "CaseWorker[fte=" + fte.toPlainString() + ", caseHolding=" + caseHolding + "]";
  }
}
