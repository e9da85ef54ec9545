package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriteBenchmarkTest {

  @Test
  void setUp_thousandMilestones_everyOutputReadsBack_andBytesAreAtLeastChars() {
    WriteBenchmark b = new WriteBenchmark();
    b.milestones = 1000;
    b.setUp(); // throws if an output does not read back to the plan
    int jsonBytes = b.jsonToStream();
    int jsonChars = b.jsonToWriter();
    assertThat(jsonChars).isGreaterThan(1000 * 50);
    assertThat(jsonBytes).isGreaterThanOrEqualTo(jsonChars);
    int csvBytes = b.csvToStream();
    int csvChars = b.csvToWriter();
    assertThat(csvChars).isGreaterThan(1000 * 20);
    assertThat(csvBytes).isGreaterThanOrEqualTo(csvChars);
  }
}
