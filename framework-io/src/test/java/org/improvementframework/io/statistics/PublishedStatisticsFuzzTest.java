package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.improvementframework.io.PlanFormatException;

/**
 * Coverage-guided fuzzing of the published statistics reader with Jazzer; regression inputs are
 * in {@code PublishedStatisticsFuzzTestInputs/<method>/} (see docs/reliability.md).
 */
class PublishedStatisticsFuzzTest {

  /** Any bytes give series or a {@link PlanFormatException}. */
  @FuzzTest(maxDuration = "3m")
  void fuzzRead(byte[] data) {
    try {
      assertThat(
              PublishedStatistics.read(
                      new ByteArrayInputStream(data), PublishedStatistics.Options.defaults())
                  .value())
          .isNotNull();
    } catch (PlanFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
