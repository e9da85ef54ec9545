package org.improvementframework.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.StateCounts;
import org.improvementframework.metrics.rag.RagDisagreement;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.metrics.slippage.Change;
import org.improvementframework.metrics.slippage.ChangeKind;
import org.improvementframework.metrics.slippage.Slippage;
import org.improvementframework.model.Action;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;

/** Writes a {@link BoardReport} as text for people, one section after another. */
final class BoardReportText {

  private final BoardReport board;
  private final MonthlyReport report;
  private final PrintWriter out;

  private BoardReportText(BoardReport board, PrintWriter out) {
    this.board = board;
    this.report = board.monthly();
    this.out = out;
  }

  /**
   * Writes the report as text.
   *
   * @param board the report; not null
   * @param out where to write; not null; flushed, not closed
   */
  static void write(BoardReport board, PrintWriter out) {
    BoardReportText text = new BoardReportText(board, out);
    text.summary();
    text.areas();
    text.overdue();
    text.dueSoon();
    text.disagreementsAndFindings();
    board.slippage().ifPresent(text::slippage);
    out.flush();
  }

  private void summary() {
    ImprovementPlan plan = report.plan();
    StateCounts s = report.states();
    out.println(plan.title());
    out.println(
        plan.organisation().map(o -> o + ", ").orElse("")
            + "statuses as at "
            + plan.asAt()
            + "; judged as of "
            + report.asOf());
    out.println();
    out.println("SUMMARY");
    out.println(
        "  "
            + BoardReport.plural(plan.areas().size(), "area")
            + ", "
            + BoardReport.plural(board.actionCount(), "action")
            + ", "
            + BoardReport.plural(s.total(), "milestone"));
    out.printf(
        Locale.ROOT,
        "  milestones: %d complete, %d overdue, %d due within %d days, "
            + "%d not yet due, %d undated (%s complete)%n",
        s.complete(),
        s.overdue(),
        s.due(),
        report.options().classifier().dueWindowDays(),
        s.notDue(),
        s.undated(),
        BoardReport.percent(s));
    out.println(
        "  reported RAG of actions: "
            + ragLine(board.reportedRag())
            + ", none "
            + board.reportedNone());
    out.println("  derived RAG of actions:  " + ragLine(board.derivedRag()));
    int differ = report.disagreements().size();
    out.println(
        "  "
            + differ
            + (differ == 1
                ? " action's reported RAG differs"
                : " actions' " + "reported RAG differ")
            + " from the derived one");
    out.println(
        "  plan-rule findings: "
            + BoardReport.plural(board.count(Severity.ERROR), "error")
            + ", "
            + BoardReport.plural(board.count(Severity.WARNING), "warning")
            + ", "
            + BoardReport.plural(board.count(Severity.INFO), "note"));
    out.println();
  }

  private void areas() {
    out.println("AREAS");
    out.println(
        String.format(
            Locale.ROOT,
            "  %3s  %-44s %-24s %4s %4s %5s %5s %5s  %-8s %s",
            "no",
            "area",
            "lead",
            "acts",
            "ms",
            "done",
            "late",
            "%",
            "reported",
            "derived"));
    for (BoardReport.AreaSummary a : board.areas()) {
      StateCounts c = a.counts();
      out.println(
          String.format(
              Locale.ROOT,
              "  %3d  %-44s %-24s %4d %4d %5d %5d %5s  %-8s %s",
              a.area().number(),
              cut(a.area().title(), 44),
              cut(a.area().leads().isEmpty() ? "(none)" : String.join("/", a.area().leads()), 24),
              a.area().actions().size(),
              c.total(),
              c.complete(),
              c.overdue(),
              BoardReport.percent(c),
              a.reported().map(Rag::name).orElse("-"),
              a.derived().map(Rag::name).orElse("-")));
    }
    out.println();
  }

  private void overdue() {
    out.println("OVERDUE MILESTONES (" + report.overdue().size() + ")");
    if (report.overdue().isEmpty()) {
      out.println("  none");
    }
    for (DatedMilestone d : report.overdue()) {
      Milestone m = d.milestone();
      Action action = report.plan().action(m.ref().action()).orElseThrow();
      out.printf(
          Locale.ROOT,
          "  %-8s %4d days overdue (target '%s', due %s, status: %s)%n",
          m.ref(),
          d.daysOverdue(),
          m.target().text(),
          d.deadline(),
          m.status());
      out.println("           " + m.description());
      out.println(
          "           resolution: "
              + action.resolution().orElse("(none written for action " + action.ref() + ")"));
    }
    out.println();
  }

  private void dueSoon() {
    out.println(
        "DUE IN THE NEXT "
            + report.options().classifier().dueWindowDays()
            + " DAYS ("
            + report.dueSoon().size()
            + ")");
    if (report.dueSoon().isEmpty()) {
      out.println("  none");
    }
    for (DatedMilestone d : report.dueSoon()) {
      Milestone m = d.milestone();
      out.printf(
          Locale.ROOT,
          "  %-8s due %s (in %d days, status: %s): %s%n",
          m.ref(),
          d.deadline(),
          d.daysRemaining(),
          m.status(),
          m.description());
    }
    out.println();
  }

  private void disagreementsAndFindings() {
    out.println("RAG DISAGREEMENTS (" + report.disagreements().size() + ")");
    for (RagDisagreement d : report.disagreements()) {
      out.println("  " + d.message());
    }
    out.println();
    out.println("PLAN-RULE FINDINGS (" + report.findings().size() + ")");
    if (report.findings().isEmpty()) {
      out.println("  none");
    }
    for (Finding f : report.findings()) {
      out.println("  " + f);
    }
  }

  private void slippage(Slippage sl) {
    out.println();
    List<Change> slipped = BoardReport.slipped(sl);
    out.println("SLIPPED SINCE THE REPORT OF " + sl.from() + " (" + slipped.size() + ")");
    if (slipped.isEmpty()) {
      out.println("  nothing slipped");
    }
    for (Change c : slipped) {
      out.println("  " + c.message());
    }
    StringBuilder other = new StringBuilder();
    for (ChangeKind k : ChangeKind.values()) {
      if (!BoardReport.SLIPPED.contains(k) && sl.count(k) > 0) {
        other
            .append(other.length() == 0 ? "" : ", ")
            .append(sl.count(k))
            .append(' ')
            .append(k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    out.println("  other changes: " + (other.length() == 0 ? "none" : other));
  }

  private static String ragLine(Map<Rag, Long> counts) {
    StringBuilder s = new StringBuilder();
    for (Rag r : Rag.values()) {
      s.append(s.length() == 0 ? "" : ", ").append(r.name()).append(' ').append(counts.get(r));
    }
    return s.toString();
  }

  private static String cut(String s, int width) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= width ? one : one.substring(0, width - 1) + "\u2026";
  }
}
