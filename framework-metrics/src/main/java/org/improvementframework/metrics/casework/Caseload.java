package org.improvementframework.metrics.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.CaseWorker;

/**
 * Calculates the average caseload at a snapshot date: the cases held by case-holding social
 * workers divided by their full-time equivalent.
 *
 * <p>Definition. The Department for Education's <em>Children's social work workforce</em>
 * statistics (the workforce census) give the average caseload as the number of cases held by
 * case-holding social workers divided by the FTE of those workers, at 30 September. Here:
 * <ul>
 *   <li>It counts <b>children</b>: a case is a child whose case is allocated, at the end of the
 *       snapshot day, to at least one case-holding worker; a child allocated to two workers is
 *       one case.</li>
 *   <li>The denominator is the total FTE of the case-holding workers added (the staff list at the
 *       snapshot), whether or not they hold cases. A worker id added more than once counts once,
 *       with the largest FTE, and as case-holding if any record says so.</li>
 *   <li>A child whose only open allocations are to workers who are not case-holding social workers,
 *       or to workers missing from the staff list, is excluded with that reason.</li>
 *   <li>The value is rounded half up to one decimal place; with no case-holding FTE it is not
 *       applicable.</li>
 * </ul>
 *
 * <p>An instance is a mutable accumulator, not thread-safe; merging calculators gives the same
 * result as adding all records to one.
 */
public final class Caseload {

  static final String NOT_CASE_HOLDING =
      "allocated only to workers who are not case-holding" + " social workers";
  static final String UNKNOWN_WORKER = "allocated only to workers missing from the staff list";

  private final LocalDate snapshot;
  private final Map<String, CaseWorker> workers = new HashMap<>();
  private final List<CaseAllocation> allocations = new ArrayList<>();

  private Caseload(LocalDate snapshot) {
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
  }

  /**
   * Obtains an empty calculator for a snapshot date.
   *
   * @param snapshot the day at whose end cases are counted; not null
   * @return the calculator; not null
   * @throws NullPointerException if the date is null
   */
  public static Caseload at(LocalDate snapshot) {
    return new Caseload(snapshot);
  }

  /**
   * Adds a worker in post at the snapshot date.
   *
   * @param worker the worker; not null
   * @return this calculator; not null
   * @throws NullPointerException if the worker is null
   */
  public Caseload add(CaseWorker worker) {
    Objects.requireNonNull(worker, "worker");
    workers.merge(worker.workerId(), worker, Caseload::combine);
    return this;
  }

  private static CaseWorker combine(CaseWorker a, CaseWorker b) {
    return new CaseWorker(a.workerId(), a.fte().max(b.fte()), a.caseHolding() || b.caseHolding());
  }

  /**
   * Adds an allocation of a case.
   *
   * @param allocation the allocation; not null
   * @return this calculator; not null
   * @throws NullPointerException if the allocation is null
   */
  public Caseload add(CaseAllocation allocation) {
    allocations.add(Objects.requireNonNull(allocation, "allocation"));
    return this;
  }

  /**
   * Adds all records of another calculator to this one.
   *
   * @param other a calculator of the same snapshot date; not null
   * @return this calculator; not null
   * @throws IllegalArgumentException if the snapshot dates differ
   */
  public Caseload merge(Caseload other) {
    Merging.samePeriod(DateRange.ofDay(snapshot), DateRange.ofDay(other.snapshot));
    other.workers.values().forEach(this::add);
    allocations.addAll(other.allocations);
    return this;
  }

  /**
   * Calculates the average caseload; the numerator is the number of cases and the denominator
   * the FTE of case-holding workers.
   *
   * @return the result, counting children, dated by the snapshot; not null
   */
  public IndicatorResult result() {
    // per child: 2 held by a case holder, 1 only by others, 0 only by unknown workers
    Map<String, Integer> status = new TreeMap<>();
    for (CaseAllocation a : allocations) {
      if (!a.isOpenAt(snapshot)) {
        continue;
      }
      CaseWorker w = workers.get(a.workerId());
      int s = w == null ? 0 : w.caseHolding() ? 2 : 1;
      status.merge(a.childId(), s, Math::max);
    }
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    status.forEach(
        (id, s) -> {
          if (s == 2) {
            included.add(new Counted(id, snapshot, BigDecimal.ONE));
          } else {
            excluded.add(new Excluded(id, snapshot, s == 1 ? NOT_CASE_HOLDING : UNKNOWN_WORKER));
          }
        });
    BigDecimal fte =
        workers.values().stream()
            .filter(CaseWorker::caseHolding)
            .map(CaseWorker::fte)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cases = BigDecimal.valueOf(included.size());
    return IndicatorResult.caseload(
        "Average caseload of case-holding social workers",
        snapshot,
        cases,
        fte,
        included,
        excluded);
  }
}
