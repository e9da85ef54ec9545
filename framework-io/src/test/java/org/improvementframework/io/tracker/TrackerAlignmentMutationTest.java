package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.improvementframework.io.tracker.TrackerAlignment.Piece;
import org.improvementframework.io.tracker.TrackerHeaders.Field;
import org.improvementframework.io.tracker.TrackerHeaders.Header;
import org.improvementframework.io.tracker.TrackerTable.Row;
import org.junit.jupiter.api.Test;

/**
 * Where the alignment puts each cell of a row: the column it was written in when the row fits
 * it, the column its text belongs to when a cell to its left went missing, and the label each
 * piece is filed under, with the warning of each move and each look-alike repair.
 */
class TrackerAlignmentMutationTest {

  private static final int LINE = 12;

  private final List<String> warnings = new ArrayList<>();
  private final TrackerAlignment alignment =
      new TrackerAlignment(
          (row, column, problem, text, action) ->
              warnings.add(row + "|" + column + "|" + problem + "|" + text + "|" + action));

  private static Row row(String... cells) {
    return new Row(LINE, List.of(cells));
  }

  /** The pieces as "FIELD column: text", in field order and, within a field, row order. */
  private List<String> placed(Row row, Header header) {
    List<Piece>[] out = alignment.align(row, header);
    assertThat(out).hasSize(Field.values().length);
    List<String> all = new ArrayList<>();
    for (Field f : Field.values()) {
      for (Piece p : out[f.ordinal()]) {
        assertThat(p.row()).isEqualTo(LINE);
        all.add(f + " " + p.column() + ": " + p.text());
      }
    }
    return all;
  }

  private static String moved(String from, String text, String to) {
    return LINE
        + "|"
        + from
        + "|cell is in the wrong column (a cell to its left went missing)|"
        + text
        + "|read it as '"
        + to
        + "'";
  }

  /** The usual nine columns and a tenth, "Notes", that names no field. */
  private static Header withNotes() {
    Header usual = TrackerHeaders.defaultHeader();
    Field[] fields = Arrays.copyOf(usual.fields(), 10);
    fields[9] = Field.OTHER;
    String[] labels = Arrays.copyOf(usual.labels(), 10);
    labels[9] = "Notes";
    return new Header(fields, labels, 4);
  }

  @Test
  void fullRow_staysAsWritten() {
    Row row =
        row(
            "Reduce caseloads",
            "Caseloads below 20",
            "Agree a caseload plan",
            "1.Draft plan 2.Agree it",
            "1.Jan 15 2.Feb 15",
            "1.Complete 2.In progress",
            "G",
            "Board to review",
            "Monthly audit");

    assertThat(placed(row, TrackerHeaders.defaultHeader()))
        .containsExactly(
            "OBJECTIVE OBJECTIVE: Reduce caseloads",
            "OUTCOMES OUTCOMES: Caseloads below 20",
            "ACTION Action description: Agree a caseload plan",
            "MILESTONES PROGRESS MILESTONES: 1.Draft plan 2.Agree it",
            "TARGET TARGET DATE: 1.Jan 15 2.Feb 15",
            "STATUS Status of milestone: 1.Complete 2.In progress",
            "RAG RAG: G",
            "RESOLUTION Resolution for overdue milestones: Board to review",
            "MEASURES Measured By: Monthly audit");
    assertThat(warnings).isEmpty();
  }

  @Test
  void blankRow_placesNothing() {
    assertThat(placed(row("", " ", "\t"), TrackerHeaders.defaultHeader())).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void lostOutcomesCell_everyCellAfterTheObjectiveSlidesBack() {
    Row row =
        row(
            "Reduce workloads",
            "Agree the caseload plan",
            "1.Draft plan 2.Agree plan",
            "1.Jan 15 2.Feb 15",
            "1.Complete 2.In progress",
            "A",
            "",
            "",
            "");

    assertThat(placed(row, TrackerHeaders.defaultHeader()))
        .containsExactly(
            "OBJECTIVE OBJECTIVE: Reduce workloads",
            "ACTION Action description: Agree the caseload plan",
            "MILESTONES PROGRESS MILESTONES: 1.Draft plan 2.Agree plan",
            "TARGET TARGET DATE: 1.Jan 15 2.Feb 15",
            "STATUS Status of milestone: 1.Complete 2.In progress",
            "RAG RAG: A");
    assertThat(warnings)
        .containsExactly(
            moved("OUTCOMES", "Agree the caseload plan", "Action description"),
            moved("Action description", "1.Draft plan 2.Agree plan", "PROGRESS MILESTONES"),
            moved("PROGRESS MILESTONES", "1.Jan 15 2.Feb 15", "TARGET DATE"),
            moved("TARGET DATE", "1.Complete 2.In progress", "Status of milestone"),
            moved("Status of milestone", "A", "RAG"));
  }

  @Test
  void greekLetterInTheRagCell_isReadAsLatinWithAWarning() {
    Row row = row("", "", "Agree a plan", "1.Draft", "1.Jan 15", "1.Complete", "\u0391");

    assertThat(placed(row, TrackerHeaders.defaultHeader())).contains("RAG RAG: A");
    assertThat(warnings)
        .containsExactly(
            LINE + "|RAG|look-alike Greek or Cyrillic letters|\u0391|read as Latin letters: 'A'");
  }

  @Test
  void bulletsInTheResolutionColumn_ofARowThatLostACell_areMovedToTheMeasures() {
    String[] cells = new String[8];
    Arrays.fill(cells, "");
    cells[7] = "* Audit of case files";

    assertThat(placed(row(cells), TrackerHeaders.defaultHeader()))
        .containsExactly("MEASURES Measured By: * Audit of case files");
    assertThat(warnings)
        .containsExactly(
            moved("Resolution for overdue milestones", "* Audit of case files", "Measured By"));
  }

  @Test
  void bulletsInTheResolutionColumn_ofAFullRow_stayThere() {
    String[] cells = new String[9];
    Arrays.fill(cells, "");
    cells[7] = "* Audit of case files";

    assertThat(placed(row(cells), TrackerHeaders.defaultHeader()))
        .containsExactly("RESOLUTION Resolution for overdue milestones: * Audit of case files");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aColumnNamingNoField_doesNotCountTowardsAFullRow() {
    // Nine cells under ten columns, one of them unnamed: the row is as long as the named ones.
    String[] cells = new String[9];
    Arrays.fill(cells, "");
    cells[7] = "* Audit of case files";

    assertThat(placed(row(cells), withNotes()))
        .containsExactly("RESOLUTION Resolution for overdue milestones: * Audit of case files");
    assertThat(warnings).isEmpty();
  }

  @Test
  void cellsPastTheNamedColumns_areKeptUnderTheirLabelOrTheirNumber() {
    String[] cells = new String[14];
    Arrays.fill(cells, "");
    cells[9] = "Checked by the board";

    assertThat(placed(row(cells), withNotes()))
        .containsExactly("OTHER Notes: Checked by the board");

    cells[9] = "";
    cells[13] = "Checked by the board";
    assertThat(placed(row(cells), withNotes())).containsExactly("OTHER #14: Checked by the board");
    assertThat(warnings).isEmpty();
  }
}
