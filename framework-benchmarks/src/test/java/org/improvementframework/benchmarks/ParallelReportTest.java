package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

class ParallelReportTest {

  private static final ImprovementPlan PLAN = BenchmarkPlans.plan(4000);

  private static final LocalDate AS_OF = PLAN.asAt().plusMonths(3);

  @Test
  void of_parallel_equalsTheSequentialReport() {
    MonthlyReport r = MonthlyReport.of(PLAN, AS_OF, ReportOptions.defaults());
    ParallelReport p = ParallelReport.of(PLAN, AS_OF, ReportOptions.defaults(), true);
    p.checkSameAs(r);
    assertThat(p.overdue()).isEqualTo(r.overdue()).isNotEmpty();
    assertThat(p.findings()).isEqualTo(r.findings());
  }

  @Test
  void checkSameAs_reportOfAnotherDay_fails() {
    MonthlyReport r = MonthlyReport.of(PLAN, AS_OF.plusYears(1), ReportOptions.defaults());
    ParallelReport p = ParallelReport.of(PLAN, AS_OF, ReportOptions.defaults(), true);
    assertThatThrownBy(() -> p.checkSameAs(r))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("benchmark check failed");
  }

  @Test
  void parallelReportBenchmark_setUpOfASmallPlan_passesItsChecks() {
    ParallelReportBenchmark b = new ParallelReportBenchmark();
    b.milestones = 1000;
    b.setUp();
    assertThat(b.parallel().progress().plan()).isEqualTo(b.sequential().progress().plan());
  }
}
