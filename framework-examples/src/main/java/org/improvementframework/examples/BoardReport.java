package org.improvementframework.examples;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.StateCounts;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.metrics.slippage.Change;
import org.improvementframework.metrics.slippage.ChangeKind;
import org.improvementframework.metrics.slippage.Slippage;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Rag;

/**
 * The monthly board report on a plan as of a date, written as text for people, JSON for programs
 * or CSV for a spreadsheet: the plan summary, each area's progress and derived against reported
 * RAG, the overdue milestones with their resolutions, the milestones due within the window, the
 * plan-rule findings, and, given the previous report, what slipped since.
 *
 * <p>An area's reported RAG is the worst reported RAG of its actions, by the policy's order;
 * its derived RAG is the metrics module's. This class assembles what the three forms share;
 * {@link BoardReportText}, {@link BoardReportJson} and {@link BoardReportCsv} write them.
 */
final class BoardReport {

  /** The changes that count as slipping: later or lost deadlines, progress backwards, worse RAG. */
  static final List<ChangeKind> SLIPPED =
      List.of(
          ChangeKind.DEADLINE_LATER,
          ChangeKind.DEADLINE_SET_OR_CLEARED,
          ChangeKind.STATUS_BACKWARDS,
          ChangeKind.RAG_WORSENED);

  private final MonthlyReport report;
  private final Optional<Slippage> slippage;
  private final List<AreaSummary> areas;
  private final Map<Rag, Long> reported;
  private final long reportedNone;
  private final Map<Rag, Long> derived;

  /**
   * One line of the area table.
   *
   * @param area the area
   * @param counts its milestones' states
   * @param reported the worst reported RAG of its actions, if any
   * @param derived its derived RAG, if it has actions
   */
  record AreaSummary(
      Area area, StateCounts counts, Optional<Rag> reported, Optional<Rag> derived) {}

  private BoardReport(MonthlyReport report, Optional<Slippage> slippage) {
    this.report = report;
    this.slippage = slippage;
    this.areas = areaSummaries(report);
    Map<Rag, Long> rep = zeroes();
    long none = 0;
    for (Area area : report.plan().areas()) {
      for (Action action : area.actions()) {
        if (action.reportedRag().isPresent()) {
          rep.merge(action.reportedRag().get(), 1L, Long::sum);
        } else {
          none++;
        }
      }
    }
    this.reported = rep;
    this.reportedNone = none;
    Map<Rag, Long> der = zeroes();
    report.rag().actions().values().forEach(j -> der.merge(j.rag(), 1L, Long::sum));
    this.derived = der;
  }

  private static List<AreaSummary> areaSummaries(MonthlyReport report) {
    RagPolicy policy = report.options().ragPolicy();
    List<AreaSummary> list = new ArrayList<>();
    for (Area area : report.plan().areas()) {
      Optional<Rag> worst = Optional.empty();
      for (Action action : area.actions()) {
        if (action.reportedRag().isPresent()) {
          Rag r = action.reportedRag().get();
          worst = Optional.of(worst.map(w -> policy.worst(w, r)).orElse(r));
        }
      }
      list.add(
          new AreaSummary(
              area,
              report.progress().byArea().getOrDefault(area.ref(), StateCounts.zero()),
              worst,
              report.rag().area(area.ref())));
    }
    return List.copyOf(list);
  }

  private static Map<Rag, Long> zeroes() {
    Map<Rag, Long> m = new EnumMap<>(Rag.class);
    for (Rag r : Rag.values()) {
      m.put(r, 0L);
    }
    return m;
  }

  /**
   * Works out the report.
   *
   * @param plan the plan; not null
   * @param asOf the date of judgement; not null
   * @param options the report settings; not null
   * @param previous the previous report's plan, or null for none
   * @return the report; not null
   */
  static BoardReport of(
      ImprovementPlan plan, LocalDate asOf, ReportOptions options, ImprovementPlan previous) {
    MonthlyReport r = MonthlyReport.of(plan, asOf, options);
    Optional<Slippage> s =
        previous == null
            ? Optional.empty()
            : Optional.of(Slippage.between(previous, plan, options.ragPolicy()));
    return new BoardReport(r, s);
  }

  MonthlyReport monthly() {
    return report;
  }

  List<AreaSummary> areas() {
    return areas;
  }

  Optional<Slippage> slippage() {
    return slippage;
  }

  /** Counts the actions by reported RAG; actions without one are {@link #reportedNone()}. */
  Map<Rag, Long> reportedRag() {
    return reported;
  }

  long reportedNone() {
    return reportedNone;
  }

  /** Counts the actions by derived RAG. */
  Map<Rag, Long> derivedRag() {
    return derived;
  }

  long actionCount() {
    return report.plan().areas().stream().mapToLong(a -> a.actions().size()).sum();
  }

  long count(Severity severity) {
    return report.findings().stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Writes the report as text.
   *
   * @param out where to write; not null; flushed, not closed
   */
  void writeText(PrintWriter out) {
    BoardReportText.write(this, out);
  }

  /**
   * Writes the report as a JSON object.
   *
   * @param writer where to write; not null; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  void writeJson(Writer writer) {
    BoardReportJson.write(this, writer);
  }

  /**
   * Writes the report as CSV with one row per milestone.
   *
   * @param out where to write; not null; flushed, not closed
   * @see BoardReportCsv
   */
  void writeCsv(PrintWriter out) {
    BoardReportCsv.write(this, out);
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static List<Change> slipped(Slippage s) {
    List<Change> out = new ArrayList<>();
    for (Change c : s.changes()) {
      if (SLIPPED.contains(c.kind())) {
        out.add(c);
      }
    }
    return out;
  }

  static String percent(StateCounts c) {
    return c.percentComplete().isPresent() ? wholePercent(c.percentComplete().getAsDouble()) : "-";
  }

  /**
   * Rounds a percentage to a whole number, half up, as {@code String.format("%.0f%%")} does for
   * values from 0 to 100, without a {@link java.util.Formatter}, which loads the locale data on
   * first use (tens of milliseconds of a one-shot command's start).
   */
  static String wholePercent(double percent) {
    return Math.round(percent) + "%";
  }
}
