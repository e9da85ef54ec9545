package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LayoutDetectorTest {

  @Test
  void oneDecimal_writesScoresAsTheFormatterWould() {
    qt().forAll(integers().between(0, 1_000_000), integers().between(0, 1))
        .checkAssert(
            (k, eighths) -> {
              double score = eighths == 1 ? k / 8.0 : k / 10.0;
              assertThat(LayoutDetector.oneDecimal(score))
                  .isEqualTo(String.format(Locale.ROOT, "%.1f", score));
            });
  }

  @Test
  void oneDecimal_roundsHalfUp() {
    assertThat(LayoutDetector.oneDecimal(7.25)).isEqualTo("7.3");
    assertThat(LayoutDetector.oneDecimal(7.0)).isEqualTo("7.0");
    assertThat(LayoutDetector.oneDecimal(0.125)).isEqualTo("0.1");
  }
}
