package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonReadBenchmarkTest {

  @Test
  void setUp_thousandMilestones_readsBackThePlanAndTheFloorDecodesEveryToken() throws IOException {
    JsonReadBenchmark b = new JsonReadBenchmark();
    b.milestones = 1000;
    b.setUp(); // throws if the plan read differs from the plan written
    assertThat(b.readPlan().milestones()).hasSize(1000);
    assertThat(b.jacksonFloor()).isGreaterThan(b.json().length / 10);
  }
}
