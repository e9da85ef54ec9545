package org.improvementframework.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRowTest {

  @ParameterizedTest
  @CsvSource({"1,A", "26,Z", "27,AA", "52,AZ", "53,BA", "702,ZZ", "703,AAA", "16384,XFD"})
  void columnLetters_areSpreadsheetLetters(int column, String letters) {
    assertThat(TableRow.columnLetters(column)).isEqualTo(letters);
  }

  @Test
  void columnLetters_belowOne_isRefused() {
    assertThatThrownBy(() -> TableRow.columnLetters(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void location_namesFileSheetRowAndColumn() {
    TableRow row = new TableRow("plan.xlsx", "Area 1", 14, List.of("a", "b"), false);
    assertThat(row.location(5).toString())
        .isEqualTo("plan.xlsx, sheet 'Area 1', row 14, column 'E'");
    assertThat(row.location().sheet()).contains("Area 1");
  }

  @Test
  void cell_pastTheEnd_isEmpty() {
    TableRow row = TableRow.of("f.csv", 2, List.of("x"));
    assertThat(row.cell(0)).isEqualTo("x");
    assertThat(row.cell(7)).isEmpty();
    assertThat(row.isBlank()).isFalse();
    assertThat(TableRow.of("f.csv", 3, List.of(" ", "")).isBlank()).isTrue();
  }

  @Test
  void toString_neverShowsCellText() {
    TableRow row = TableRow.of("f.csv", 2, List.of("Child 123456"));
    assertThat(row.toString()).doesNotContain("123456").contains("row 2");
  }

  @Test
  void rowNumberBelowOne_isRefused() {
    assertThatThrownBy(() -> TableRow.of("f.csv", 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listReader_handsOutEachRowOnceInOrder() throws IOException {
    TableRow a = TableRow.of(null, 1, List.of("a"));
    TableRow b = TableRow.of(null, 2, List.of("b"));
    try (TableReader reader = TableReader.of(List.of(a, b))) {
      assertThat(reader.next()).contains(a);
      assertThat(reader.next()).contains(b);
      assertThat(reader.next()).isEmpty();
      assertThat(reader.warnings()).isEmpty();
    }
  }
}
