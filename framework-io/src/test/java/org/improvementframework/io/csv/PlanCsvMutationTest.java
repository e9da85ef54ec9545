package org.improvementframework.io.csv;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.csv.PlanCsv.Column;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules of the milestone sheet that a council's edited copy can break, each pinned to the row,
 * column and words of its error: duplicate headings, values in columns a row cannot have, rows of
 * an area or action that come back later and contradict their first row, and the list cells a
 * spreadsheet leaves behind (CRLF, blank lines, a trailing backslash).
 */
class PlanCsvMutationTest {

  private static final PlanCsv.Options OPTIONS = PlanCsv.Options.defaults().withSource("plan.csv");

  /**
   * Area 1 with actions 1.1 (two milestones, rows 2 and 3) and 1.2 (one, row 4); area 2 with
   * action 2.1 (one, row 5). Every list column that the rules below touch has a value.
   */
  private static final ImprovementPlan PLAN =
      ImprovementPlan.builder()
          .title("Children's services improvement plan")
          .organisation("Northdale Council")
          .asAt(LocalDate.of(2015, 3, 31))
          .addNotes("Reported monthly to the improvement board")
          .addAreas(
              Area.builder()
                  .ref(AreaRef.of(1))
                  .title("Keep children safe")
                  .addLeads("Head of safeguarding")
                  .addNotes("Ofsted found thresholds unclear")
                  .addActions(action(1, 1, "Audit open cases", Rag.AMBER, 2))
                  .addActions(action(1, 2, "Train duty staff", null, 1))
                  .build())
          .addAreas(
              Area.builder()
                  .ref(AreaRef.of(2))
                  .title("Improve practice")
                  .addLeads("Principal social worker")
                  .addActions(action(2, 1, "Publish practice standards", Rag.GREEN, 1))
                  .build())
          .build();

  private static Action action(int area, int number, String description, Rag rag, int steps) {
    ActionRef ref = ActionRef.of(area, number);
    Action.Builder b =
        Action.builder().ref(ref).description(description).addNotes("Owner: team manager");
    if (rag != null) {
      b.reportedRag(rag);
    }
    for (int m = 1; m <= steps; m++) {
      b.addMilestones(
          Milestone.builder()
              .ref(MilestoneRef.of(ref, m))
              .description("Step " + m + " of " + description)
              .target(Target.parse("Jun-15"))
              .status(Status.of(Status.IN_PROGRESS.progress(), "Started " + m))
              .build());
    }
    return b.build();
  }

  /** The cells of the written plan, the header first, to edit. */
  private static List<String[]> sheet() {
    CsvTables.Table t =
        CsvTables.read(PlanCsv.write(PLAN), null, PlanCsv.Options.defaults().csvOptions());
    List<String[]> rows = new ArrayList<>();
    for (TableRow r : t.rows()) {
      rows.add(r.cells().toArray(String[]::new));
    }
    return rows;
  }

  /** Joins rows again, every cell quoted. */
  private static String csv(List<String[]> rows) {
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      sb.append(
              Arrays.stream(row)
                  .map(c -> '"' + c.replace("\"", "\"\"") + '"')
                  .collect(joining(",")))
          .append("\r\n");
    }
    return sb.toString();
  }

  private static String[] set(String[] row, Column column, String text) {
    row[column.ordinal()] = text;
    return row;
  }

  private static PlanFormatException error(List<String[]> rows) {
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> PlanCsv.read(csv(rows), OPTIONS));
    assertThat(e).as("a format error").isNotNull();
    return e;
  }

  private static ReadResult<ImprovementPlan> read(List<String[]> rows) {
    return PlanCsv.read(csv(rows), OPTIONS);
  }

  private static String allHeadings() {
    return Arrays.stream(Column.values()).map(Column::heading).collect(joining(", "));
  }

  @Test
  void sheet_asWritten_readsBackTheFixture() {
    assertThat(sheet()).hasSize(5);
    assertThat(read(sheet()).value()).isEqualTo(PLAN);
    assertThat(read(sheet()).warnings()).isEmpty();
  }

  // ------------------------------------------------------------------ header

  @Test
  void read_firstHeadingRepeated_isADuplicateColumnNotAMissingOne() {
    List<String[]> rows = sheet();
    set(rows.get(0), Column.AREA_TITLE, "Area");

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("duplicate column");
    assertThat(e.location().row()).hasValue(1);
    assertThat(e.location().column()).hasValue("Area");
    assertThat(e.expected()).hasValue("each column once");
  }

  @Test
  void read_unknownHeading_listsEveryColumnInOrder() {
    List<String[]> rows = sheet();
    set(rows.get(0), Column.RECURRENCE, "Repeats");

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("unknown column");
    assertThat(e.text()).hasValue("Repeats");
    assertThat(e.expected()).hasValue("only the columns of PlanCsv: " + allHeadings());
    assertThat(allHeadings()).startsWith("Area, Area title, Leads, ").endsWith(", Plan notes");
  }

  @Test
  void read_headingWithSpaces_isFoundStripped() {
    List<String[]> rows = sheet();
    set(rows.get(0), Column.STATUS, "  Status ");

    assertThat(read(rows).value()).isEqualTo(PLAN);
  }

  // ------------------------------------------------------------ empty columns

  @ParameterizedTest
  @EnumSource(
      value = Column.class,
      names = {"AREA_TITLE", "INDICATORS", "ACTION", "MILESTONE", "STATUS"})
  void read_rowWithoutAnArea_refusesAValueInAnyAreaActionOrMilestoneColumn(Column column) {
    List<String[]> rows = sheet();
    String[] extra = rows.get(1).clone();
    for (int i = Column.AREA.ordinal(); i <= Column.STATUS.ordinal(); i++) {
      extra[i] = "";
    }
    set(extra, column, "x");
    rows.add(extra);

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("a row without an area cannot have a value in this column");
    assertThat(e.location().row()).hasValue(6);
    assertThat(e.location().column()).hasValue(column.heading());
    assertThat(e.text()).hasValue("x");
    assertThat(e.expected()).hasValue("an empty cell, or a value in 'Area'");
  }

  @ParameterizedTest
  @EnumSource(
      value = Column.class,
      names = {"ACTION_DESCRIPTION", "ACTION_NOTES", "MILESTONE", "STATUS"})
  void read_rowWithoutAnAction_refusesAValueInAnyActionOrMilestoneColumn(Column column) {
    List<String[]> rows = sheet();
    String[] extra = rows.get(1).clone();
    for (int i = Column.ACTION.ordinal(); i <= Column.STATUS.ordinal(); i++) {
      extra[i] = "";
    }
    set(extra, column, "x");
    rows.add(2, extra);

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("a row without an action cannot have a value in this column");
    assertThat(e.location().row()).hasValue(3);
    assertThat(e.location().column()).hasValue(column.heading());
    assertThat(e.expected()).hasValue("an empty cell, or a value in 'Action'");
  }

  @ParameterizedTest
  @EnumSource(
      value = Column.class,
      names = {"MILESTONE_DESCRIPTION", "TARGET", "PROGRESS", "STATUS"})
  void read_rowWithoutAMilestone_refusesAValueInAnyMilestoneColumn(Column column) {
    List<String[]> rows = sheet();
    String[] extra = rows.get(1).clone();
    for (int i = Column.MILESTONE.ordinal(); i <= Column.STATUS.ordinal(); i++) {
      extra[i] = "";
    }
    set(extra, column, "x");
    rows.add(extra);

    PlanFormatException e = error(rows);

    assertThat(e.problem())
        .isEqualTo("a row without a milestone cannot have a value in this column");
    assertThat(e.location().row()).hasValue(6);
    assertThat(e.location().column()).hasValue(column.heading());
    assertThat(e.expected()).hasValue("an empty cell, or a value in 'Milestone'");
  }

  @Test
  void read_rowWithOnlyThePlan_addsNothing() {
    List<String[]> rows = sheet();
    String[] extra = rows.get(1).clone();
    for (int i = Column.AREA.ordinal(); i <= Column.STATUS.ordinal(); i++) {
      extra[i] = "";
    }
    rows.add(extra);

    assertThat(read(rows).value()).isEqualTo(PLAN);
  }

  // ------------------------------------------------------------ repeated columns

  @ParameterizedTest
  @EnumSource(
      value = Column.class,
      names = {"PLAN_TITLE", "ORGANISATION", "AS_AT", "PLAN_NOTES"})
  void read_planColumnThatContradictsTheFirstRow_namesBothRows(Column column) {
    List<String[]> rows = sheet();
    String first = rows.get(1)[column.ordinal()];
    set(rows.get(3), column, first + " (revised)");

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("contradicts row 2");
    assertThat(e.location().row()).hasValue(4);
    assertThat(e.location().column()).hasValue(column.heading());
    assertThat(e.text()).hasValue(first + " (revised)");
    assertThat(e.expected()).hasValue("the same value as row 2: '" + first + "'");
  }

  @ParameterizedTest
  @EnumSource(
      value = Column.class,
      names = {"AREA_TITLE", "LEADS", "AREA_NOTES"})
  void read_areaColumnThatContradictsTheAreasFirstRow_isAnError(Column column) {
    List<String[]> rows = sheet();
    set(rows.get(2), column, "Changed in row 3");

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("contradicts row 2");
    assertThat(e.location().row()).hasValue(3);
    assertThat(e.location().column()).hasValue(column.heading());
  }

  @ParameterizedTest
  @EnumSource(
      value = Column.class,
      names = {"ACTION_DESCRIPTION", "RAG", "ACTION_NOTES"})
  void read_actionColumnThatContradictsTheActionsFirstRow_isAnError(Column column) {
    List<String[]> rows = sheet();
    set(rows.get(2), column, "GREEN");

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("contradicts row 2");
    assertThat(e.location().row()).hasValue(3);
    assertThat(e.location().column()).hasValue(column.heading());
  }

  @Test
  void read_areaThatComesBackAfterAnotherArea_mustAgreeWithItsFirstRow() {
    List<String[]> rows = sheet();
    // 1.1.1, 1.1.2, 2.1.1, then 1.2.1 with another title for area 1
    String[] late = rows.remove(3);
    rows.add(set(late, Column.AREA_TITLE, "Keep children safer"));

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("contradicts row 2");
    assertThat(e.location().row()).hasValue(5);
    assertThat(e.location().column()).hasValue("Area title");
    assertThat(e.expected()).hasValue("the same value as row 2: 'Keep children safe'");
  }

  @Test
  void read_areaThatComesBackAfterAnotherArea_andAgrees_isTheSameArea() {
    List<String[]> rows = sheet();
    rows.add(rows.remove(3));

    assertThat(read(rows).value()).isEqualTo(PLAN);
  }

  @Test
  void read_actionThatComesBackAfterAnotherAction_mustAgreeWithItsFirstRow() {
    List<String[]> rows = sheet();
    // 1.1.1, 1.2.1, then 1.1.2 with another description for action 1.1
    String[] late = rows.remove(2);
    rows.add(3, set(late, Column.ACTION_DESCRIPTION, "Audit closed cases"));

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("contradicts row 2");
    assertThat(e.location().row()).hasValue(4);
    assertThat(e.location().column()).hasValue("Action description");
    assertThat(e.text()).hasValue("Audit closed cases");
  }

  @Test
  void read_actionOfTheRowBeforeUnderAnotherArea_isMisplacedNotTheSameAction() {
    List<String[]> rows = sheet();
    // row 3 keeps action 1.1's cells but is put under area 2
    String[] moved = rows.get(2);
    String[] area2 = rows.get(4);
    for (int i = Column.AREA.ordinal(); i <= Column.AREA_NOTES.ordinal(); i++) {
      moved[i] = area2[i];
    }

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("action 1.1 does not belong to area 2");
    assertThat(e.location().row()).hasValue(3);
    assertThat(e.location().column()).hasValue("Action");
    assertThat(e.text()).hasValue("1.1");
    assertThat(e.expected()).hasValue("an action of area 2, such as 2.1");
  }

  @Test
  void read_milestoneOfAnotherAction_namesItsAction() {
    List<String[]> rows = sheet();
    set(rows.get(2), Column.MILESTONE, "1.2.7");

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("milestone 1.2.7 does not belong to action 1.1");
    assertThat(e.location().row()).hasValue(3);
    assertThat(e.location().column()).hasValue("Milestone");
    assertThat(e.expected()).hasValue("a milestone of action 1.1, such as 1.1.1");
  }

  // ------------------------------------------------------------ enum cells

  @Test
  void read_unknownRag_listsTheColoursAndNamesTheActionsFirstRow() {
    List<String[]> rows = sheet();
    set(rows.get(3), Column.RAG, "PURPLE");

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("cannot read RAG");
    assertThat(e.location().row()).hasValue(4);
    assertThat(e.location().column()).hasValue("RAG");
    assertThat(e.text()).hasValue("PURPLE");
    assertThat(e.expected()).hasValue("one of RED, AMBER, GREEN, BLUE");
  }

  @Test
  void read_unknownProgress_listsTheProgressNames() {
    List<String[]> rows = sheet();
    set(rows.get(4), Column.PROGRESS, "DONE");

    PlanFormatException e = error(rows);

    assertThat(e.location().row()).hasValue(5);
    assertThat(e.location().column()).hasValue("Progress");
    assertThat(e.expected())
        .hasValue("one of NOT_STARTED, IN_PROGRESS, COMPLETE, ONGOING, NOT_REPORTED");
  }

  @ParameterizedTest
  @EnumSource(Rag.class)
  void read_everyRag_isReadByName(Rag rag) {
    List<String[]> rows = sheet();
    set(rows.get(3), Column.RAG, rag.name());

    Action read = read(rows).value().areas().get(0).actions().get(1);

    assertThat(read.reportedRag()).hasValue(rag);
  }

  // ------------------------------------------------------------ list cells

  private static List<String> leads(String cell, List<ReadWarning> warnings) {
    List<String[]> rows = sheet();
    for (int r = 1; r <= 3; r++) {
      set(rows.get(r), Column.LEADS, cell);
    }
    ReadResult<ImprovementPlan> result = read(rows);
    warnings.addAll(result.warnings());
    return result.value().areas().get(0).leads();
  }

  @Test
  void lines_spreadsheetLineBreaks_areOneElementPerLine() {
    List<ReadWarning> warnings = new ArrayList<>();

    assertThat(leads("Head of service\r\nDeputy director", warnings))
        .containsExactly("Head of service", "Deputy director");
    assertThat(leads("Head of service\r", warnings)).containsExactly("Head of service");
    assertThat(warnings).isEmpty();
  }

  @Test
  void lines_carriageReturnInsideALine_isKept() {
    List<ReadWarning> warnings = new ArrayList<>();

    assertThat(leads("Head\rof service", warnings)).containsExactly("Head\rof service");
    assertThat(leads("Head\r\rof service\nDeputy", warnings))
        .containsExactly("Head\r\rof service", "Deputy");
  }

  @Test
  void lines_escapes_areUndoneAndOtherBackslashesKept() {
    List<ReadWarning> warnings = new ArrayList<>();

    assertThat(leads("Head\\nof service", warnings)).containsExactly("Head\nof service");
    assertThat(leads("Head\\rof\\\\service", warnings)).containsExactly("Head\rof\\service");
    assertThat(leads("Head of service\\", warnings)).containsExactly("Head of service\\");
    assertThat(leads("C:\\team", warnings)).containsExactly("C:\\team");
    assertThat(warnings).isEmpty();
  }

  @Test
  void lines_blankCell_isAWarningNamingTheAreasRowAndColumn() {
    List<ReadWarning> warnings = new ArrayList<>();

    assertThat(leads("   ", warnings)).isEmpty();

    assertThat(warnings).singleElement().satisfies(PlanCsvMutationTest::blankLeadWarning);
  }

  @Test
  void lines_blankLineBetweenTwo_isSkippedWithAWarning() {
    List<ReadWarning> warnings = new ArrayList<>();

    assertThat(leads("Head of service\n \nDeputy director", warnings))
        .containsExactly("Head of service", "Deputy director");

    assertThat(warnings).singleElement().satisfies(PlanCsvMutationTest::blankLeadWarning);
  }

  private static void blankLeadWarning(ReadWarning w) {
    assertThat(w.problem()).isEqualTo("blank line in a list cell");
    assertThat(w.row()).hasValue(2);
    assertThat(w.column()).hasValue("Leads");
    assertThat(w.source()).hasValue("plan.csv");
  }

  @Test
  void lines_elementsWithoutBlanks_roundTripThroughTheCell() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(strings().betweenCodePoints(0x09, 0x7E).ofLengthBetween(1, 6))
                .ofSizeBetween(1, 4))
        .assuming(list -> list.stream().noneMatch(String::isBlank))
        .checkAssert(
            list -> {
              CsvCells cells = new CsvCells("plan.csv", () -> 2);

              List<String> read = cells.lines(PlanCsvWriter.joinLines(list), Column.LEADS);

              assertThat(read).isEqualTo(list);
              assertThat(cells.warnings()).isEmpty();
            });
  }

  // ------------------------------------------------------------ indicators

  @Test
  void indicators_emptyCell_isOneNullPerMeasure() {
    qt().forAll(integers().between(0, 20))
        .checkAssert(
            measures -> {
              assertThat(new CsvCells(null, () -> 2).indicators("", measures))
                  .hasSize(measures)
                  .allMatch(Objects::isNull);
            });
  }

  @Test
  void indicators_countThatDiffersFromTheMeasures_namesBoth() {
    List<String[]> rows = sheet();
    for (int r = 1; r <= 3; r++) {
      set(rows.get(r), Column.MEASURED_BY, "Audits completed");
      set(rows.get(r), Column.INDICATORS, "[null,null]");
    }

    PlanFormatException e = error(rows);

    assertThat(e.problem()).isEqualTo("2 indicators for 1 measures");
    assertThat(e.location().row()).hasValue(2);
    assertThat(e.location().column()).hasValue("Indicators (JSON)");
    assertThat(e.expected()).hasValue("one indicator or null per line of 'Measured by'");
  }

  // ------------------------------------------------------------ options

  @Test
  @SuppressWarnings("deprecation")
  void options_deprecatedLimits_setRowsCellsAndBytes() {
    PlanCsv.Options o = PlanCsv.Options.defaults().withLimits(7, 80, 9_000);

    assertThat(o.limits())
        .isEqualTo(
            PlanCsv.Options.DEFAULT_LIMITS
                .withMaxRows(7)
                .withMaxCellChars(80)
                .withMaxInputBytes(9_000));
    assertThat(o.limits()).isNotEqualTo(InputLimits.defaults());
  }
}
