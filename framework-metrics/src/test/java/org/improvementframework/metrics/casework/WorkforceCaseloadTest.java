package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.junit.jupiter.api.Test;

class WorkforceCaseloadTest {

  private static final LocalDate CENSUS = LocalDate.of(2024, 9, 30);

  @Test
  void result_casesOverFteOfWorkersHoldingCases() {
    IndicatorResult r =
        WorkforceCaseload.at(CENSUS)
            .add("W1", new BigDecimal("1.0"), 18)
            .add("W2", new BigDecimal("0.5"), 1) // one case is enough
            .result();
    assertThat(r.included())
        .containsExactly(
            new Counted("W1", CENSUS, BigDecimal.valueOf(18)),
            new Counted("W2", CENSUS, BigDecimal.ONE));
    assertThat(r.numerator()).isEqualByComparingTo("19");
    assertThat(r.denominator()).isEqualByComparingTo("1.5");
    assertThat(r.number()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.7"));
    assertThat(r.excluded()).isEmpty();
  }

  @Test
  void add_noCasesOrNoFte_isExcludedWithItsReason() {
    IndicatorResult r =
        WorkforceCaseload.at(CENSUS)
            .add("W0", BigDecimal.ONE, 0)
            .add("WN", BigDecimal.ONE, null)
            .add("WM", BigDecimal.ONE, -1)
            .add("F0", BigDecimal.ZERO, 5)
            .add("FN", null, 5)
            .add("FM", new BigDecimal("-0.5"), 5)
            .result();
    assertThat(r.included()).isEmpty();
    assertThat(r.excluded())
        .containsExactlyInAnyOrder(
            new Excluded("W0", CENSUS, WorkforceCaseload.NO_CASES),
            new Excluded("WN", CENSUS, WorkforceCaseload.NO_CASES),
            new Excluded("WM", CENSUS, WorkforceCaseload.NO_CASES),
            new Excluded("F0", CENSUS, WorkforceCaseload.NO_FTE),
            new Excluded("FN", CENSUS, WorkforceCaseload.NO_FTE),
            new Excluded("FM", CENSUS, WorkforceCaseload.NO_FTE));
    assertThat(r.numerator()).isZero();
    assertThat(r.denominator()).isZero();
  }

  @Test
  void add_smallestFteAndCaseCount_areIncluded() {
    IndicatorResult r = WorkforceCaseload.at(CENSUS).add("W", new BigDecimal("0.01"), 1).result();
    assertThat(r.included()).extracting(Counted::id).containsExactly("W");
    assertThat(r.denominator()).isEqualByComparingTo("0.01");
  }

  @Test
  void add_nullId_throwsNamingIt() {
    assertThatThrownBy(() -> WorkforceCaseload.at(CENSUS).add(null, BigDecimal.ONE, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("workerId");
  }
}
