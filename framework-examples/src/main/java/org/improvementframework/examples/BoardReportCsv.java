package org.improvementframework.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.MilestoneState;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.rag.RagJudgement;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;

/**
 * Writes a {@link BoardReport} as CSV with one row per milestone (an action without milestones
 * has one row with the milestone columns empty), the sheet a board officer filters by state or
 * area. Cells a spreadsheet could run as a formula are prefixed with an apostrophe.
 */
final class BoardReportCsv {

  /** The headings of the CSV report, one row per milestone. */
  static final List<String> HEADINGS =
      List.of(
          "Area",
          "Area title",
          "Leads",
          "Action",
          "Action description",
          "Reported RAG",
          "Derived RAG",
          "Derived RAG reason",
          "Resolution",
          "Milestone",
          "Milestone description",
          "Target",
          "Deadline",
          "State",
          "Days overdue",
          "Progress",
          "Status");

  private BoardReportCsv() {}

  /**
   * Writes the report as CSV.
   *
   * @param board the report; not null
   * @param out where to write; not null; flushed, not closed
   */
  static void write(BoardReport board, PrintWriter out) {
    MonthlyReport report = board.monthly();
    row(out, HEADINGS);
    // The report's facts are in plan order and hold each milestone's state and deadline, as
    // judged once: nothing is classified again here.
    Iterator<ActionFacts> facts = report.facts().iterator();
    for (Area area : report.plan().areas()) {
      for (Action action : area.actions()) {
        ActionFacts f = facts.next();
        List<String> head = actionCells(report, area, action);
        if (action.milestones().isEmpty()) {
          List<String> cells = new ArrayList<>(head);
          cells.addAll(List.of("", "", "", "", "", "", "", ""));
          row(out, cells);
        }
        for (int i = 0; i < action.milestones().size(); i++) {
          List<String> cells = new ArrayList<>(head);
          cells.addAll(milestoneCells(action.milestones().get(i), f, i, report.asOf()));
          row(out, cells);
        }
      }
    }
    out.flush();
  }

  private static List<String> actionCells(MonthlyReport report, Area area, Action action) {
    RagJudgement j = report.rag().actions().get(action.ref());
    return List.of(
        String.valueOf(area.number()),
        area.title(),
        String.join("/", area.leads()),
        action.ref().toString(),
        action.description(),
        action.reportedRag().map(Rag::name).orElse(""),
        j == null ? "" : j.rag().name(),
        j == null ? "" : j.reason(),
        action.resolution().orElse(""));
  }

  private static List<String> milestoneCells(Milestone m, ActionFacts f, int i, LocalDate asOf) {
    MilestoneState state = f.state(i);
    Optional<LocalDate> deadline = f.deadline(i);
    String late =
        state == MilestoneState.OVERDUE && deadline.isPresent()
            ? String.valueOf(ChronoUnit.DAYS.between(deadline.get(), asOf))
            : "";
    return List.of(
        m.ref().toString(),
        m.description(),
        m.target().text(),
        deadline.map(LocalDate::toString).orElse(""),
        state.name(),
        late,
        m.status().progress().name(),
        m.status().text());
  }

  private static void row(PrintWriter out, List<String> cells) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(cell(cells.get(i)));
    }
    out.print(s.append("\r\n"));
  }

  /**
   * Returns a cell as CSV: a leading character a spreadsheet would read as a formula gets an
   * apostrophe before it, and a cell with a comma, quote or line break is quoted.
   *
   * @param cell the cell's text; not null
   * @return the cell as written; not null
   */
  static String cell(String cell) {
    String c = cell;
    if (!c.isEmpty() && "=+-@\t\r'".indexOf(c.charAt(0)) >= 0) {
      c = "'" + c;
    }
    if (c.indexOf(',') >= 0
        || c.indexOf('"') >= 0
        || c.indexOf('\n') >= 0
        || c.indexOf('\r') >= 0) {
      c = '"' + c.replace("\"", "\"\"") + '"';
    }
    return c;
  }
}
