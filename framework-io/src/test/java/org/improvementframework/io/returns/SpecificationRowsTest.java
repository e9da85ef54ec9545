package org.improvementframework.io.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows of the specification resources: comments and header left out, nothing else lost. */
class SpecificationRowsTest {

  @Test
  void rows_commentsAndBlankLinesAnywhere_giveEveryRowOnceWithItsLine() {
    // 0 a row, 1 a comment, 2 a blank line
    qt().forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 30))
        .checkAssert(
            kinds -> {
              List<String> lines = new ArrayList<>(List.of("# a source", "a,b"));
              List<SpecificationRows.Row> expected = new ArrayList<>();
              for (int k : kinds) {
                String line =
                    switch (k) {
                      case 0 -> "x" + lines.size() + ",," + k;
                      case 1 -> "# note, with a comma";
                      default -> "  ";
                    };
                lines.add(line);
                if (k == 0) {
                  expected.add(
                      new SpecificationRows.Row(lines.size(), List.of(line.split(",", -1))));
                }
              }
              assertThat(SpecificationRows.rows(lines)).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void rows_keepEmptyFieldsAtTheEnd() {
    assertThat(SpecificationRows.rows(List.of("h", "a,,")))
        .containsExactly(new SpecificationRows.Row(2, List.of("a", "", "")));
  }

  @Test
  void lines_missingResource_namesIt() {
    assertThatThrownBy(() -> SpecificationRows.lines(SpecificationRowsTest.class, "none.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("none.csv is missing from the framework-io jar");
  }
}
