package org.improvementframework.jackson3;

import java.math.BigDecimal;
import java.util.List;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Reference;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The streaming writer of the canonical JSON format on Jackson 3. It mirrors framework-io's
 * Jackson 2 writer key for key, because the two must give the same bytes: keys in the documented
 * order, every list written, absent optional fields omitted, {@code null} never written.
 */
final class PlanWriter {

  static final String FORMAT = "improvement-plan";
  static final int VERSION = 1;

  private PlanWriter() {}

  /** The canonical layout: two-space indent, {@code "key": value}, one element per line. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  static void writeDocument(ImprovementPlan plan, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeNumberProperty("version", VERSION);
    g.writeName("plan");
    writePlan(plan, g);
    g.writeEndObject();
  }

  static void writePlan(ImprovementPlan plan, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("title", plan.title());
    plan.organisation().ifPresent(o -> g.writeStringProperty("organisation", o));
    g.writeStringProperty("asAt", plan.asAt().toString());
    plan.period().ifPresent(p -> g.writeStringProperty("period", p.toString()));
    strings(g, "notes", plan.notes());
    g.writeArrayPropertyStart("areas");
    plan.areas().forEach(a -> writeArea(a, g));
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeArea(Area area, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty("number", area.number());
    g.writeStringProperty("title", area.title());
    strings(g, "leads", area.leads());
    strings(g, "objectives", area.objectives());
    strings(g, "outcomes", area.outcomes());
    g.writeArrayPropertyStart("measures");
    area.measures().forEach(m -> writeMeasure(m, g));
    g.writeEndArray();
    strings(g, "notes", area.notes());
    g.writeArrayPropertyStart("actions");
    area.actions().forEach(a -> writeAction(a, g));
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeMeasure(Measure m, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("text", m.text());
    m.indicator()
        .ifPresent(
            i -> {
              g.writeName("indicator");
              writeIndicator(i, g);
            });
    g.writeEndObject();
  }

  static void writeIndicator(Indicator i, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("name", i.name());
    g.writeStringProperty("unit", i.unit().name());
    g.writeStringProperty("polarity", i.polarity().name());
    i.countingUnit().ifPresent(u -> g.writeStringProperty("countingUnit", u.name()));
    i.baseline()
        .ifPresent(
            b -> {
              g.writeName("baseline");
              writeObservation(b, g);
            });
    g.writeArrayPropertyStart("targets");
    i.targets().forEach(t -> writeIndicatorTarget(t, g));
    g.writeEndArray();
    g.writeArrayPropertyStart("observations");
    i.observations().forEach(o -> writeObservation(o, g));
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeIndicatorTarget(IndicatorTarget t, JsonGenerator g) {
    g.writeStartObject();
    g.writeName("value");
    number(g, t.value());
    g.writeStringProperty("period", t.period().toString());
    t.tolerance()
        .ifPresent(
            tolerance -> {
              g.writeName("tolerance");
              number(g, tolerance);
            });
    g.writeEndObject();
  }

  static void writeObservation(Observation o, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("period", o.period().toString());
    g.writeName("value");
    writeIndicatorValue(o.value(), g);
    g.writeEndObject();
  }

  static void writeIndicatorValue(IndicatorValue v, JsonGenerator g) {
    if (v.number().isPresent()) {
      number(g, v.number().get());
    } else {
      g.writeString(v.marker().orElseThrow().code());
    }
  }

  static void writeAction(Action a, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("ref", a.ref().toString());
    g.writeStringProperty("description", a.description());
    a.reportedRag().ifPresent(r -> g.writeStringProperty("reportedRag", r.name()));
    a.resolution().ifPresent(r -> g.writeStringProperty("resolution", r));
    g.writeArrayPropertyStart("dependencies");
    for (Reference r : a.dependencies()) {
      g.writeString(r.toString());
    }
    g.writeEndArray();
    strings(g, "notes", a.notes());
    g.writeArrayPropertyStart("milestones");
    a.milestones().forEach(m -> writeMilestone(m, g));
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeMilestone(Milestone m, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("ref", m.ref().toString());
    g.writeStringProperty("description", m.description());
    g.writeName("target");
    writeTarget(m.target(), g);
    g.writeName("status");
    writeStatus(m.status(), g);
    g.writeEndObject();
  }

  static void writeTarget(Target t, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("text", t.text());
    g.writeStringProperty("kind", t.kind().name());
    g.writeArrayPropertyStart("periods");
    for (DateRange r : t.periods()) {
      g.writeString(r.toString());
    }
    g.writeEndArray();
    t.recurrence().ifPresent(r -> g.writeStringProperty("recurrence", r.name()));
    g.writeEndObject();
  }

  static void writeStatus(Status s, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("progress", s.progress().name());
    g.writeStringProperty("text", s.text());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  /** Plain notation keeps the scale: {@code 1.50} stays {@code 1.50}, never {@code 1.5E+0}. */
  private static void number(JsonGenerator g, BigDecimal d) {
    g.writeNumber(d.toPlainString());
  }
}
