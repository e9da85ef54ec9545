package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the reference finder with Jazzer; regression inputs are in
 * {@code ReferenceFinderFuzzTestInputs/<method>/} (see docs/reliability.md).
 */
class ReferenceFinderFuzzTest {

  /** Finding never throws, and each span of the text is the number found. */
  @FuzzTest(maxDuration = "3m")
  void fuzzFind(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    for (FoundReference found : ReferenceFinder.find(text)) {
      assertThat(text.substring(found.start(), found.end())).isEqualTo(found.text());
    }
  }
}
