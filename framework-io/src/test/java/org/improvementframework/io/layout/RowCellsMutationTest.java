package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.TargetContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small readings of one row's cells: references, list items, leads and headings. */
class RowCellsMutationTest {

  private static TableRow row(String... cells) {
    return TableRow.of("plan.csv", 7, List.of(cells));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1|[1]",
        "1.1|[1, 1]",
        "10.2.3|[10, 2, 3]",
        "P1.3|[1, 3]",
        "W1|[1]",
        "I.l|[1, 1]",
        " 2 . 4 ):|[]",
        " 2 . 4 )|[2, 4]",
        "1.2.3.4|[1, 2, 3, 4]",
        "1.2.3.4.5|[]",
        "ABCD1|[]",
        "1234|[]",
        "Total|[]",
        "''|[]",
      })
  void reference_readsNumbersOfWrittenReferences(String text, String numbers) {
    assertThat(RowCells.reference(text)).hasToString(numbers);
  }

  @Test
  void leadingReference_onlyAReferenceFollowedByText() {
    assertThat(RowCells.leadingReference("1.1 Strengthen supervision")).containsExactly(1, 1);
    assertThat(RowCells.withoutLeadingReference("1.1) Strengthen supervision "))
        .isEqualTo("Strengthen supervision");
    assertThat(RowCells.leadingReference("2 Strengthen supervision")).isEmpty();
    assertThat(RowCells.withoutLeadingReference("2 Strengthen")).isEqualTo("2 Strengthen");
    assertThat(RowCells.leadingReference("1.1")).isEmpty();
  }

  @Test
  void items_oneItemPerLineOrBullet_withoutTheBullet() {
    assertThat(
            RowCells.items(
                "\u2022 Safer children\n2. Fewer moves\n(b) Stable homes \u2022 Good schools\n\n"))
        .containsExactly("Safer children", "Fewer moves", "Stable homes", "Good schools");
    assertThat(RowCells.items("")).isEmpty();
    assertThat(RowCells.items("-")).containsExactly("-");
  }

  @Test
  void leads_splitAtSlashesSemicolonsAndLines() {
    assertThat(RowCells.leads("Jo Marsh / Al Reyes;Kit Lowe\nSam Ortiz ; "))
        .containsExactly("Jo Marsh", "Al Reyes", "Kit Lowe", "Sam Ortiz");
    assertThat(RowCells.leads("Jo Marsh & Al Reyes")).containsExactly("Jo Marsh & Al Reyes");
  }

  @Test
  void singleCell_onlyWhenExactlyOneCellHasText() {
    assertThat(RowCells.singleCell(row("", " ", "Area 2"))).contains(2);
    assertThat(RowCells.singleCell(row("Area 2", "", ""))).contains(0);
    assertThat(RowCells.singleCell(row("Area 2", "x"))).isEmpty();
    assertThat(RowCells.singleCell(row("", " "))).isEmpty();
  }

  @Test
  void firstTextAndJoined_skipBlankCells() {
    assertThat(RowCells.firstText(row(" ", " Hold meetings ", "Jo"))).isEqualTo("Hold meetings");
    assertThat(RowCells.firstText(row(" ", ""))).isEqualTo("(no description)");
    assertThat(RowCells.joined(row(" a ", "", "b", " "))).isEqualTo("a b");
    assertThat(RowCells.joined(row("", ""))).isEmpty();
  }

  @Test
  void startsWith_comparesTheLeadingNumbers() {
    assertThat(RowCells.startsWith(List.of(1, 2, 3), List.of(1, 2))).isTrue();
    assertThat(RowCells.startsWith(List.of(1, 2), List.of(1, 2))).isTrue();
    assertThat(RowCells.startsWith(List.of(1), List.of(1, 2))).isFalse();
    assertThat(RowCells.startsWith(List.of(1, 3), List.of(1, 2))).isFalse();
  }

  @Test
  void cells_readThroughTheHeader_andNameTheirColumns() {
    TableRow header = row("Ref", "", "Lead");
    Headers.Match match =
        new Headers.Match(header, Map.of(Field.REFERENCE, 0, Field.ACTION, 1, Field.LEAD, 2));
    RowCells cells = new RowCells(row(" 1.1 ", "Hold", "Jo", "extra", " ", "more"), match);

    assertThat(cells.text(Field.REFERENCE)).isEqualTo("1.1");
    assertThat(cells.text(Field.RAG)).isEmpty();
    assertThat(cells.column(Field.REFERENCE)).isEqualTo("Ref");
    assertThat(cells.column(Field.ACTION)).isEqualTo("B");
    assertThat(cells.column(Field.RAG)).isEqualTo("rag");
    assertThat(cells.columnName(3)).isEqualTo("D");
    assertThat(cells.unmapped()).containsExactly(3, 5);
    assertThat(new RowCells(row("a"), new Headers.Match(null, Map.of())).columnName(0))
        .isEqualTo("A");
    assertThat(match.isMapped(2)).isTrue();
    assertThat(match.isMapped(3)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Area 2: Quality of practice|2|Quality of practice|true",
        "AREA FOR IMPROVEMENT 3 - Timeliness|3|Timeliness|true",
        "Priority: Voice of the child||Voice of the child|true",
        "4. Leadership|4|Leadership|false",
        "Theme 0: Nothing||Theme 0: Nothing|false",
        "Area 2|||",
        "Leadership||Leadership|false",
        "B) Permanence||B) Permanence|false",
      })
  void area_readsHeadings(String text, Integer number, String title, Boolean keyword) {
    Headings.AreaHeading h = Headings.area(text);

    assertThat(h.number()).isEqualTo(number);
    assertThat(h.title()).isEqualTo(title == null ? text : title);
    assertThat(h.keyword()).isEqualTo(keyword != null && keyword);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "By June 2015|June 2015",
        "To be completed by: 30/09/2015|30/09/2015",
        "Deadline: 30/09/2015|30/09/2015",
        "September 2015|September 2015",
        "By the spring|",
      })
  void date_readsDateHeadingsWithoutTheirLead(String text, String date) {
    assertThat(Headings.date(text, TargetContext.none()).orElse(null)).isEqualTo(date);
  }

  @Test
  void date_overFortyCharacters_isNoHeading() {
    assertThat(Headings.date("By 30/09/2015", TargetContext.none())).isPresent();
    assertThat(Headings.date("By 30/09/2015" + " and again".repeat(4), TargetContext.none()))
        .isEmpty();
  }

  /** Law: a reference written from numbers reads back as those numbers, with any separators. */
  @Test
  void reference_writtenNumbers_readBack() {
    qt().forAll(
            lists().of(integers().between(0, 999)).ofSizeBetween(1, 4), integers().between(0, 2))
        .checkAssert(
            (numbers, style) -> {
              String sep = style == 0 ? "." : style == 1 ? " . " : ". ";
              String text =
                  String.join(sep, numbers.stream().map(String::valueOf).toList())
                      + (style == 2 ? ")" : "");
              assertThat(RowCells.reference(text)).isEqualTo(numbers);
            });
  }
}
