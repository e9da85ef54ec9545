package org.improvementframework.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.improvementframework.model.AreaRef;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void toString_isSeverityRuleWhereAndMessage() {
    assertThat(
            Finding.of(
                "area-without-lead", Severity.WARNING, AreaRef.of(6), "area 6 names no lead"))
        .hasToString("WARNING area-without-lead 6: area 6 names no lead");
    assertThat(new Finding("plan-wide", Severity.INFO, Optional.empty(), "hello"))
        .hasToString("INFO plan-wide: hello");
  }

  @Test
  void equality_byParts() {
    assertThat(Finding.of("r", Severity.ERROR, AreaRef.of(1), "m"))
        .isEqualTo(Finding.of("r", Severity.ERROR, AreaRef.of(1), "m"))
        .isNotEqualTo(Finding.of("r", Severity.WARNING, AreaRef.of(1), "m"));
  }

  @Test
  void of_nullRef_namesTheParameter() {
    assertThatThrownBy(() -> Finding.of("r", Severity.ERROR, null, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
  }
}
