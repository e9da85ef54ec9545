package org.improvementframework.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** How the {@code indicators} command prints: text for people, JSON and CSV for programs. */
enum IndicatorFormat {
  /** One block per indicator. */
  TEXT {
    @Override
    void print(PrintWriter out, List<IndicatorLine> lines, List<String> notes, boolean dc) {
      out.println(
          dc
              ? "Under disclosure control: counts 1 to 5 shown as c, x not available."
              : "Exact figures, NOT under disclosure control: do not publish.");
      for (IndicatorLine l : lines) {
        out.println();
        out.println(l.measure());
        if (l.value().equals("x")) {
          out.println("  x: " + l.source());
          continue;
        }
        out.println(
            "  value "
                + l.value()
                + " = "
                + l.numerator()
                + " / "
                + l.denominator()
                + " ("
                + l.unit()
                + ", "
                + l.period()
                + ")");
        out.println("  from " + l.source());
        l.breakdown().forEach((k, v) -> out.println("  band " + k + ": " + v));
        l.exclusions().forEach((k, v) -> out.println("  excluded " + v + ": " + k));
      }
      if (!notes.isEmpty()) {
        out.println();
        notes.forEach(out::println);
      }
    }
  },
  /** One JSON document. */
  JSON {
    @Override
    void print(PrintWriter out, List<IndicatorLine> lines, List<String> notes, boolean dc) {
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeBooleanField("disclosureControl", dc);
        g.writeArrayFieldStart("indicators");
        for (IndicatorLine l : lines) {
          g.writeStartObject();
          g.writeStringField("measure", l.measure());
          g.writeStringField("source", l.source());
          g.writeStringField("period", l.period());
          g.writeStringField("countingUnit", l.unit());
          g.writeStringField("value", l.value());
          g.writeStringField("numerator", l.numerator());
          g.writeStringField("denominator", l.denominator());
          map(g, "breakdown", l.breakdown());
          map(g, "excluded", l.exclusions());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (String n : notes) {
          g.writeString(n);
        }
        g.writeEndArray();
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println();
    }

    private void map(JsonGenerator g, String name, Map<String, String> m) throws IOException {
      g.writeObjectFieldStart(name);
      for (Map.Entry<String, String> e : m.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  },
  /** One row per indicator, bands and exclusions as {@code key=value;...}. */
  CSV {
    @Override
    void print(PrintWriter out, List<IndicatorLine> lines, List<String> notes, boolean dc) {
      out.println(
          "measure,source,period,counting_unit,value,numerator,denominator,breakdown,"
              + "excluded");
      for (IndicatorLine l : lines) {
        out.println(
            String.join(
                ",",
                q(l.measure()),
                q(l.source()),
                q(l.period()),
                q(l.unit()),
                q(l.value()),
                q(l.numerator()),
                q(l.denominator()),
                q(join(l.breakdown())),
                q(join(l.exclusions()))));
      }
    }

    private String join(Map<String, String> m) {
      StringBuilder sb = new StringBuilder();
      m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
      return sb.toString();
    }

    private String q(String s) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
  };

  abstract void print(PrintWriter out, List<IndicatorLine> lines, List<String> notes, boolean dc);
}
