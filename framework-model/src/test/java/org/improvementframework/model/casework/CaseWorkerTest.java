package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseWorkerTest {

  @ParameterizedTest(name = "fte {0} accepted: {1}")
  @CsvSource({"0, false", "-0.5, false", "0.01, true", "1.5, true", "1.51, false"})
  void new_fteRange(String fte, boolean ok) {
    if (ok) {
      assertThat(new CaseWorker("W", new BigDecimal(fte), true).fte()).isEqualByComparingTo(fte);
    } else {
      assertThatThrownBy(() -> new CaseWorker("W", new BigDecimal(fte), true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(fte);
    }
  }
}
