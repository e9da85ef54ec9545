package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.improvementframework.io.PlanFormatException;

/**
 * Coverage-guided fuzzing of the mapping file reader with Jazzer; regression inputs are in
 * {@code StatisticsMappingJsonFuzzTestInputs/fuzzRead/}.
 */
class StatisticsMappingJsonFuzzTest {

  /** Any text gives a mapping that writes and reads back equal, or a located exception. */
  @FuzzTest(maxDuration = "2m")
  void fuzzRead(byte[] data) {
    String json = new String(data, StandardCharsets.UTF_8);
    StatisticsMapping m;
    try {
      m = StatisticsMappingJson.read(json, "fuzz.json");
    } catch (PlanFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(StatisticsMappingJson.read(StatisticsMappingJson.write(m), "again.json"))
        .isEqualTo(m);
  }
}
