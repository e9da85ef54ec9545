package org.improvementframework.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.metrics.MilestoneState;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.StateCounts;
import org.improvementframework.metrics.rag.RagDisagreement;
import org.improvementframework.metrics.rag.RagJudgement;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.metrics.slippage.Change;
import org.improvementframework.metrics.slippage.ChangeKind;
import org.improvementframework.metrics.slippage.Slippage;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;

/**
 * The monthly board report on a plan as of a date, written as text for people, JSON for programs
 * or CSV for a spreadsheet: the plan summary, each area's progress and derived against reported
 * RAG, the overdue milestones with their resolutions, the milestones due within the window, the
 * plan-rule findings, and, given the previous report, what slipped since.
 *
 * <p>An area's reported RAG is the worst reported RAG of its actions, by the policy's order;
 * its derived RAG is the metrics module's.
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
    this.areas = List.copyOf(list);
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

  // ---------------------------------------------------------------- text

  /**
   * Writes the report as text.
   *
   * @param out where to write; not null
   */
  void writeText(PrintWriter out) {
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
            + plural(plan.areas().size(), "area")
            + ", "
            + plural(actionCount(), "action")
            + ", "
            + plural(s.total(), "milestone"));
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
        percent(s));
    out.println("  reported RAG of actions: " + ragLine(reported) + ", none " + reportedNone);
    out.println("  derived RAG of actions:  " + ragLine(derived));
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
            + plural(count(Severity.ERROR), "error")
            + ", "
            + plural(count(Severity.WARNING), "warning")
            + ", "
            + plural(count(Severity.INFO), "note"));
    out.println();
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
    for (AreaSummary a : areas) {
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
              percent(c),
              a.reported().map(Rag::name).orElse("-"),
              a.derived().map(Rag::name).orElse("-")));
    }
    out.println();
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
    slippage.ifPresent(
        sl -> {
          out.println();
          List<Change> slipped = slipped(sl);
          out.println("SLIPPED SINCE THE REPORT OF " + sl.from() + " (" + slipped.size() + ")");
          if (slipped.isEmpty()) {
            out.println("  nothing slipped");
          }
          for (Change c : slipped) {
            out.println("  " + c.message());
          }
          StringBuilder other = new StringBuilder();
          for (ChangeKind k : ChangeKind.values()) {
            if (!SLIPPED.contains(k) && sl.count(k) > 0) {
              other
                  .append(other.length() == 0 ? "" : ", ")
                  .append(sl.count(k))
                  .append(' ')
                  .append(k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
          }
          out.println("  other changes: " + (other.length() == 0 ? "none" : other));
        });
    out.flush();
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

  private static String ragLine(Map<Rag, Long> counts) {
    StringBuilder s = new StringBuilder();
    for (Rag r : Rag.values()) {
      s.append(s.length() == 0 ? "" : ", ").append(r.name()).append(' ').append(counts.get(r));
    }
    return s.toString();
  }

  static String percent(StateCounts c) {
    return c.percentComplete().isPresent()
        ? String.format(Locale.ROOT, "%.0f%%", c.percentComplete().getAsDouble())
        : "-";
  }

  private static String cut(String s, int width) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= width ? one : one.substring(0, width - 1) + "\u2026";
  }

  // ---------------------------------------------------------------- JSON

  /**
   * Writes the report as a JSON object.
   *
   * @param writer where to write; not null; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  void writeJson(Writer writer) {
    try (JsonGenerator g = new JsonFactory().createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      ImprovementPlan plan = report.plan();
      StateCounts s = report.states();
      g.writeStartObject();
      g.writeStringField("title", plan.title());
      if (plan.organisation().isPresent()) {
        g.writeStringField("organisation", plan.organisation().get());
      }
      g.writeStringField("asAt", plan.asAt().toString());
      g.writeStringField("asOf", report.asOf().toString());
      g.writeNumberField("dueWindowDays", report.options().classifier().dueWindowDays());
      g.writeNumberField("areas", plan.areas().size());
      g.writeNumberField("actions", actionCount());
      g.writeNumberField("milestones", s.total());
      g.writeObjectFieldStart("milestoneStates");
      for (MilestoneState st : MilestoneState.values()) {
        g.writeNumberField(st.name(), s.count(st));
      }
      g.writeEndObject();
      if (s.percentComplete().isPresent()) {
        g.writeNumberField("percentComplete", round(s.percentComplete().getAsDouble()));
      }
      g.writeObjectFieldStart("reportedRag");
      for (Rag r : Rag.values()) {
        g.writeNumberField(r.name(), reported.get(r));
      }
      g.writeNumberField("NONE", reportedNone);
      g.writeEndObject();
      g.writeObjectFieldStart("derivedRag");
      for (Rag r : Rag.values()) {
        g.writeNumberField(r.name(), derived.get(r));
      }
      g.writeNumberField(
          "NONE", actionCount() - derived.values().stream().mapToLong(Long::longValue).sum());
      g.writeEndObject();
      g.writeNumberField("ragDisagreements", report.disagreements().size());
      g.writeArrayFieldStart("areaSummaries");
      for (AreaSummary a : areas) {
        StateCounts c = a.counts();
        g.writeStartObject();
        g.writeNumberField("number", a.area().number());
        g.writeStringField("title", a.area().title());
        g.writeArrayFieldStart("leads");
        for (String lead : a.area().leads()) {
          g.writeString(lead);
        }
        g.writeEndArray();
        g.writeNumberField("actions", a.area().actions().size());
        g.writeNumberField("milestones", c.total());
        g.writeNumberField("complete", c.complete());
        g.writeNumberField("overdue", c.overdue());
        g.writeNumberField("due", c.due());
        g.writeNumberField("notDue", c.notDue());
        g.writeNumberField("undated", c.undated());
        if (c.percentComplete().isPresent()) {
          g.writeNumberField("percentComplete", round(c.percentComplete().getAsDouble()));
        }
        g.writeStringField("reportedRag", a.reported().map(Rag::name).orElse("NONE"));
        g.writeStringField("derivedRag", a.derived().map(Rag::name).orElse("NONE"));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("overdue");
      for (DatedMilestone d : report.overdue()) {
        milestone(g, d);
        g.writeNumberField("daysOverdue", d.daysOverdue());
        Optional<String> resolution =
            plan.action(d.milestone().ref().action()).flatMap(Action::resolution);
        if (resolution.isPresent()) {
          g.writeStringField("resolution", resolution.get());
        } else {
          g.writeNullField("resolution");
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("dueSoon");
      for (DatedMilestone d : report.dueSoon()) {
        milestone(g, d);
        g.writeNumberField("daysRemaining", d.daysRemaining());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("disagreements");
      for (RagDisagreement d : report.disagreements()) {
        g.writeStartObject();
        g.writeStringField("action", d.ref().toString());
        g.writeStringField("reported", d.reported().name());
        g.writeStringField("derived", d.derived().rag().name());
        g.writeStringField("rule", d.derived().rule());
        g.writeStringField("reason", d.derived().reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("rule", f.ruleId());
        if (f.ref().isPresent()) {
          g.writeStringField("ref", f.ref().get().toString());
        } else {
          g.writeNullField("ref");
        }
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (slippage.isPresent()) {
        Slippage sl = slippage.get();
        g.writeObjectFieldStart("slippage");
        g.writeStringField("from", sl.from().toString());
        g.writeStringField("to", sl.to().toString());
        g.writeObjectFieldStart("counts");
        for (ChangeKind k : ChangeKind.values()) {
          g.writeNumberField(k.name(), sl.count(k));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("slipped");
        for (Change c : slipped(sl)) {
          g.writeStartObject();
          g.writeStringField("kind", c.kind().name());
          g.writeStringField("ref", c.ref().toString());
          g.writeStringField("field", c.field());
          g.writeStringField("before", c.before());
          g.writeStringField("after", c.after());
          g.writeNumberField("days", c.days());
          g.writeStringField("message", c.message());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void milestone(JsonGenerator g, DatedMilestone d) throws IOException {
    Milestone m = d.milestone();
    g.writeStartObject();
    g.writeStringField("ref", m.ref().toString());
    g.writeStringField("description", m.description());
    g.writeStringField("target", m.target().text());
    g.writeStringField("deadline", d.deadline().toString());
    g.writeStringField("progress", m.status().progress().name());
    g.writeStringField("status", m.status().text());
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  // ---------------------------------------------------------------- CSV

  /** The headings of the CSV report, one row per milestone. */
  static final List<String> CSV_HEADINGS =
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

  /**
   * Writes the report as CSV with one row per milestone (an action without milestones has one
   * row with the milestone columns empty), the sheet a board officer filters by state or area.
   * Cells a spreadsheet could run as a formula are prefixed with an apostrophe.
   *
   * @param out where to write; not null
   */
  void writeCsv(PrintWriter out) {
    LocalDate asOf = report.asOf();
    row(out, CSV_HEADINGS);
    // The report's facts are in plan order and hold each milestone's state and deadline.
    Iterator<ActionFacts> facts = report.facts().iterator();
    for (Area area : report.plan().areas()) {
      for (Action action : area.actions()) {
        ActionFacts f = facts.next();
        RagJudgement j = report.rag().actions().get(action.ref());
        List<String> head =
            List.of(
                String.valueOf(area.number()),
                area.title(),
                String.join("/", area.leads()),
                action.ref().toString(),
                action.description(),
                action.reportedRag().map(Rag::name).orElse(""),
                j == null ? "" : j.rag().name(),
                j == null ? "" : j.reason(),
                action.resolution().orElse(""));
        if (action.milestones().isEmpty()) {
          List<String> cells = new ArrayList<>(head);
          cells.addAll(List.of("", "", "", "", "", "", "", ""));
          row(out, cells);
        }
        for (int i = 0; i < action.milestones().size(); i++) {
          Milestone m = action.milestones().get(i);
          MilestoneState state = f.state(i);
          Optional<LocalDate> deadline = f.deadline(i);
          String late =
              state == MilestoneState.OVERDUE && deadline.isPresent()
                  ? String.valueOf(ChronoUnit.DAYS.between(deadline.get(), asOf))
                  : "";
          List<String> cells = new ArrayList<>(head);
          cells.addAll(
              List.of(
                  m.ref().toString(),
                  m.description(),
                  m.target().text(),
                  deadline.map(LocalDate::toString).orElse(""),
                  state.name(),
                  late,
                  m.status().progress().name(),
                  m.status().text()));
          row(out, cells);
        }
      }
    }
    out.flush();
  }

  private static void row(PrintWriter out, List<String> cells) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(csvCell(cells.get(i)));
    }
    out.print(s.append("\r\n"));
  }

  static String csvCell(String cell) {
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
