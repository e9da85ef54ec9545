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
    out.println(
        "  milestones: "
            + s.complete()
            + " complete, "
            + s.overdue()
            + " overdue, "
            + s.due()
            + " due within "
            + report.options().classifier().dueWindowDays()
            + " days, "
            + s.notDue()
            + " not yet due, "
            + s.undated()
            + " undated ("
            + BoardReport.percent(s)
            + " complete)");
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
        "  "
            + right("no", 3)
            + "  "
            + left("area", 44)
            + " "
            + left("lead", 24)
            + " "
            + right("acts", 4)
            + " "
            + right("ms", 4)
            + " "
            + right("done", 5)
            + " "
            + right("late", 5)
            + " "
            + right("%", 5)
            + "  "
            + left("reported", 8)
            + " derived");
    for (BoardReport.AreaSummary a : board.areas()) {
      StateCounts c = a.counts();
      String leads = a.area().leads().isEmpty() ? "(none)" : String.join("/", a.area().leads());
      out.println(
          "  "
              + right(a.area().number(), 3)
              + "  "
              + left(cut(a.area().title(), 44), 44)
              + " "
              + left(cut(leads, 24), 24)
              + " "
              + right(a.area().actions().size(), 4)
              + " "
              + right(c.total(), 4)
              + " "
              + right(c.complete(), 5)
              + " "
              + right(c.overdue(), 5)
              + " "
              + right(BoardReport.percent(c), 5)
              + "  "
              + left(a.reported().map(Rag::name).orElse("-"), 8)
              + " "
              + a.derived().map(Rag::name).orElse("-"));
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
      out.println(
          "  "
              + left(m.ref().toString(), 8)
              + " "
              + right(d.daysOverdue(), 4)
              + " days overdue (target '"
              + m.target().text()
              + "', due "
              + d.deadline()
              + ", status: "
              + m.status()
              + ")");
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
      out.println(
          "  "
              + left(m.ref().toString(), 8)
              + " due "
              + d.deadline()
              + " (in "
              + d.daysRemaining()
              + " days, status: "
              + m.status()
              + "): "
              + m.description());
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

  // Padding by hand, not java.util.Formatter: a Formatter with a locale loads the locale data
  // (CLDR) on first use, tens of milliseconds of a one-shot command's start.
  private static String left(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String right(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  private static String right(long n, int width) {
    return right(Long.toString(n), width);
  }

  /** Runs of ASCII white space (regex {@code \s}) become one space; cut to the width with '…'. */
  static String cut(String s, int width) {
    StringBuilder one = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (" \t\n\u000B\f\r".indexOf(c) >= 0) {
        space = true;
      } else {
        if (space) {
          one.append(' ');
          space = false;
        }
        one.append(c);
      }
    }
    if (space) {
      one.append(' ');
    }
    String line = one.toString().strip();
    return line.length() <= width ? line : line.substring(0, width - 1) + "\u2026";
  }
}
