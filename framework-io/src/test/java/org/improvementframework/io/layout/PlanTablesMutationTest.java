package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

/**
 * Small tables with the defects councils' files have, read through {@link PlanTables} and
 * compared whole: every area, action, milestone and note, and every warning with its row.
 */
class PlanTablesMutationTest {

  private static final String SOURCE = "plan.csv";

  static Layout known(String name) {
    return PlanTables.knownLayout(name).orElseThrow();
  }

  static ReadResult<ImprovementPlan> csv(String text, LayoutOptions options) {
    return PlanTables.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        options.withSource(SOURCE));
  }

  static ReadResult<ImprovementPlan> csv(String text) {
    return csv(text, LayoutOptions.defaults());
  }

  /** The plan, then one line per warning: row (or column), problem, text and action. */
  static String dump(ReadResult<ImprovementPlan> r) {
    StringBuilder sb = new StringBuilder(PlanDump.of(r.value()));
    for (ReadWarning w : r.warnings()) {
      sb.append("warning ")
          .append(w.location().row().isPresent() ? w.location().row().getAsLong() : "-")
          .append(w.location().column().map(c -> "/" + c).orElse(""))
          .append(' ')
          .append(w.problem())
          .append(" | ")
          .append(w.text())
          .append(" | ")
          .append(w.action())
          .append('\n');
    }
    return sb.toString();
  }

  private static List<TableRow> sheet(String name, long first, List<List<String>> cells) {
    List<TableRow> rows = new ArrayList<>();
    for (List<String> c : cells) {
      rows.add(new TableRow("plan.xlsx", name, first + rows.size(), c, false));
    }
    return rows;
  }

  @Test
  void read_actionRowsWithTheUsualDefects_keepsEveryWord() {
    String text =
        """
        Northby Borough Council improvement plan - March 2017
        Owner: Director of Children's Services
        Ref,Action,Lead,Due date,RAG,Progress update,Comments
        Area 1: Front door
        1.1,Answer contacts in a day,Jo Marsh/Al Reyes,Jun-17,G,On track,ok
        1.1,Audit contacts,Jo Marsh,Jul-17,A,Started,
        X9,Review thresholds,Kit Lowe,Summer-ish,Purple,,
        ,Total of actions,Jo Marsh,,,,
        3,Area 2: Planning for permanence
        ,Train managers,Dee Farrow,Sep-17,R,Not started,
        ,wrapped onto a second line,,,,,
        """;

    ReadResult<ImprovementPlan> r = csv(text);

    assertThat(dump(r)).isEqualTo(Golden.of("actionRowsDefects", dump(r)));
    assertThat(Words.dropped(text, r, List.of(text.lines().toList().get(2)))).isEmpty();
  }

  @Test
  void read_milestoneRows_numbersContinuationsAndRagsByMilestone() {
    String text =
        """
        Southby improvement plan, April 2018
        Ref,Action,Milestone,Lead,Target date,Status,RAG
        Area 1: Visits
        1.1.1,Introduce a visit rota,Draft the rota,Kit Lowe,30/06/2018,Complete,G
        1.1.1,,Agree the rota,Kit Lowe,Jul-18,In progress,A
        ,,and publish it,,,,
        1.1.0,,Review the rota,,Aug-18,,A
        1.2,,Audit visits,Sam Ortiz,Sep-18,,
        ,Check records,Sample ten files,Sam Ortiz,Oct-18,,R
        2.1,Train staff,Book trainers,Al Reyes,Nov-18,,
        """;

    ReadResult<ImprovementPlan> r = csv(text);

    assertThat(dump(r)).isEqualTo(Golden.of("milestoneRows", dump(r)));
    // A milestone numbered 0 (1.1.0) or repeated is renumbered with a warning naming the number
    // as written, as actions and areas are: no word is lost.
    assertThat(Words.dropped(text, r, List.of(text.lines().toList().get(1)))).isEmpty();
    assertThat(r.warnings())
        .extracting(Object::toString)
        .anySatisfy(w -> assertThat(w).contains("row 7", "milestone number 0 is not 1 or more"))
        .anySatisfy(w -> assertThat(w).contains("row 5", "milestone number 1 repeats"));
  }

  @Test
  void read_rowsBeforeAnyHeading_areasFromReferences() {
    String text =
        """
        Westby plan - May 2019
        Ref,Action,Lead,Due date,RAG,Progress update
        2.1,Hold meetings,Jo Marsh,Jun-19,G,Done
        2.2,Audit meetings,Jo Marsh,Jul-19,,
        4.1,Train staff,Kit Lowe,Aug-19,,
        """;

    ReadResult<ImprovementPlan> r = csv(text);

    assertThat(dump(r)).isEqualTo(Golden.of("referenceAreas", dump(r)));
  }

  @Test
  void read_oneNumberReferencesBeforeAnyHeading_oneAreaOfActions() {
    String text =
        """
        Westby plan - May 2019
        Ref,Action,Lead,Due date,RAG,Progress update
        1,Hold meetings,Jo Marsh,Jun-19,G,Done
        2,Audit meetings,Jo Marsh,Jul-19,,
        """;

    ReadResult<ImprovementPlan> r = csv(text);

    assertThat(dump(r)).isEqualTo(Golden.of("oneNumberReferences", dump(r)));
  }

  @Test
  void read_areaColumn_startsAnAreaWhereItsTextChanges() {
    String text =
        """
        Eastby plan - June 2019
        Area,Ref,Action,Lead,Due date,RAG,Progress update,Objectives,Measured by
        ,1.1,Hold meetings,Jo Marsh,Jun-19,G,Done,Safer children,- visits in time
        Area 1: Visits,1.2,Audit meetings,Jo Marsh,Jul-19,,,Safer children,\
        - visits in time \u2022 audits
        Area 1: Visits,1.3,Train staff,Kit Lowe,Aug-19,,,,
        Area 2: Plans,2.1,Review plans,Kit Lowe,Sep-19,,,,
        Area 1: Visits,1.4,Late visit audit,Kit Lowe,Oct-19,,,,
        """;

    ReadResult<ImprovementPlan> r = csv(text);

    assertThat(dump(r)).isEqualTo(Golden.of("areaColumn", dump(r)));
  }

  @Test
  void read_dateHeadingsAndAreaNumbersOutOfOrder_repairedWithWarnings() {
    String text =
        """
        Northmoor plan\tJuly 2019
        Ref\tAction\tLead\tRAG\tProgress update
        Area 3: Timeliness
        By September 2019
        \tHold meetings\tJo Marsh\tG\tDone
        \tAudit meetings\tJo Marsh\t\tStarted
        \tand the minutes\t\t\t
        Area 2: Quality
        1.1\tTrain staff\tKit Lowe\tA\t
        Area 5: Planning
        Improvement 6 - Voice of the child
        """;

    ReadResult<ImprovementPlan> r =
        csv(text, LayoutOptions.defaults().withLayout(known("date-headings")));

    assertThat(dump(r)).isEqualTo(Golden.of("dateHeadings", dump(r)));
  }

  @Test
  void read_furtherSheets_titleRowsSetAsideAndDataKept() {
    List<String> header = List.of("Ref", "Action", "Lead", "Due date", "RAG", "Progress update");
    List<TableRow> rows = new ArrayList<>();
    rows.addAll(
        sheet(
            "Plan",
            1,
            List.of(
                List.of("Southmoor plan - August 2019"),
                header,
                List.of("Area 1: Visits"),
                List.of("1.1", "Hold meetings", "Jo Marsh", "Sep-19", "G", "Done"))));
    rows.addAll(
        sheet(
            "More",
            1,
            List.of(
                List.of("Southmoor plan continued"),
                List.of("Area 2: Plans"),
                header,
                List.of("2.1", "Review plans", "Kit Lowe", "Oct-19", "", ""))));
    List<List<String>> eleven = new ArrayList<>();
    for (int i = 2; i <= 12; i++) {
      eleven.add(List.of("2." + i, "Audit plan " + i, "Kit Lowe", "Nov-19", "", ""));
    }
    rows.addAll(sheet("Audits", 1, eleven));
    rows.addAll(
        sheet(
            "Last", 1, List.of(List.of("2.13", "Close the audits", "Kit Lowe", "Dec-19", "", ""))));

    ReadResult<ImprovementPlan> r =
        PlanTables.read(
            TableReader.of(rows), LayoutOptions.defaults().withLayout(known("action-rows")));

    assertThat(dump(r)).isEqualTo(Golden.of("sheets", dump(r)));
  }

  @Test
  void read_givenLayoutWithoutItsHeader_namesTheLayoutAndItsColumns() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () ->
                csv(
                    "Plan - May 2019\nA,B\n1,2\n",
                    LayoutOptions.defaults().withLayout(known("date-headings"))));

    assertThat(e.problem()).isEqualTo("no header row names the columns of layout date-headings");
    assertThat(e.source()).contains(SOURCE);
    assertThat(e.expected().orElseThrow())
        .startsWith("a row, among the first 40, naming columns such as [")
        .contains("[Ref, Reference, No, Number, ID]");
  }

  @Test
  void read_headerWithoutRows_isRefusedAtTheHeaderRow() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> csv("Plan - May 2019\n\nRef,Action,Lead,Due date\n,,,\n"));

    assertThat(e.problem()).isEqualTo("no action or milestone below the header row");
    assertThat(e.location().row()).hasValue(3);
  }

  @Test
  void read_emptyTable_isRefused() {
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> csv(",,\n\n"));

    assertThat(e.problem()).isEqualTo("the table is empty");
    assertThat(e.source()).contains(SOURCE);
  }

  @Test
  void read_noTitleAndNoDate_needsAReportingDate() {
    String text = "Ref,Action,Lead,Due date\n1.1,Hold meetings,Jo Marsh,Jun-19\n";
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> csv(text));
    assertThat(e.problem()).isEqualTo("cannot tell the plan's reporting date");
    assertThat(e.location().row()).isEmpty();

    ReadResult<ImprovementPlan> r =
        csv(text, LayoutOptions.defaults().withReportingDate(LocalDate.of(2019, 5, 31)));
    assertThat(dump(r)).isEqualTo(Golden.of("noTitle", dump(r)));
  }

  @Test
  void read_rowLimit_atTheLimitReadOneOverRefused() {
    String text = "Plan - May 2019\nRef,Action,Lead,Due date\n1.1,Hold meetings,Jo Marsh,Jun-19\n";
    InputLimits three = InputLimits.defaults().withMaxRows(3);

    assertThat(csv(text, LayoutOptions.defaults().withLimits(three)).value().areas()).hasSize(1);
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () ->
                PlanTables.read(
                    TableReader.of(
                        sheet(
                            "S",
                            1,
                            List.of(
                                List.of("Plan - May 2019"),
                                List.of("Ref", "Action", "Lead"),
                                List.of("1.1", "Hold", "Jo"),
                                List.of("1.2", "Audit", "Jo")))),
                    LayoutOptions.defaults().withLimits(three)));
    assertThat(e.limit()).isEqualTo(3);
    assertThat(e.location().row()).hasValue(4);
  }

  @Test
  void read_byteLimit_atTheLimitReadOneOverRefused() {
    String text = "Plan - May 2019\nRef,Action,Lead,Due date\n1.1,Hold meetings,Jo Marsh,Jun-19\n";
    int size = text.getBytes(StandardCharsets.UTF_8).length;

    assertThat(
            csv(
                    text,
                    LayoutOptions.defaults()
                        .withLimits(InputLimits.defaults().withMaxInputBytes(size)))
                .value()
                .areas())
        .hasSize(1);
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () ->
                csv(
                    text,
                    LayoutOptions.defaults()
                        .withLimits(InputLimits.defaults().withMaxInputBytes(size - 1))));
    assertThat(e.limit()).isEqualTo(size - 1);
    assertThat(e.getMessage()).contains(SOURCE);
  }

  @Test
  void read_datedRowsButNoMilestone_isRefusedAtTheFirstDate() {
    String text =
        "Plan - May 2019\n"
            + "Ref,Objective,Action description,Progress milestones,Target date,"
            + "Status of milestone,RAG\n"
            + "AREA FOR IMPROVEMENT 1: Visits\n"
            + "1.1,Safer,,,,,\n"
            + ",,,,,held on 12/05/2019,\n";

    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> csv(text, LayoutOptions.defaults().withLayout(known("tracker"))));

    assertThat(e).isNotNull();
    assertThat(e.problem())
        .isEqualTo("the plan read has no milestone, but the table has dated rows");
    assertThat(e.location().row()).hasValue(5);
  }

  @Test
  void knownLayouts_areTheFourShippedInDetectionOrder() {
    assertThat(PlanTables.knownLayouts())
        .extracting(Layout::name)
        .containsExactly("tracker", "action-rows", "milestone-rows", "date-headings");
    assertThat(PlanTables.knownLayout("milestone-rows").orElseThrow().rows())
        .isEqualTo(Layout.RowKind.MILESTONE);
    assertThat(PlanTables.knownLayout("date-headings").orElseThrow().dateHeadings()).isTrue();
    assertThat(PlanTables.knownLayout("tracker").orElseThrow().kind())
        .isEqualTo(Layout.Kind.TRACKER);
    assertThat(PlanTables.knownLayout("ours")).isEmpty();
  }
}
