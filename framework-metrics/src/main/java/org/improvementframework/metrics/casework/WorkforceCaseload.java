package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;

/**
 * Calculates the average caseload from the children's social work workforce census: the cases
 * held at 30 September divided by the FTE at 30 September of the workers holding them.
 *
 * <p>Definition. The DfE's <em>Children's social work workforce</em> statistics give the
 * average caseload as the cases held by children and family social workers divided by the FTE
 * of the social workers holding one or more cases, at 30 September. The census records, per
 * worker, {@code Cases30} and {@code FTE30}. Here a worker with {@code Cases30} of 1 or more and
 * an {@code FTE30} above 0 is counted; a worker holding no case, or without an FTE at 30
 * September, is excluded with that reason. Agency workers are counted like others when the
 * census holds their cases. The value is rounded half up to one decimal place. {@link Caseload}
 * is the same measure from allocations in a case management system.
 *
 * <p>An instance is a mutable accumulator, not thread-safe.
 */
public final class WorkforceCaseload {

  static final String NO_CASES = "holds no cases at 30 September";
  static final String NO_FTE = "no FTE at 30 September recorded";

  private final LocalDate snapshot;
  private final List<Counted> included = new ArrayList<>();
  private final List<Excluded> excluded = new ArrayList<>();
  private BigDecimal fte = BigDecimal.ZERO;
  private BigDecimal cases = BigDecimal.ZERO;

  private WorkforceCaseload(LocalDate snapshot) {
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
  }

  /**
   * Obtains an empty calculator for a census date.
   *
   * @param snapshot the census reference date; not null
   * @return the calculator; not null
   * @throws NullPointerException if the date is null
   */
  public static WorkforceCaseload at(LocalDate snapshot) {
    return new WorkforceCaseload(snapshot);
  }

  /**
   * Adds a worker.
   *
   * @param workerId the worker's id; not null
   * @param fte30 the FTE at 30 September, or null if not recorded
   * @param cases30 the cases held at 30 September, or null if not recorded
   * @return this calculator; not null
   * @throws NullPointerException if the id is null
   */
  public WorkforceCaseload add(String workerId, BigDecimal fte30, Integer cases30) {
    Objects.requireNonNull(workerId, "workerId");
    if (cases30 == null || cases30 < 1) {
      excluded.add(new Excluded(workerId, snapshot, NO_CASES));
    } else if (fte30 == null || fte30.signum() <= 0) {
      excluded.add(new Excluded(workerId, snapshot, NO_FTE));
    } else {
      included.add(new Counted(workerId, snapshot, BigDecimal.valueOf(cases30)));
      fte = fte.add(fte30);
      cases = cases.add(BigDecimal.valueOf(cases30));
    }
    return this;
  }

  /**
   * Calculates the average caseload: the numerator is the cases, the denominator the FTE.
   *
   * @return the result, counting children (cases), dated by the census date; not null
   */
  public IndicatorResult result() {
    return IndicatorResult.caseload(
        "Average caseload of social workers holding cases (CSWW)",
        snapshot,
        cases,
        fte,
        included,
        excluded);
  }
}
