package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JsonFloorCpuTest {

  @Test
  void floor_withEveryValueDecoded_isTheBenchmarksFloor_andLeavingTheMarkedOnesDoesLess()
      throws IOException {
    JsonReadBenchmark b = new JsonReadBenchmark();
    b.milestones = 1000;
    b.setUp();
    JsonFactory factory = new JsonFactory();
    boolean[] decoded = JsonFloorCpu.decoded(factory, b.json());
    int byBytes = 0;
    for (boolean d : decoded) {
      byBytes += d ? 0 : 1;
    }
    // each milestone's reference, target text and kind, status progress and text at least
    assertThat(byBytes).isGreaterThanOrEqualTo(5 * 1000).isLessThan(decoded.length);
    boolean[] all = new boolean[decoded.length];
    Arrays.fill(all, true);
    long floor = JsonReadBenchmark.floor(factory, b.json());
    assertThat(JsonFloorCpu.floor(factory, b.json(), all, false)).isEqualTo(floor);
    assertThat(JsonFloorCpu.floor(factory, b.json(), all, true)).isEqualTo(floor);
    assertThat(JsonFloorCpu.floor(factory, b.json(), decoded, false)).isLessThan(floor);
  }
}
