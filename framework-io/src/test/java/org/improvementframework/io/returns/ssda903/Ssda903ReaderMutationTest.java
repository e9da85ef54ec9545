package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;

/** The limits and boundaries of reading one Header table. */
class Ssda903ReaderMutationTest {

  private static final String HEADER = "CHILD,SEX,DOB,ETHNIC\n";
  private static final String ROW = "C1,1,01/02/2012,WBRI\n";

  private record Read(
      List<Ssda903Row> rows, List<PlanFormatException> problems, List<ReadWarning> warnings) {}

  private static Read read(String csv, InputLimits limits) {
    List<Ssda903Row> rows = new ArrayList<>();
    List<ReadWarning> warnings = new ArrayList<>();
    List<PlanFormatException> problems =
        Ssda903Reader.of(Ssda903Table.HEADER, limits, 2024)
            .read(new StringReader(csv), "header.csv", rows::add, warnings::add);
    return new Read(rows, problems, warnings);
  }

  @Test
  void read_rowsAtTheLimit_areRead() {
    Read r = read(HEADER + ROW + ROW, InputLimits.defaults().withMaxRows(3));

    assertThat(r.rows()).extracting(Ssda903Row::row).containsExactly(2L, 3L);
  }

  @Test
  void read_oneRowOverTheLimit_isRefusedAtThatRow() {
    assertThatThrownBy(() -> read(HEADER + ROW + ROW + ROW, InputLimits.defaults().withMaxRows(3)))
        .isInstanceOf(InputLimitException.class)
        .hasMessageContaining("rows exceeds the limit of 3")
        .satisfies(e -> assertThat(((InputLimitException) e).location().row()).hasValue(4));
  }

  @Test
  void read_columnsAtTheLimitAndOneOver_areReadThenRefused() {
    assertThat(read(HEADER + ROW, InputLimits.defaults().withMaxColumns(4)).rows()).hasSize(1);
    assertThatThrownBy(
            () ->
                read(HEADER + "C1,1,01/02/2012,WBRI,x\n", InputLimits.defaults().withMaxColumns(4)))
        .isInstanceOf(InputLimitException.class)
        .hasMessageContaining("columns exceeds the limit of 4")
        .satisfies(e -> assertThat(((InputLimitException) e).location().row()).hasValue(2));
  }

  @Test
  void read_cellAtTheLimitAndOneOver_isReadThenSkipped() {
    InputLimits limits = InputLimits.defaults().withMaxCellChars(4);
    Read at = read(HEADER + "C123,1,2012-02-01,WBRI\n", limits.withMaxCellChars(10));
    Read over = read(HEADER + "C1234,1,01/02/2012,WBRI\n", limits);

    assertThat(at.rows()).hasSize(1);
    assertThat(over.rows()).isEmpty();
    assertThat(over.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.problem()).isEqualTo("cell longer than 4 characters");
              assertThat(p.location().column()).hasValue("CHILD");
              assertThat(p.location().row()).hasValue(2);
            });
  }

  @Test
  void read_rowsAfterBlankLines_areNumberedByTheirPhysicalLine() {
    Read r = read(HEADER + "\n\n" + ROW + "\n" + ROW, InputLimits.defaults());

    assertThat(r.rows()).extracting(Ssda903Row::row).containsExactly(4L, 6L);
  }

  @Test
  void read_codeOfTwelveAndThirteenCharacters_isQuotedWholeThenCut() {
    Read r =
        read(
            HEADER + "C1,1,01/02/2012,ABCDEFGHIJKL\nC2,1,01/02/2012,ABCDEFGHIJKLM\n",
            InputLimits.defaults());

    assertThat(r.warnings())
        .extracting(ReadWarning::text)
        .containsExactly("ABCDEFGHIJKL", "ABCDEFGHIJKL…");
  }

  @Test
  void read_columnNamedTwice_warnsAtTheSecondByPosition() {
    Read r =
        read("CHILD,SEX,DOB,ETHNIC,SEX\n" + "C1,1,01/02/2012,WBRI,2\n", InputLimits.defaults());

    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.problem()).isEqualTo("column named twice");
              assertThat(w.location().column()).hasValue("#5");
            });
    assertThat(r.rows().get(0).value("SEX")).hasValue("1");
  }
}
