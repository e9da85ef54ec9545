package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReturnsReadBenchmarkTest {

  @Test
  void setUp_twoThousandEpisodes_checksEveryReaderAndTheBenchmarksAgree() throws IOException {
    ReturnsReadBenchmark b = new ReturnsReadBenchmark();
    b.episodes = 2000;
    b.setUp();
    try {
      // the placements of the generated folder: at least one per child, at most one per episode
      assertThat(b.ssda903()).isBetween(500L, 2000L).isEqualTo(b.ssda903());
      assertThat(b.cin()).isBetween(200L, 600L);
      assertThat(b.workforce()).isEqualTo(5000);
    } finally {
      b.tearDown();
    }
  }
}
