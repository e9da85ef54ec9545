package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.model.ImprovementPlan;

/**
 * Coverage-guided fuzzing of the canonical JSON reader with Jazzer. In a normal build each
 * method runs once over every file in {@code PlanJsonFuzzTestInputs/<method>/} (regression mode);
 * with {@code JAZZER_FUZZ=1} it fuzzes (see docs/reliability.md).
 */
class PlanJsonFuzzTest {

  /** Any bytes give a plan or a {@link PlanFormatException}; a plan read writes and reads back. */
  @FuzzTest(maxDuration = "3m")
  void fuzzRead(byte[] data) {
    ReadResult<ImprovementPlan> result;
    try {
      result =
          PlanJson.read(
              new ByteArrayInputStream(data),
              PlanJson.Options.defaults().withUnknownFieldsAsWarnings());
    } catch (PlanFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    ImprovementPlan plan = result.value();
    assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
  }
}
