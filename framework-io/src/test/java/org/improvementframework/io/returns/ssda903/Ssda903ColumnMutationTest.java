package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.improvementframework.io.returns.ssda903.Ssda903Column.Kind;
import org.junit.jupiter.api.Test;

/**
 * The factories of the columns, called per test: the tables call them only once, from their
 * static initialiser, where no mutant can be seen.
 */
class Ssda903ColumnMutationTest {

  @Test
  void factories_giveTheColumnOfTheirKind() {
    assertThat(Ssda903Column.id())
        .isEqualTo(new Ssda903Column("CHILD", Kind.ID, true, Set.of(), Set.of()));
    assertThat(Ssda903Column.date("DOB", false))
        .isEqualTo(new Ssda903Column("DOB", Kind.DATE, false, Set.of(), Set.of()));
    assertThat(Ssda903Column.text("URN", true))
        .isEqualTo(new Ssda903Column("URN", Kind.TEXT, true, Set.of(), Set.of()));
    assertThat(Ssda903Column.integer("SDQ_SCORE", false))
        .isEqualTo(new Ssda903Column("SDQ_SCORE", Kind.INTEGER, false, Set.of(), Set.of()));
  }

  @Test
  void code_splitsItsCodesAndOlderCodesAtSpaces() {
    assertThat(Ssda903Column.code("LS", true, "C1 C2"))
        .isEqualTo(new Ssda903Column("LS", Kind.CODE, true, Set.of("C1", "C2"), Set.of()));
    assertThat(Ssda903Column.code("REC", false, "E11", "E43 E44"))
        .isEqualTo(new Ssda903Column("REC", Kind.CODE, false, Set.of("E11"), Set.of("E43", "E44")));
    assertThat(Ssda903Column.code("X", false, "").codes()).isEmpty();
  }
}
