package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;

/**
 * The streaming writer of the canonical JSON format, shared by {@link PlanJson} and the Jackson
 * module. Keys are written in the documented order, every list is written, absent optional
 * fields are omitted and {@code null} is never written.
 */
final class PlanJsonWriter {

  /** Writes one value of the model. */
  @FunctionalInterface
  interface ValueWriter<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  private PlanJsonWriter() {}

  /** The canonical layout: two-space indent, {@code "key": value}, one element per line. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  static void writeDocument(ImprovementPlan plan, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", PlanJsonReader.FORMAT);
    g.writeNumberField("version", PlanJsonReader.VERSION);
    g.writeFieldName("plan");
    writePlan(plan, g);
    g.writeEndObject();
  }

  static void writePlan(ImprovementPlan plan, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", plan.title());
    optional(g, "organisation", plan.organisation());
    g.writeStringField("asAt", plan.asAt().toString());
    optional(g, "period", plan.period());
    endWithNotesAndParts(g, plan.notes(), "areas", plan.areas(), PlanJsonWriter::writeArea);
  }

  static void writeArea(Area area, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("number", area.number());
    g.writeStringField("title", area.title());
    strings(g, "leads", area.leads());
    strings(g, "objectives", area.objectives());
    strings(g, "outcomes", area.outcomes());
    list(g, "measures", area.measures(), PlanJsonWriter::writeMeasure);
    endWithNotesAndParts(g, area.notes(), "actions", area.actions(), PlanJsonWriter::writeAction);
  }

  static void writeMeasure(Measure m, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", m.text());
    optional(g, "indicator", m.indicator(), PlanJsonWriter::writeIndicator);
    g.writeEndObject();
  }

  static void writeIndicator(Indicator i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", i.name());
    g.writeStringField("unit", i.unit().name());
    g.writeStringField("polarity", i.polarity().name());
    optional(g, "countingUnit", i.countingUnit());
    optional(g, "baseline", i.baseline(), PlanJsonWriter::writeObservation);
    list(g, "targets", i.targets(), PlanJsonWriter::writeIndicatorTarget);
    list(g, "observations", i.observations(), PlanJsonWriter::writeObservation);
    g.writeEndObject();
  }

  static void writeIndicatorTarget(IndicatorTarget t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("value");
    number(g, t.value());
    g.writeStringField("period", t.period().toString());
    optional(g, "tolerance", t.tolerance(), (d, out) -> number(out, d));
    g.writeEndObject();
  }

  static void writeObservation(Observation o, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("period", o.period().toString());
    g.writeFieldName("value");
    writeIndicatorValue(o.value(), g);
    g.writeEndObject();
  }

  static void writeIndicatorValue(IndicatorValue v, JsonGenerator g) throws IOException {
    if (v.number().isPresent()) {
      number(g, v.number().get());
    } else {
      g.writeString(v.marker().orElseThrow().code());
    }
  }

  static void writeAction(Action a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("ref", a.ref().toString());
    g.writeStringField("description", a.description());
    optional(g, "reportedRag", a.reportedRag());
    optional(g, "resolution", a.resolution());
    list(g, "dependencies", a.dependencies(), PlanJsonWriter::writeText);
    endWithNotesAndParts(
        g, a.notes(), "milestones", a.milestones(), PlanJsonWriter::writeMilestone);
  }

  static void writeMilestone(Milestone m, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("ref", m.ref().toString());
    g.writeStringField("description", m.description());
    g.writeFieldName("target");
    writeTarget(m.target(), g);
    g.writeFieldName("status");
    writeStatus(m.status(), g);
    g.writeEndObject();
  }

  static void writeTarget(Target t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", t.text());
    g.writeStringField("kind", t.kind().name());
    list(g, "periods", t.periods(), PlanJsonWriter::writeText);
    optional(g, "recurrence", t.recurrence());
    g.writeEndObject();
  }

  static void writeStatus(Status s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("progress", s.progress().name());
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  /** Writes a value of the model as its canonical text, as references and date ranges are. */
  static void writeText(Object value, JsonGenerator g) throws IOException {
    g.writeString(value.toString());
  }

  /**
   * Writes a field only when the value is present: the format leaves out what a plan does not
   * say. Constants are written by name, other values as their canonical text.
   */
  private static void optional(JsonGenerator g, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      Object v = value.get();
      g.writeStringField(name, v instanceof Enum<?> e ? e.name() : v.toString());
    }
  }

  private static <T> void optional(
      JsonGenerator g, String name, Optional<T> value, ValueWriter<T> w) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      w.write(value.get(), g);
    }
  }

  /**
   * Ends a plan, an area or an action as the format orders all three: its notes, then its parts
   * (areas, actions, milestones), last, so that a reader meets each level's own fields first.
   */
  private static <T> void endWithNotesAndParts(
      JsonGenerator g, List<String> notes, String partsName, List<T> parts, ValueWriter<T> w)
      throws IOException {
    strings(g, "notes", notes);
    list(g, partsName, parts, w);
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    list(g, name, values, (s, out) -> out.writeString(s));
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, ValueWriter<T> w)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (T value : values) {
      w.write(value, g);
    }
    g.writeEndArray();
  }

  /** Plain notation keeps the scale: {@code 1.50} stays {@code 1.50}, never {@code 1.5E+0}. */
  private static void number(JsonGenerator g, BigDecimal d) throws IOException {
    g.writeNumber(d.toPlainString());
  }
}
