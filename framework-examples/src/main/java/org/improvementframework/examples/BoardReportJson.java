package org.improvementframework.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.metrics.MilestoneState;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.StateCounts;
import org.improvementframework.metrics.rag.RagDisagreement;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.slippage.Change;
import org.improvementframework.metrics.slippage.ChangeKind;
import org.improvementframework.metrics.slippage.Slippage;
import org.improvementframework.model.Action;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;

/**
 * Writes a {@link BoardReport} as one JSON object for programs, with jackson-core's generator
 * (no data binding: the report's shape is written field by field, in a fixed order).
 */
final class BoardReportJson {

  private final BoardReport board;
  private final MonthlyReport report;
  private final JsonGenerator g;

  private BoardReportJson(BoardReport board, JsonGenerator g) {
    this.board = board;
    this.report = board.monthly();
    this.g = g;
  }

  /**
   * Writes the report as a JSON object.
   *
   * @param board the report; not null
   * @param writer where to write; not null; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  static void write(BoardReport board, Writer writer) {
    try (JsonGenerator g = new JsonFactory().createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      BoardReportJson json = new BoardReportJson(board, g);
      g.writeStartObject();
      json.summary();
      json.areaSummaries();
      json.milestones();
      json.disagreementsAndFindings();
      if (board.slippage().isPresent()) {
        json.slippage(board.slippage().get());
      }
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary() throws IOException {
    ImprovementPlan plan = report.plan();
    StateCounts s = report.states();
    g.writeStringField("title", plan.title());
    if (plan.organisation().isPresent()) {
      g.writeStringField("organisation", plan.organisation().get());
    }
    g.writeStringField("asAt", plan.asAt().toString());
    g.writeStringField("asOf", report.asOf().toString());
    g.writeNumberField("dueWindowDays", report.options().classifier().dueWindowDays());
    g.writeNumberField("areas", plan.areas().size());
    g.writeNumberField("actions", board.actionCount());
    g.writeNumberField("milestones", s.total());
    g.writeObjectFieldStart("milestoneStates");
    for (MilestoneState st : MilestoneState.values()) {
      g.writeNumberField(st.name(), s.count(st));
    }
    g.writeEndObject();
    if (s.percentComplete().isPresent()) {
      g.writeNumberField("percentComplete", round(s.percentComplete().getAsDouble()));
    }
    Map<Rag, Long> reported = board.reportedRag();
    g.writeObjectFieldStart("reportedRag");
    for (Rag r : Rag.values()) {
      g.writeNumberField(r.name(), reported.get(r));
    }
    g.writeNumberField("NONE", board.reportedNone());
    g.writeEndObject();
    Map<Rag, Long> derived = board.derivedRag();
    g.writeObjectFieldStart("derivedRag");
    for (Rag r : Rag.values()) {
      g.writeNumberField(r.name(), derived.get(r));
    }
    g.writeNumberField(
        "NONE", board.actionCount() - derived.values().stream().mapToLong(Long::longValue).sum());
    g.writeEndObject();
    g.writeNumberField("ragDisagreements", report.disagreements().size());
  }

  private void areaSummaries() throws IOException {
    g.writeArrayFieldStart("areaSummaries");
    for (BoardReport.AreaSummary a : board.areas()) {
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
  }

  private void milestones() throws IOException {
    g.writeArrayFieldStart("overdue");
    for (DatedMilestone d : report.overdue()) {
      milestone(d);
      g.writeNumberField("daysOverdue", d.daysOverdue());
      Optional<String> resolution =
          report.plan().action(d.milestone().ref().action()).flatMap(Action::resolution);
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
      milestone(d);
      g.writeNumberField("daysRemaining", d.daysRemaining());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // Opens the milestone's object and leaves it open for the list's own fields.
  private void milestone(DatedMilestone d) throws IOException {
    Milestone m = d.milestone();
    g.writeStartObject();
    g.writeStringField("ref", m.ref().toString());
    g.writeStringField("description", m.description());
    g.writeStringField("target", m.target().text());
    g.writeStringField("deadline", d.deadline().toString());
    g.writeStringField("progress", m.status().progress().name());
    g.writeStringField("status", m.status().text());
  }

  private void disagreementsAndFindings() throws IOException {
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
  }

  private void slippage(Slippage sl) throws IOException {
    g.writeObjectFieldStart("slippage");
    g.writeStringField("from", sl.from().toString());
    g.writeStringField("to", sl.to().toString());
    g.writeObjectFieldStart("counts");
    for (ChangeKind k : ChangeKind.values()) {
      g.writeNumberField(k.name(), sl.count(k));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("slipped");
    for (Change c : BoardReport.slipped(sl)) {
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

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
