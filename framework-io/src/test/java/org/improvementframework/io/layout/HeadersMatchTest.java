package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.io.layout.Layout.AreaSource;
import org.improvementframework.io.layout.Layout.Column;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.layout.Layout.Kind;
import org.improvementframework.io.layout.Layout.RowKind;
import org.improvementframework.io.table.TableRow;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Header matching by sorted search gives what comparing each cell with each name gives: the rule
 * is "an exact name beats a prefix of whole words, a longer name a shorter one, the first cell
 * wins a tie, and a cell is taken by one field only".
 */
class HeadersMatchTest {

  /** Few words, so that generated names and cells often equal or begin with one another. */
  private static final List<String> WORDS =
      List.of("Action", "ACTIONS", "act", "by", "Re", "ref", "Target", "date", "owner", "é");

  private static final List<String> JOINS = List.of(" ", "  ", ": ", "-", "_", "/", "");

  @Test
  void match_equalsTheNameByNameComparison() {
    qt().withExamples(2_000)
        .forAll(layouts(), rows())
        .checkAssert(
            (layout, cells) -> {
              TableRow row = TableRow.of("t.csv", 3, cells);
              assertThat(Headers.match(layout, row).columns())
                  .as("row %s, layout %s", cells, layout.columnMap())
                  .isEqualTo(nameByName(layout, row));
            });
  }

  @Test
  void match_exactNameBeatsALongerPrefix() {
    Layout layout = layout(Map.of(Field.ACTION, List.of("Action", "Action owner date")));
    TableRow row = TableRow.of("t.csv", 1, List.of("Action owner date x", "ACTION:"));

    assertThat(Headers.match(layout, row).columns()).isEqualTo(Map.of(Field.ACTION, 1));
  }

  @Test
  void match_prefixOfWholeWordsOnly_andOfThreeCharactersAtLeast() {
    Layout layout = layout(Map.of(Field.TARGET, List.of("Target"), Field.LEAD, List.of("By")));
    TableRow row = TableRow.of("t.csv", 1, List.of("Targets", "by whom", "Target date"));

    assertThat(Headers.match(layout, row).columns()).isEqualTo(Map.of(Field.TARGET, 2));
  }

  @Test
  void match_aCellTakenByOneFieldIsNotTakenByTheNext() {
    Layout layout =
        layout(Map.of(Field.ACTION, List.of("Action"), Field.DESCRIPTION, List.of("Action")));
    TableRow row = TableRow.of("t.csv", 1, List.of("Action", "action"));

    assertThat(Headers.match(layout, row).columns())
        .isEqualTo(Map.of(Field.ACTION, 0, Field.DESCRIPTION, 1));
  }

  /** The comparison the sorted search replaced, kept here as the rule's statement. */
  private static Map<Field, Integer> nameByName(Layout layout, TableRow row) {
    Map<Field, Integer> found = new EnumMap<>(Field.class);
    List<String> cells = new ArrayList<>();
    row.cells().forEach(c -> cells.add(c.isBlank() ? "" : Headers.normalise(c)));
    layout
        .columnMap()
        .forEach(
            (field, column) -> {
              int best = -1;
              int bestScore = 0;
              for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (cell.isEmpty() || found.containsValue(i)) {
                  continue;
                }
                for (String written : column.names()) {
                  String n = Headers.normalise(written);
                  int score =
                      cell.equals(n)
                          ? 1000 + n.length()
                          : n.length() >= 3
                                  && cell.startsWith(n)
                                  && cell.length() > n.length()
                                  && cell.charAt(n.length()) == ' '
                              ? n.length()
                              : 0;
                  if (score > bestScore) {
                    best = i;
                    bestScore = score;
                  }
                }
              }
              if (best >= 0) {
                found.put(field, best);
              }
            });
    return found;
  }

  private static Layout layout(Map<Field, List<String>> names) {
    Map<Field, Column> columns = new EnumMap<>(Field.class);
    names.forEach((f, n) -> columns.put(f, new Column(n, 0)));
    return Layout.ofParts(
        "test", "generated", Kind.TABLE, RowKind.MILESTONE, AreaSource.HEADING, false, columns);
  }

  private static Gen<String> texts() {
    Gen<String> word = integers().between(0, WORDS.size() - 1).map(WORDS::get);
    Gen<String> join = integers().between(0, JOINS.size() - 1).map(JOINS::get);
    return lists()
        .of(word)
        .ofSizeBetween(1, 3)
        .zip(join, (ws, j) -> String.join(j, ws))
        .zip(integers().between(0, 2), (t, c) -> c == 0 ? t : c == 1 ? t.toUpperCase() : t + " ");
  }

  private static Gen<Layout> layouts() {
    Field[] fields = Field.values();
    Gen<Map<Field, List<String>>> names =
        lists()
            .of(integers().between(0, fields.length - 1))
            .ofSizeBetween(1, 5)
            .zip(
                lists().of(lists().of(texts()).ofSizeBetween(1, 4)).ofSize(5),
                (fs, ns) -> {
                  Map<Field, List<String>> m = new EnumMap<>(Field.class);
                  for (int k = 0; k < fs.size(); k++) {
                    m.put(fields[fs.get(k)], ns.get(k));
                  }
                  return m;
                });
    return names.map(HeadersMatchTest::layout);
  }

  private static Gen<List<String>> rows() {
    Gen<String> cell = texts().zip(integers().between(0, 5), (t, blank) -> blank == 0 ? "  " : t);
    return lists().of(cell).ofSizeBetween(0, 8);
  }
}
