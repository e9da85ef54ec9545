package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadWarningTest {

  @Test
  void toString_readsAsASentence() {
    ReadWarning w =
        ReadWarning.of(
            InputLocation.ofCell("plan.csv", 14, "RAG"), "unknown RAG", "4", "read as AMBER");
    assertThat(w).hasToString("plan.csv, row 14, column 'RAG': unknown RAG '4': read as AMBER");
    assertThat(w.source()).contains("plan.csv");
    assertThat(w.row()).hasValue(14);
    assertThat(w.column()).contains("RAG");
  }

  @Test
  void toString_withoutTextOrLocation() {
    assertThat(ReadWarning.of(InputLocation.unknown(), "empty row", "", "skipped it"))
        .hasToString("empty row: skipped it");
  }

  @Test
  void equality_isByValue() {
    InputLocation l = InputLocation.ofSource("a");
    assertThat(ReadWarning.of(l, "p", "t", "a"))
        .isEqualTo(ReadWarning.of(l, "p", "t", "a"))
        .isNotEqualTo(ReadWarning.of(l, "p", "t", "b"));
  }

  @Test
  void nulls_areRejectedByName() {
    assertThatThrownBy(() -> ReadWarning.of(null, "p", "t", "a")).hasMessage("location");
    assertThatThrownBy(() -> ReadWarning.of(InputLocation.unknown(), "p", null, "a"))
        .hasMessage("text");
  }
}
