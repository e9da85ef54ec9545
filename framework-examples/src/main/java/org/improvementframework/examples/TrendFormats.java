package org.improvementframework.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.improvementframework.history.DeadlineHistory;
import org.improvementframework.history.TrendPoint;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Rag;

/** Writes the points of a trend as a text table, JSON or CSV. */
final class TrendFormats {

  /** The columns, in order, as CSV headers and JSON field names. */
  static final List<String> COLUMNS =
      List.of(
          "asAt",
          "complete",
          "overdue",
          "due",
          "notDue",
          "undated",
          "total",
          "percentComplete",
          "reportedRed",
          "reportedAmber",
          "reportedGreen",
          "reportedBlue",
          "derivedRed",
          "derivedAmber",
          "derivedGreen",
          "derivedBlue",
          "findingsError",
          "findingsWarning",
          "findingsInfo");

  private TrendFormats() {}

  static List<String> values(TrendPoint p) {
    var c = p.counts();
    return List.of(
        p.asAt().toString(),
        n(c.complete()),
        n(c.overdue()),
        n(c.due()),
        n(c.notDue()),
        n(c.undated()),
        n(c.total()),
        percent(p),
        n(p.reportedRag().get(Rag.RED)),
        n(p.reportedRag().get(Rag.AMBER)),
        n(p.reportedRag().get(Rag.GREEN)),
        n(p.reportedRag().get(Rag.BLUE)),
        n(p.derivedRag().get(Rag.RED)),
        n(p.derivedRag().get(Rag.AMBER)),
        n(p.derivedRag().get(Rag.GREEN)),
        n(p.derivedRag().get(Rag.BLUE)),
        n(p.findings().get(Severity.ERROR)),
        n(p.findings().get(Severity.WARNING)),
        n(p.findings().get(Severity.INFO)));
  }

  private static String n(long v) {
    return Long.toString(v);
  }

  static String percent(TrendPoint p) {
    return p.percentComplete().isPresent()
        ? String.format(Locale.ROOT, "%.1f", p.percentComplete().getAsDouble())
        : "";
  }

  static void text(
      PrintWriter out,
      String scope,
      List<TrendPoint> points,
      Map<MilestoneRef, DeadlineHistory> moved) {
    out.println("Trend of " + scope + ": " + points.size() + " reporting dates");
    out.printf(
        Locale.ROOT,
        "%-10s %8s %8s %5s %6s %9s %9s %8s%n",
        "as at",
        "complete",
        "overdue",
        "due",
        "total",
        "%done",
        "RAG R/A/G",
        "findings");
    for (TrendPoint p : points) {
      var c = p.counts();
      out.printf(
          Locale.ROOT,
          "%-10s %8d %8d %5d %6d %9s %9s %8d%n",
          p.asAt(),
          c.complete(),
          c.overdue(),
          c.due(),
          c.total(),
          percent(p),
          p.derivedRag().get(Rag.RED)
              + "/"
              + p.derivedRag().get(Rag.AMBER)
              + "/"
              + p.derivedRag().get(Rag.GREEN),
          p.findings().values().stream().mapToLong(Long::longValue).sum());
    }
    out.println("Deadlines moved: " + moved.size() + " milestones");
    moved
        .values()
        .forEach(
            d ->
                out.println(
                    "  "
                        + d.ref()
                        + " moved "
                        + d.count()
                        + " times, "
                        + d.daysLater()
                        + " days later in all, net "
                        + d.netDays()
                        + " days"));
  }

  static void csv(PrintWriter out, List<TrendPoint> points) {
    out.println(String.join(",", COLUMNS));
    for (TrendPoint p : points) {
      out.println(String.join(",", values(p)));
    }
  }

  static void json(
      PrintWriter out,
      String scope,
      List<TrendPoint> points,
      Map<MilestoneRef, DeadlineHistory> moved) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("scope", scope);
      g.writeArrayFieldStart("points");
      for (TrendPoint p : points) {
        g.writeStartObject();
        List<String> v = values(p);
        g.writeStringField(COLUMNS.get(0), v.get(0));
        for (int i = 1; i < COLUMNS.size(); i++) {
          if (!v.get(i).isEmpty()) {
            g.writeFieldName(COLUMNS.get(i));
            g.writeNumber(v.get(i));
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("deadlinesMoved");
      for (DeadlineHistory d : moved.values()) {
        g.writeStartObject();
        g.writeStringField("milestone", d.ref().toString());
        g.writeNumberField("moves", d.count());
        g.writeNumberField("daysLater", d.daysLater());
        g.writeNumberField("netDays", d.netDays());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
