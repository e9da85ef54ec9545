package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.improvementframework.model.ImprovementPlan;

/**
 * Coverage-guided fuzzing of the council tracker importer with Jazzer; regression inputs are in
 * {@code TrackerImporterFuzzTestInputs/<method>/} (see docs/reliability.md).
 */
class TrackerImporterFuzzTest {

  /**
   * Any bytes give a plan or a {@link PlanFormatException}. The reporting date is given, so that
   * reading does not stop early at a title without a month.
   */
  @FuzzTest(maxDuration = "3m")
  void fuzzRead(byte[] data) {
    try {
      ReadResult<ImprovementPlan> result = TrackerImporter.read(new ByteArrayInputStream(data),
          TrackerOptions.builder().asAt(LocalDate.of(2015, 3, 31)).build());
      assertThat(result.value().areas()).isNotEmpty();
    } catch (PlanFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
