package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputLocationTest {

  @Test
  void toString_cell_namesSourceRowAndColumn() {
    assertThat(InputLocation.ofCell("plan.csv", 14, "TARGET DATE"))
        .hasToString("plan.csv, row 14, column 'TARGET DATE'");
  }

  @Test
  void toString_jsonPath_namesPathThenLineAndColumn() {
    assertThat(InputLocation.ofJsonPath("plan.json", "$.plan.title", 4, 18))
        .hasToString("plan.json, $.plan.title (line 4, column 18)");
  }

  @Test
  void toString_lineOnly_andUnknown() {
    assertThat(InputLocation.builder().line(3).lineColumn(2).build())
        .hasToString("line 3, column 2");
    assertThat(InputLocation.unknown()).hasToString("unknown location");
    assertThat(InputLocation.unknown().isUnknown()).isTrue();
    assertThat(InputLocation.ofSource("x").isUnknown()).isFalse();
  }

  @Test
  void accessors_emptyWhenUnknown() {
    InputLocation l = InputLocation.ofSource("a.csv");
    assertThat(l.source()).contains("a.csv");
    assertThat(l.row()).isEmpty();
    assertThat(l.line()).isEmpty();
    assertThat(l.lineColumn()).isEmpty();
    assertThat(l.column()).isEmpty();
    assertThat(l.jsonPath()).isEmpty();
  }

  @Test
  void withDefaultSource_onlyFillsAMissingSource() {
    InputLocation cell = InputLocation.ofCell(null, 2, "A");
    assertThat(cell.withDefaultSource("b.csv").source()).contains("b.csv");
    assertThat(InputLocation.ofCell("a.csv", 2, "A").withDefaultSource("b.csv").source())
        .contains("a.csv");
    assertThat(cell.withDefaultSource(null)).isSameAs(cell);
  }

  @Test
  void equalsAndHashCode_comparePartByPart() {
    assertThat(InputLocation.ofCell("a", 2, "B"))
        .isEqualTo(InputLocation.ofCell("a", 2, "B"))
        .hasSameHashCodeAs(InputLocation.ofCell("a", 2, "B"))
        .isNotEqualTo(InputLocation.ofCell("a", 3, "B"))
        .isNotEqualTo(InputLocation.ofCell("a", 2, "C"))
        .isNotEqualTo("a, row 2, column 'B'");
    InputLocation l = InputLocation.ofJsonPath("s", "$.a", 1, 2);
    assertThat(l.toBuilder().build()).isEqualTo(l);
  }

  @Test
  void factories_rejectBadNumbersAndNullPath() {
    assertThatThrownBy(() -> InputLocation.ofCell("a", 0, "B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row");
    assertThatThrownBy(() -> InputLocation.builder().line(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InputLocation.builder().lineColumn(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InputLocation.builder().row(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InputLocation.ofJsonPath("a", null, 1, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("jsonPath");
  }
}
