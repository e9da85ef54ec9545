package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the target reader with Jazzer; regression inputs are in
 * {@code TargetFuzzTestInputs/<method>/} (see docs/reliability.md).
 */
class TargetFuzzTest {

  private static final TargetContext CONTEXT = TargetContext.ofYear(2015);

  /**
   * {@code read} never throws and always has a kind; {@code parse} gives the same target or a
   * {@link TargetParseException}.
   */
  @FuzzTest(maxDuration = "3m")
  void fuzzReadAndParse(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Target read = Target.read(text, CONTEXT);
    assertThat(read.kind()).isNotNull();
    try {
      Target parsed = Target.parse(text, CONTEXT);
      assertThat(parsed).isEqualTo(read);
    } catch (TargetParseException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
