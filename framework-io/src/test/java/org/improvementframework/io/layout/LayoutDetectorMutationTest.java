package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.table.TableRow;
import org.junit.jupiter.api.Test;

/** Which layout detection picks, with which header row, score and words. */
class LayoutDetectorMutationTest {

  private static final String SOURCE = "plan.csv";
  private static final Layout OURS =
      LayoutJsonMutationTest.read(
          "{\"name\": \"ours\", \"columns\": {\"action\": \"Action\", \"lead\": \"Lead\","
              + " \"target\": [\"Due\", \"Due date\"], \"rag\": \"RAG\"}}");
  private static final Layout STEPS =
      LayoutJsonMutationTest.read(
          "{\"name\": \"steps\", \"rows\": \"milestone\", \"columns\": {\"milestone\": \"Step\","
              + " \"lead\": \"Lead\", \"target\": \"Due\"}}");
  private static final Layout DATED =
      LayoutJsonMutationTest.read(
          "{\"name\": \"dated\", \"dateHeadings\": true, \"columns\": {\"action\": \"Action\","
              + " \"lead\": \"Lead\"}}");
  private static final Layout PLACES =
      LayoutJsonMutationTest.read(
          "{\"name\": \"places\", \"columns\": {\"action\": 2, \"lead\": 3}}");

  private final List<ReadWarning> warnings = new ArrayList<>();

  private static List<TableRow> table(List<List<String>> cells) {
    List<TableRow> rows = new ArrayList<>();
    for (List<String> c : cells) {
      rows.add(TableRow.of(SOURCE, rows.size() + 1, c));
    }
    return rows;
  }

  private static List<TableRow> withHeaderAt(int blankRows, int titleRows, List<String> header) {
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < blankRows; i++) {
      cells.add(List.of("", ""));
    }
    for (int i = 0; i < titleRows; i++) {
      cells.add(List.of("Eastfold plan, page " + i));
    }
    cells.add(header);
    cells.add(List.of("1.1", "Hold meetings", "Jo Marsh", "Jun-17", "G"));
    return table(cells);
  }

  @Test
  void fit_headerRow_scoresOnePerColumnAndAShareOfHalf() {
    List<TableRow> rows = withHeaderAt(1, 1, List.of("Ref", "Action", "Lead", "Due date"));

    LayoutDetector.Fit f = LayoutDetector.fit(OURS, rows);

    assertThat(f.header().row().number()).isEqualTo(3);
    assertThat(f.header().columns())
        .containsExactly(
            Map.entry(Field.ACTION, 1), Map.entry(Field.LEAD, 2), Map.entry(Field.TARGET, 3));
    assertThat(f.score()).isEqualTo(3 + 0.5 * 3 / 4);
    assertThat(f.missing()).isEmpty();
    assertThat(f.dates()).isZero();
    assertThat(f.describe()).isEqualTo("ours (header row 3 holds [action, lead, target])");
  }

  @Test
  void fit_firstOfEqualHeaderRows_wins() {
    List<TableRow> rows =
        table(
            List.of(
                List.of("Action", "Lead"),
                List.of("x", "y"),
                List.of("Action", "Lead"),
                List.of("Action", "Lead", "RAG")));

    assertThat(LayoutDetector.fit(OURS, rows).header().row().number()).isEqualTo(4);
    assertThat(LayoutDetector.fit(OURS, rows.subList(0, 3)).header().row().number()).isEqualTo(1);
  }

  @Test
  void fit_headerAmongTheFirstFortyNonBlankRows_isFound() {
    List<String> header = List.of("Action", "Lead", "Due");

    LayoutDetector.Fit fortieth = LayoutDetector.fit(OURS, withHeaderAt(30, 39, header));
    assertThat(fortieth.header().row().number()).isEqualTo(70);
    assertThat(fortieth.score()).isPositive();

    LayoutDetector.Fit fortyFirst = LayoutDetector.fit(OURS, withHeaderAt(0, 40, header));
    assertThat(fortyFirst.header()).isNull();
    assertThat(fortyFirst.score()).isZero();
    assertThat(fortyFirst.missing()).isEqualTo("all its columns");
    assertThat(fortyFirst.describe()).isEqualTo("ours (no header row naming its columns)");
  }

  @Test
  void fit_oneColumnOrNoDataColumn_doesNotFit() {
    LayoutDetector.Fit one = LayoutDetector.fit(OURS, withHeaderAt(0, 0, List.of("Action", "x")));
    assertThat(one.header().size()).isEqualTo(1);
    assertThat(one.score()).isZero();

    LayoutDetector.Fit noAction =
        LayoutDetector.fit(OURS, withHeaderAt(0, 0, List.of("Ref", "Lead", "Due")));
    assertThat(noAction.score()).isZero();
    assertThat(noAction.missing()).isEqualTo("the action column");
    assertThat(noAction.describe())
        .isEqualTo("ours (header row 1 holds [lead, target]; missing the action column)");

    LayoutDetector.Fit noStep =
        LayoutDetector.fit(STEPS, withHeaderAt(0, 0, List.of("Action", "Lead", "Due")));
    assertThat(noStep.missing()).isEqualTo("the milestone column");
    assertThat(noStep.score()).isZero();
    LayoutDetector.Fit step =
        LayoutDetector.fit(STEPS, withHeaderAt(0, 0, List.of("Step", "Lead", "Due")));
    assertThat(step.missing()).isEmpty();
    assertThat(step.score()).isEqualTo(3.5);
  }

  @Test
  void fit_dateHeadings_countOnlyRowsOfOneDateCellWithinFourHundredRows() {
    List<List<String>> cells = new ArrayList<>();
    cells.add(List.of("Action", "Lead"));
    cells.add(List.of("By June 2017", ""));
    cells.add(List.of("By June 2017", "Jo Marsh"));
    cells.add(List.of("", "Sept 2017"));
    for (int i = cells.size(); i < 400; i++) {
      cells.add(List.of("Hold meeting " + i, "Jo Marsh"));
    }
    cells.add(List.of("By March 2018"));
    cells.add(List.of("By April 2018"));

    LayoutDetector.Fit f = LayoutDetector.fit(DATED, table(cells));

    // Rows 2 to 401 are searched: 2, 4 and 401 are date headings; 3 has two cells; 402 is too far.
    assertThat(f.dates()).isEqualTo(3);
    assertThat(f.score()).isEqualTo(2 + 0.5 + 2);
    assertThat(f.describe())
        .isEqualTo("dated (header row 1 holds [action, lead]; 3 date headings)");
  }

  @Test
  void fit_dateHeadingLayoutWithoutDates_doesNotFit() {
    LayoutDetector.Fit f = LayoutDetector.fit(DATED, withHeaderAt(0, 0, List.of("Action", "Lead")));

    assertThat(f.score()).isZero();
    assertThat(f.missing()).isEqualTo("date heading rows");
    assertThat(LayoutDetector.fit(OURS, withHeaderAt(0, 0, List.of("Action", "Lead"))).score())
        .isEqualTo(2.25);
  }

  @Test
  void fit_dateHeadingsInAnOrdinaryLayout_addNothing() {
    List<TableRow> rows =
        table(List.of(List.of("Action", "Lead"), List.of("By June 2017"), List.of("Do", "Jo")));

    LayoutDetector.Fit f = LayoutDetector.fit(OURS, rows);

    assertThat(f.dates()).isEqualTo(1);
    assertThat(f.score()).isEqualTo(2 + 0.5 * 2 / 4);
  }

  @Test
  void fit_positionsOnly_needsNoHeaderRow() {
    LayoutDetector.Fit f = LayoutDetector.fit(PLACES, withHeaderAt(0, 0, List.of("a", "b")));

    assertThat(f.header().row()).isNull();
    assertThat(f.header().columns())
        .containsExactly(Map.entry(Field.ACTION, 1), Map.entry(Field.LEAD, 2));
    assertThat(f.score()).isEqualTo(0.5);
    assertThat(f.describe()).isEqualTo("places (no header row naming its columns)");
  }

  @Test
  void choose_bestScore_withAWarningAtItsHeaderRow() {
    List<TableRow> rows = withHeaderAt(0, 2, List.of("Step", "Action", "Lead", "Due", "RAG"));

    LayoutDetector.Fit f = LayoutDetector.choose(List.of(STEPS, OURS), rows, SOURCE, warnings);

    assertThat(f.layout()).isEqualTo(OURS);
    assertThat(warnings).hasSize(1);
    ReadWarning w = warnings.get(0);
    assertThat(w.location().row()).hasValue(3);
    assertThat(w.location().source()).contains(SOURCE);
    assertThat(w.problem()).isEqualTo("no layout given");
    assertThat(w.action())
        .isEqualTo(
            "read the table as layout ours, which fits best (score 4.5): ours (header row 3"
                + " holds [action, lead, target, rag])");
  }

  @Test
  void choose_equalScores_firstLayoutWins() {
    Layout twin =
        LayoutJsonMutationTest.read(
            "{\"name\": \"twin\", \"columns\": {\"action\": \"Action\", \"lead\": \"Lead\","
                + " \"target\": \"Due\", \"rag\": \"RAG\"}}");
    List<TableRow> rows = withHeaderAt(0, 0, List.of("Action", "Lead"));

    assertThat(LayoutDetector.choose(List.of(twin, OURS), rows, SOURCE, warnings).layout())
        .isEqualTo(twin);
    assertThat(LayoutDetector.choose(List.of(OURS, twin), rows, SOURCE, warnings).layout())
        .isEqualTo(OURS);
  }

  @Test
  void choose_positionsOnly_warnsAtTheSource() {
    LayoutDetector.Fit f =
        LayoutDetector.choose(List.of(PLACES), withHeaderAt(0, 0, List.of("a")), SOURCE, warnings);

    assertThat(f.layout()).isEqualTo(PLACES);
    assertThat(warnings.get(0).location().row()).isEmpty();
    assertThat(warnings.get(0).action())
        .isEqualTo(
            "read the table as layout places, which fits best (score 0.5): places (no header row"
                + " naming its columns)");
  }

  @Test
  void choose_noneFits_namesTheLayoutsAndTheNearest() {
    List<TableRow> rows = withHeaderAt(0, 1, List.of("Lead", "Due", "Owner"));

    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> LayoutDetector.choose(List.of(DATED, OURS, STEPS), rows, SOURCE, warnings));

    assertThat(e.problem()).isEqualTo("no known layout fits the table");
    assertThat(e.source()).contains(SOURCE);
    assertThat(e.expected())
        .contains(
            "a header row naming the columns of one of the layouts [dated, ours, steps]; the"
                + " nearest was ours (header row 2 holds [lead, target]; missing the action"
                + " column) (give the layout with --layout NAME|FILE, or write a layout file)");
    assertThat(warnings).isEmpty();
  }

  @Test
  void choose_noHeaderAnywhere_nearestIsTheLastLayoutTried() {
    List<TableRow> rows = table(List.of(List.of("Nothing", "here")));

    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> LayoutDetector.choose(List.of(OURS, STEPS), rows, SOURCE, warnings));

    assertThat(e.expected().orElseThrow())
        .contains("the nearest was steps (no header row naming its columns)");
  }

  /** Law: the layout chosen does not depend on the order the layouts are tried, when one wins. */
  @Test
  void choose_clearWinner_whateverTheOrder() {
    List<Layout> layouts = List.of(OURS, STEPS, DATED);
    qt().forAll(integers().between(0, 5), integers().between(0, 2))
        .checkAssert(
            (rotation, which) -> {
              List<String> header =
                  switch (which) {
                    case 0 -> List.of("Action", "Lead", "Due", "RAG");
                    case 1 -> List.of("Step", "Lead", "Due");
                    default -> List.of("Action", "Lead", "By June 2017");
                  };
              List<TableRow> rows = new ArrayList<>(withHeaderAt(0, 1, header));
              if (which == 2) {
                rows.add(TableRow.of(SOURCE, rows.size() + 1, List.of("By July 2017")));
              }
              List<Layout> order = new ArrayList<>(layouts);
              Collections.rotate(order, rotation % 3);
              if (rotation >= 3) {
                Collections.reverse(order);
              }
              Layout chosen = LayoutDetector.choose(order, rows, SOURCE, warnings).layout();
              assertThat(chosen).isEqualTo(layouts.get(which));
            });
  }
}
