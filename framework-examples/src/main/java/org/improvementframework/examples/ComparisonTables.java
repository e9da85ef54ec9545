package org.improvementframework.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.improvementframework.metrics.indicators.AreaValue;
import org.improvementframework.metrics.indicators.Comparison;
import org.improvementframework.metrics.indicators.Ranked;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Observation;

/**
 * Writes indicators in context as text for people, JSON for programs or CSV for a spreadsheet:
 * the council beside England, its region and its comparators, with ranks, quartiles, the
 * comparator mean, the gaps and the direction of travel across published years.
 */
final class ComparisonTables {

  private ComparisonTables() {}

  /** Writes the text form, one block per context. */
  static void writeText(PrintWriter out, List<IndicatorContext> contexts) {
    for (IndicatorContext ctx : contexts) {
      Comparison c = ctx.comparison();
      out.println(
          ctx.title()
              + " \u2014 "
              + c.period()
              + " ("
              + words(c.polarity().name())
              + (c.polarity().name().equals("NEUTRAL") ? ": rank 1 is the highest" : "")
              + ")");
      Ranked council = c.council();
      out.printf(
          Locale.ROOT,
          "  council:         %s %s%s%n",
          label(council.area()),
          council.area().valueText() + status(council.area()),
          council.rank().isPresent()
              ? ", rank "
                  + council.rank().getAsInt()
                  + " of "
                  + c.rankedCount()
                  + ", quartile "
                  + council.quartile().getAsInt()
              : ", not ranked");
      c.own()
          .ifPresent(
              o ->
                  out.printf(
                      Locale.ROOT, "  own value (%s): %s%n", words(o.source().name()), o.value()));
      c.england()
          .ifPresent(
              e ->
                  out.printf(
                      Locale.ROOT,
                      "  England:         %s%s%n",
                      e.valueText() + status(e),
                      c.gapToEngland().map(g -> ", gap " + signed(g)).orElse("")));
      c.region()
          .ifPresent(
              r ->
                  out.printf(
                      Locale.ROOT,
                      "  region:          %s %s%n",
                      label(r),
                      r.valueText() + status(r)));
      out.printf(
          Locale.ROOT,
          "  comparator mean: %s%s (%d of %d comparators with a number)%n",
          c.comparatorMean().map(BigDecimal::toPlainString).orElse("none"),
          c.gapToMean().map(g -> ", gap " + signed(g)).orElse(""),
          c.comparators().stream().filter(r -> r.area().isNumber()).count(),
          c.comparators().size());
      out.println("  direction of travel: " + travel(ctx));
      if (!c.comparators().isEmpty()) {
        out.printf(
            Locale.ROOT,
            "  %4s  %-32s %-10s %8s %8s%n",
            "rank",
            "area",
            "code",
            "value",
            "quartile");
        for (Ranked r : ranking(c)) {
          out.printf(
              Locale.ROOT,
              "  %4s  %-32s %-10s %8s %8s%s%n",
              text(r.rank()),
              cut(r.area().name()),
              r.area().code(),
              r.area().valueText(),
              text(r.quartile()),
              r == c.council() ? "  <- council" : status(r.area()));
        }
      }
      out.println();
    }
    out.flush();
  }

  /** The council and comparators, best first; the unranked after, in the order given. */
  static List<Ranked> ranking(Comparison c) {
    List<Ranked> all = new ArrayList<>(c.comparators());
    all.add(0, c.council());
    all.sort(
        (a, b) ->
            Integer.compare(
                a.rank().orElse(Integer.MAX_VALUE), b.rank().orElse(Integer.MAX_VALUE)));
    return all;
  }

  static String travel(IndicatorContext ctx) {
    List<Observation> h = ctx.councilHistory();
    if (h.isEmpty()) {
      return "no published years";
    }
    StringBuilder s = new StringBuilder(h.get(0).period() + " " + h.get(0).value());
    for (int i = 1; i < h.size(); i++) {
      s.append(" \u2192 ")
          .append(h.get(i).period())
          .append(' ')
          .append(h.get(i).value())
          .append(" (")
          .append(words(ctx.directions().get(i - 1).name()))
          .append(')');
    }
    return s.toString();
  }

  /** Writes the JSON form: an array with one object per context. */
  static void writeJson(PrintWriter out, List<IndicatorContext> contexts) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (IndicatorContext ctx : contexts) {
        Comparison c = ctx.comparison();
        g.writeStartObject();
        g.writeStringField("indicator", ctx.title());
        g.writeStringField("measure", ctx.measure());
        g.writeStringField("period", c.period().toString());
        g.writeStringField("polarity", c.polarity().name());
        g.writeFieldName("council");
        area(g, c.council().area(), c.council().rank(), c.council().quartile());
        g.writeNumberField("ranked", c.rankedCount());
        if (c.own().isPresent()) {
          g.writeObjectFieldStart("own");
          g.writeStringField("source", c.own().get().source().name());
          value(g, Optional.of(c.own().get().value()));
          g.writeEndObject();
        }
        if (c.england().isPresent()) {
          g.writeFieldName("england");
          area(g, c.england().get(), OptionalInt.empty(), OptionalInt.empty());
        }
        if (c.region().isPresent()) {
          g.writeFieldName("region");
          area(g, c.region().get(), OptionalInt.empty(), OptionalInt.empty());
        }
        decimal(g, "comparatorMean", c.comparatorMean());
        decimal(g, "gapToMean", c.gapToMean());
        decimal(g, "gapToEngland", c.gapToEngland());
        g.writeArrayFieldStart("comparators");
        for (Ranked r : c.comparators()) {
          area(g, r.area(), r.rank(), r.quartile());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("published");
        for (int i = 0; i < ctx.councilHistory().size(); i++) {
          Observation o = ctx.councilHistory().get(i);
          g.writeStartObject();
          g.writeStringField("period", o.period().toString());
          value(g, Optional.of(o.value()));
          if (i > 0) {
            g.writeStringField("direction", ctx.directions().get(i - 1).name());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("direction", ctx.latestDirection().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private static void area(JsonGenerator g, AreaValue a, OptionalInt rank, OptionalInt quartile)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("code", a.code());
    g.writeStringField("name", a.name());
    value(g, a.value());
    if (rank.isPresent()) {
      g.writeNumberField("rank", rank.getAsInt());
      g.writeNumberField("quartile", quartile.getAsInt());
    }
    g.writeEndObject();
  }

  /** A number as a JSON number; a marker or a missing value as its kind, never as zero. */
  private static void value(JsonGenerator g, Optional<IndicatorValue> v) throws IOException {
    if (v.isPresent() && v.get().isNumber()) {
      g.writeNumberField("value", v.get().number().orElseThrow());
    } else {
      g.writeNullField("value");
    }
    g.writeStringField("status", kind(v));
  }

  private static void decimal(JsonGenerator g, String field, Optional<BigDecimal> d)
      throws IOException {
    if (d.isPresent()) {
      g.writeNumberField(field, d.get());
    } else {
      g.writeNullField(field);
    }
  }

  /** Writes the CSV form: one row per area of each comparison. */
  static void writeCsv(PrintWriter out, List<IndicatorContext> contexts) {
    out.println(
        "indicator,period,role,code,name,value,status,rank,quartile,ranked,"
            + "comparator_mean,gap_to_mean,direction");
    for (IndicatorContext ctx : contexts) {
      Comparison c = ctx.comparison();
      csvRow(out, ctx, "council", c.council().area(), c.council().rank(), c.council().quartile());
      c.england()
          .ifPresent(e -> csvRow(out, ctx, "england", e, OptionalInt.empty(), OptionalInt.empty()));
      c.region()
          .ifPresent(r -> csvRow(out, ctx, "region", r, OptionalInt.empty(), OptionalInt.empty()));
      for (Ranked r : c.comparators()) {
        csvRow(out, ctx, "comparator", r.area(), r.rank(), r.quartile());
      }
    }
    out.flush();
  }

  private static void csvRow(
      PrintWriter out,
      IndicatorContext ctx,
      String role,
      AreaValue a,
      OptionalInt rank,
      OptionalInt quartile) {
    Comparison c = ctx.comparison();
    boolean council = role.equals("council");
    out.println(
        String.join(
            ",",
            csv(ctx.title()),
            c.period().toString(),
            role,
            csv(a.code()),
            csv(a.name()),
            a.isNumber() ? a.valueText() : "",
            kind(a.value()),
            text(rank, ""),
            text(quartile, ""),
            council ? Integer.toString(c.rankedCount()) : "",
            council ? c.comparatorMean().map(BigDecimal::toPlainString).orElse("") : "",
            council ? c.gapToMean().map(BigDecimal::toPlainString).orElse("") : "",
            council ? ctx.latestDirection().name() : ""));
  }

  /** Quotes a cell when it must be, and neutralises a leading formula character. */
  static String csv(String s) {
    String t = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return t.matches(".*[\",\\n\\r].*") || !t.equals(s) ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
  }

  static String kind(Optional<IndicatorValue> v) {
    if (v.isEmpty()) {
      return "missing";
    }
    return v.get().marker().map(m -> m.name().toLowerCase(Locale.ROOT)).orElse("number");
  }

  private static String status(AreaValue a) {
    return a.isNumber() ? "" : " (" + words(kind(a.value()).toUpperCase(Locale.ROOT)) + ")";
  }

  private static String label(AreaValue a) {
    return (a.name().isEmpty() ? a.code() : a.name() + " (" + a.code() + ")") + ":";
  }

  static String signed(BigDecimal d) {
    return (d.signum() > 0 ? "+" : "") + d.toPlainString();
  }

  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String text(OptionalInt i) {
    return text(i, "-");
  }

  private static String text(OptionalInt i, String none) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : none;
  }

  private static String cut(String s) {
    return s.length() <= 32 ? s : s.substring(0, 31) + "\u2026";
  }
}
