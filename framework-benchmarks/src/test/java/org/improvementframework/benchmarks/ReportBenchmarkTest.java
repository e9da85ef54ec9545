package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportBenchmarkTest {

  @Test
  void setUp_thousandMilestones_judgesEveryMilestoneAndFindsSomeOverdue() {
    ReportBenchmark b = new ReportBenchmark();
    b.milestones = 1000;
    b.setUp();
    assertThat(b.report().states().total()).isEqualTo(1000);
    assertThat(b.report().overdue()).isNotEmpty();
  }
}
