package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CsvReadBenchmarkTest {

  @Test
  void setUp_thousandMilestones_readsBackThePlanAndTheFloorReadsEveryRow() throws IOException {
    CsvReadBenchmark b = new CsvReadBenchmark();
    b.milestones = 1000;
    b.setUp();
    assertThat(b.readPlan().milestones()).hasSize(1000);
    assertThat(b.jacksonRows()).isEqualTo(1001);
  }
}
