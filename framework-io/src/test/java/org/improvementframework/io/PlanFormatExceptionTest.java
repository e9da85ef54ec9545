package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanFormatExceptionTest {

  @Test
  void message_namesTextLocationAndExpectation() {
    PlanFormatException e =
        PlanFormatException.builder("cannot read target date")
            .at(InputLocation.ofCell("plan.csv", 14, "TARGET DATE"))
            .field("TARGET DATE")
            .text("Sept 5th")
            .expected("a date, a month, a quarter, a financial year or TBC")
            .build();
    assertThat(e)
        .hasMessage(
            "cannot read target date 'Sept 5th' at plan.csv, row 14, column "
                + "'TARGET DATE': expected a date, a month, a quarter, a financial year or TBC");
    assertThat(e.problem()).isEqualTo("cannot read target date");
    assertThat(e.source()).contains("plan.csv");
    assertThat(e.field()).contains("TARGET DATE");
    assertThat(e.text()).contains("Sept 5th");
    assertThat(e.expected()).contains("a date, a month, a quarter, a financial year or TBC");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void message_namesAFieldThatIsNotTheColumn() {
    PlanFormatException e =
        new PlanFormatException(
            "found null",
            InputLocation.ofJsonPath(null, "$.plan.asAt", 5, 12),
            "asAt",
            null,
            "a string",
            null);
    assertThat(e)
        .hasMessage(
            "found null at $.plan.asAt (line 5, column 12), field 'asAt': " + "expected a string");
    assertThat(e.text()).isEmpty();
  }

  @Test
  void message_shortensLongTextAndShowsLineBreaks_butTheFieldKeepsItAll() {
    String text = "a\nb" + "x".repeat(500);
    PlanFormatException e = PlanFormatException.builder("bad").text(text).build();
    assertThat(e.getMessage())
        .contains("a\\nbxxx")
        .contains("(503 characters)")
        .hasSizeLessThan(200);
    assertThat(e.text()).contains(text);
  }

  @Test
  void messageConstructor_hasAnUnknownLocation() {
    PlanFormatException e = new PlanFormatException("something");
    assertThat(e).hasMessage("something");
    assertThat(e.location().isUnknown()).isTrue();
    assertThat(e.field()).isEmpty();
    assertThat(e.expected()).isEmpty();
  }

  @Test
  void builder_keepsTheCause() {
    Exception cause = new IllegalStateException("x");
    assertThat(PlanFormatException.builder("p").cause(cause).build()).hasCause(cause);
  }

  @Test
  void nulls_areRejectedByName() {
    assertThatThrownBy(() -> PlanFormatException.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("problem");
    assertThatThrownBy(() -> PlanFormatException.builder("p").at(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("at");
    assertThatThrownBy(() -> new PlanFormatException((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
  }
}
