package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class HistoryTrendBenchmarkTest {

  @Test
  void setUp_checksTheTrendFromTheStore_andTearDownRemovesTheFolder() throws IOException {
    HistoryTrendBenchmark b = new HistoryTrendBenchmark();
    b.milestones = 200;
    b.months = 4;
    b.setUp();
    try {
      assertThat(b.trend().dates()).hasSize(4);
    } finally {
      b.tearDown();
    }
  }
}
