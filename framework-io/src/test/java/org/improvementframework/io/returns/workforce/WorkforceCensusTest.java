package org.improvementframework.io.returns.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.improvementframework.io.InputLimits;
import org.junit.jupiter.api.Test;

class WorkforceCensusTest {

  @Test
  void read_sampleWithoutNamespace_readsWorkersVacanciesAndRefusesAHugeNumber() {
    WorkforceCensus c =
        WorkforceCensus.read(
            WorkforceCensusTest.class.getResourceAsStream("csww-2021.xml"),
            "csww-2021.xml",
            InputLimits.defaults());
    assertThat(c.referenceDate()).contains(LocalDate.of(2021, 9, 30));
    assertThat(c.vacancies()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4.5"));
    assertThat(c.workers()).hasSize(3);
    assertThat(c.workers().get(1).fte30())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("0.5")));
    assertThat(c.workers().get(2).agency()).isTrue();
    // FTE 1e999999999 of the fourth worker: a short located problem, the worker left out
    assertThat(c.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().column())
                  .hasValueSatisfying(col -> assertThat(col).endsWith("/CSWWWorker/FTE"));
              assertThat(p.getMessage()).hasSizeLessThan(400).doesNotContain("SW0000000004");
            });
    assertThat(c.workers().get(0).toString()).doesNotContain("SW0000000001");
  }
}
