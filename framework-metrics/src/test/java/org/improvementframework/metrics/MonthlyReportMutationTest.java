package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a {@link MonthlyReport} says it was made from. */
class MonthlyReportMutationTest {

  @Test
  void of_keepsThePlanAndTheDateOfJudgement() {
    LocalDate asOf = LocalDate.of(2015, 4, 30);
    var plan = Plymouth2015.plan();
    MonthlyReport r = MonthlyReport.of(plan, asOf, ReportOptions.defaults());
    assertThat(r.plan()).isSameAs(plan);
    assertThat(r.asOf()).isEqualTo(asOf).isNotEqualTo(plan.asAt());
  }
}
