package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputLimitExceptionTest {

  @Test
  void message_namesWhatTheLimitAndWhere() {
    InputLimitException e =
        new InputLimitException(
            "row count", 1000, InputLocation.ofCell("big.csv", 1001, null), null);
    assertThat(e)
        .hasMessage(
            "input too large: row count exceeds the limit of 1000 at big.csv, " + "row 1001");
    assertThat(e.limit()).isEqualTo(1000);
    assertThat(e).isInstanceOf(PlanFormatException.class);
  }
}
