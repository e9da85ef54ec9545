package org.improvementframework.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.model.ImprovementPlan;

/**
 * Coverage-guided fuzzing of the milestone CSV reader with Jazzer; regression inputs are in
 * {@code PlanCsvFuzzTestInputs/<method>/} (see docs/reliability.md).
 */
class PlanCsvFuzzTest {

  /** Any bytes give a plan or a {@link PlanFormatException}; a plan read writes and reads back. */
  @FuzzTest(maxDuration = "3m")
  void fuzzRead(byte[] data) {
    ReadResult<ImprovementPlan> result;
    try {
      result = PlanCsv.read(new ByteArrayInputStream(data), PlanCsv.Options.defaults());
    } catch (PlanFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    ImprovementPlan plan = result.value();
    assertThat(PlanCsv.read(PlanCsv.write(plan))).isEqualTo(plan);
  }
}
