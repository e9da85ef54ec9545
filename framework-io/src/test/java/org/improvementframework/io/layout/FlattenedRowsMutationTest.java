package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rows rebuilt from text copied out of a PDF, compared cell by cell and warning by warning. */
class FlattenedRowsMutationTest {

  private static final String SOURCE = "plan.txt";
  private static final List<String> ACTION_HEADER =
      List.of("Ref", "Action", "Lead", "Due date", "RAG", "Progress update");
  private static final List<String> MILESTONE_HEADER =
      List.of("Ref", "Action", "Milestone", "Lead", "Target date", "RAG", "Status");

  private final List<ReadWarning> warnings = new ArrayList<>();

  private List<String> rows(String... lines) {
    List<String> out = new ArrayList<>();
    for (TableRow r : FlattenedRows.rows(String.join("\n", lines) + "\n", SOURCE, warnings)) {
      assertThat(r.source()).isEqualTo(SOURCE);
      out.add(r.number() + " " + r.cells());
    }
    return out;
  }

  private List<String> warnings() {
    return warnings.stream()
        .map(
            w ->
                w.location().row().orElseThrow()
                    + " "
                    + w.problem()
                    + " | "
                    + w.text()
                    + " | "
                    + w.action())
        .toList();
  }

  @Test
  void rows_actionRows_everyLineInItsCell() {
    List<String> rows =
        rows(
            "Eastfold Improvement Plan - May 2017",
            "AREA FOR IMPROVEMENT 1: Early help",
            "for families",
            "Ref",
            "1.1",
            "Hold review",
            "meetings",
            "Jo Marsh",
            "Head of Service",
            "31/05/2017",
            "G",
            "In progress",
            "with partners",
            "Page 1 of 2",
            "1.2.",
            "Audit visits",
            "Sam Ortiz",
            "1.3",
            "Review plans",
            "Improvement board review",
            "AREA 2: Planning",
            "2.1",
            "Train managers",
            "Dee Farrow / Al Reyes",
            "Q3 2017/18",
            "Red",
            "2.2",
            "Tidy files");

    assertThat(rows)
        .containsExactly(
            "1 [Eastfold Improvement Plan - May 2017]",
            "2 " + ACTION_HEADER,
            "2 [AREA FOR IMPROVEMENT 1: Early help for families]",
            "5 [1.1, Hold review meetings, Jo Marsh Head of Service, 31/05/2017, G,"
                + " In progress with partners]",
            "15 [1.2, Audit visits, Sam Ortiz, , , ]",
            "18 [1.3, Review plans Improvement board review, , , , ]",
            "21 [AREA 2: Planning]",
            "22 [2.1, Train managers, Dee Farrow / Al Reyes, Q3 2017/18, Red, ]",
            "27 [2.2, Tidy files, , , , ]");
    assertThat(warnings())
        .containsExactly(
            "2 text with one table cell per line, as copied from a PDF |  | rebuilt the rows from"
                + " the references, under the columns "
                + ACTION_HEADER,
            "3 a heading wrapped onto a second line | for families | joined it",
            "4 page furniture or a column label | Ref | set it aside",
            "14 page furniture or a column label | Page 1 of 2 | set it aside",
            "9 a line between the lead and the date | Head of Service | joined it to the lead",
            "15 no date in row 1.2 |  | read the lines after the lead as the status",
            "18 no date in row 1.3 |  | read its lines as the action text");
  }

  @Test
  void rows_milestoneRows_actionLineNamesTheMilestonesBelow() {
    List<String> rows =
        rows(
            "Westby Plan - June 2017",
            "Area 1: Visits",
            "1.1",
            "Introduce a visit rota",
            "Kit Lowe",
            "1.1.1",
            "Draft the rota",
            "30/06/2017",
            "A",
            "Started",
            "1.1.2",
            "Agree it",
            "Sam Ortiz",
            "Sep-17",
            "1.2",
            "Audit visits",
            "Oct-17",
            "G",
            "1.3.1",
            "Check the audit",
            "Nov-17");

    assertThat(rows)
        .containsExactly(
            "1 [Westby Plan - June 2017]",
            "2 " + MILESTONE_HEADER,
            "2 [Area 1: Visits]",
            "6 [1.1.1, Introduce a visit rota, Draft the rota, Kit Lowe, 30/06/2017, A, Started]",
            "11 [1.1.2, Introduce a visit rota, Agree it, Sam Ortiz, Sep-17, , ]",
            "15 [1.2, Audit visits, , , Oct-17, G, ]",
            "19 [1.3.1, , Check the audit, , Nov-17, , ]");
    assertThat(warnings())
        .containsExactly(
            "2 text with one table cell per line, as copied from a PDF |  | rebuilt the rows from"
                + " the references, under the columns "
                + MILESTONE_HEADER,
            "3 no date in row 1.1 |  | read the lines after the lead as the status");
  }

  @Test
  void rows_referenceFirst_headerRowAtTheFirstReference() {
    List<String> rows = rows("Plan", "", "1.1", "Do it", "Jun-17", "1.2", "Do more", "Jul-17");

    assertThat(rows)
        .containsExactly(
            "1 [Plan]",
            "3 " + ACTION_HEADER,
            "3 [1.1, Do it, , Jun-17, , ]",
            "6 [1.2, Do more, , Jul-17, , ]");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).location().row()).hasValue(3);
  }

  @Test
  void rows_noReferenceAtAll_keepsEveryLineAsARow() {
    assertThat(rows("Plan", "Some words", "Page 2")).containsExactly("1 [Plan]", "2 [Some words]");
    assertThat(warnings())
        .containsExactly("3 page furniture or a column label | Page 2 | set it aside");
  }

  @Test
  void rows_dateAsTheFirstLineOfARow_isItsText() {
    // The first line of a row is always its text; a date is looked for from the second line.
    assertThat(rows("1.1", "June 2017", "Jul-17", "1.2", "Jo Marsh", "Aug-17"))
        .containsExactly(
            "1 " + ACTION_HEADER,
            "1 [1.1, June 2017, , Jul-17, , ]",
            "4 [1.2, Jo Marsh, , Aug-17, , ]");
  }

  @Test
  void rows_ragLongerThanSixCharacters_isStatus() {
    assertThat(rows("1.1", "Do it", "Jul-17", "Green.", "ok", "1.2", "Do it", "Jul-17", "Green.."))
        .containsExactly(
            "1 " + ACTION_HEADER,
            "1 [1.1, Do it, , Jul-17, Green., ok]",
            "6 [1.2, Do it, , Jul-17, , Green..]");
  }

  @Test
  void rows_nameOverEightyCharacters_isText() {
    String longName = "Kit " + "Lowe".repeat(19);
    assertThat(longName).hasSize(80);

    assertThat(rows("1.1", "Do it", longName + "s", "Jul-17", "1.2", "Do it", longName, "Jul-17"))
        .containsExactly(
            "1 " + ACTION_HEADER,
            "1 [1.1, Do it " + longName + "s, , Jul-17, , ]",
            "5 [1.2, Do it, " + longName + ", Jul-17, , ]");
  }

  /** A bug found here: without a date, the lines after the lead went into the lead's cell. */
  @Test
  void rows_noDate_linesAfterTheLeadAreTheStatus() {
    assertThat(rows("1.1", "Do it", "Kit Lowe", "Delayed", "by the audit", "1.2", "Do more"))
        .containsExactly(
            "1 " + ACTION_HEADER,
            "1 [1.1, Do it, Kit Lowe, , , Delayed by the audit]",
            "6 [1.2, Do more, , , , ]");
    assertThat(warnings())
        .containsExactly(
            "1 text with one table cell per line, as copied from a PDF |  | rebuilt the rows from"
                + " the references, under the columns "
                + ACTION_HEADER,
            "1 no date in row 1.1 |  | read the lines after the lead as the status");
  }

  @Test
  void isFlattened_referenceLinesUpToTwelveCharacters() {
    String twelve = "   10.1.2.  ";
    String thirteen = "    10.1.2.  ";
    assertThat(twelve).hasSize(12);

    assertThat(FlattenedRows.isFlattened("Plan\n" + twelve + "\nx\n" + twelve + "\n")).isTrue();
    assertThat(FlattenedRows.isFlattened("Plan\n" + thirteen + "\nx\n" + thirteen + "\n"))
        .isFalse();
    assertThat(FlattenedRows.isFlattened("Plan\n" + twelve + "\nx\n" + thirteen + "\n")).isFalse();
  }

  @Test
  void isFlattened_lastLineWithoutBreak_counts() {
    assertThat(FlattenedRows.isFlattened("Plan\n1.1\nx\n1.2")).isTrue();
    assertThat(FlattenedRows.isFlattened("1.1\r\n1.2\r\n")).isTrue();
    assertThat(FlattenedRows.isFlattened("1.1\r\nx")).isFalse();
    assertThat(FlattenedRows.isFlattened("")).isFalse();
  }

  @Test
  void isFlattened_tabAnywhere_isNotFlattened() {
    assertThat(FlattenedRows.isFlattened("1.1\n1.2\n1.3\nDone\tyes\n")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\r\n"})
  void isFlattened_everyLineBreak_endsALine(String lineBreak) {
    assertThat(FlattenedRows.isFlattened("Plan" + lineBreak + "1.1" + lineBreak + "1.2")).isTrue();
    assertThat(FlattenedRows.isFlattened("Plan" + lineBreak + "1.1 1.2")).isFalse();
  }

  @Test
  void isFlattened_failingReader_isUnchecked() {
    Reader broken =
        new Reader() {
          @Override
          public int read(char[] b, int off, int len) throws IOException {
            throw new IOException("gone");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> FlattenedRows.isFlattened(broken))
        .isInstanceOf(UncheckedIOException.class);
  }

  /** Law: however long the text before them, two bare reference lines make text flattened. */
  @Test
  void isFlattened_twoReferenceLinesAfterAnyPreamble_isFlattened() {
    qt().forAll(integers().between(0, 20_000), integers().between(1, 99))
        .checkAssert(
            (length, n) -> {
              String preamble = "w".repeat(length);
              assertThat(FlattenedRows.isFlattened(preamble + "\n" + n + ".1\n" + n + ".2\n"))
                  .isTrue();
              assertThat(FlattenedRows.isFlattened(preamble + "\n" + n + ".1\n")).isFalse();
            });
  }
}
