package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.CaseWorker;
import org.junit.jupiter.api.Test;

class CaseloadTest {

  private static final LocalDate SNAPSHOT = LocalDate.of(2024, 9, 30);

  private static CaseAllocation alloc(String child, String worker, String start, String end) {
    return new CaseAllocation(
        child, worker, LocalDate.parse(start), Optional.ofNullable(end).map(LocalDate::parse));
  }

  @Test
  void result_casesOverFteOfCaseHolders() {
    IndicatorResult r =
        Caseload.at(SNAPSHOT)
            .add(new CaseWorker("W1", BigDecimal.ONE, true))
            .add(new CaseWorker("W2", new BigDecimal("0.5"), true))
            .add(new CaseWorker("M1", BigDecimal.ONE, false))
            .add(alloc("A", "W1", "2024-01-01", null))
            .add(alloc("A", "W2", "2024-01-01", null)) // co-worked: one case
            .add(alloc("B", "W2", "2024-09-30", null)) // allocated on the day
            .add(alloc("C", "W1", "2024-01-01", "2024-09-30")) // ended on the day
            .add(alloc("D", "M1", "2024-01-01", null)) // manager only
            .add(alloc("E", "X9", "2024-01-01", null)) // not in the staff list
            .result();
    assertThat(r.included()).extracting(Counted::id).containsExactly("A", "B");
    assertThat(r.numerator()).isEqualByComparingTo("2");
    assertThat(r.denominator()).isEqualByComparingTo("1.5");
    assertThat(r.number()).hasValue(new BigDecimal("1.3"));
    assertThat(r.excluded())
        .containsExactly(
            new Excluded("D", SNAPSHOT, Caseload.NOT_CASE_HOLDING),
            new Excluded("E", SNAPSHOT, Caseload.UNKNOWN_WORKER));
  }

  @Test
  void result_noCaseHoldingFte_isNotApplicable() {
    IndicatorResult r = Caseload.at(SNAPSHOT).add(alloc("A", "W1", "2024-01-01", null)).result();
    assertThat(r.value()).isEqualTo(IndicatorValue.of(IndicatorValue.Marker.NOT_APPLICABLE));
  }

  @Test
  void merge_duplicateWorkerAcrossParts_countsOnce() {
    Caseload a =
        Caseload.at(SNAPSHOT)
            .add(new CaseWorker("W1", new BigDecimal("0.8"), true))
            .add(alloc("A", "W1", "2024-01-01", null));
    Caseload b = Caseload.at(SNAPSHOT).add(new CaseWorker("W1", new BigDecimal("0.8"), true));
    assertThat(a.merge(b).result().denominator()).isEqualByComparingTo("0.8");
  }

  private static final DateRange MERGE_PERIOD =
      DateRange.of(LocalDate.of(2017, 4, 1), LocalDate.of(2021, 3, 31));

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    MergeLaw.check(
        () -> Caseload.at(LocalDate.of(2020, 9, 30)),
        (c, r) -> {
          if (r instanceof CaseWorker caseWorker) {
            c.add(caseWorker);
          } else if (r instanceof CaseAllocation caseAllocation) {
            c.add(caseAllocation);
          }
        },
        Caseload::merge,
        Caseload::result);
  }
}
