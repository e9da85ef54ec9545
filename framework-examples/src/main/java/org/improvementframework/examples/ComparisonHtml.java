package org.improvementframework.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.improvementframework.metrics.indicators.AreaValue;
import org.improvementframework.metrics.indicators.Comparison;
import org.improvementframework.metrics.indicators.DirectionOfTravel;
import org.improvementframework.metrics.indicators.Ranked;
import org.improvementframework.model.Observation;

/**
 * Renders indicators in context as a dashboard section: per indicator, a bar chart of the
 * council among its comparators with England's value and the comparator mean drawn across it,
 * and a line of the council's and England's published values across the years with the
 * direction of travel. Inline SVG and inline styles only, no script; every text is escaped.
 */
final class ComparisonHtml {

  private static final String COUNCIL = "#1d3557";
  private static final String OTHER = "#9aa5b1";
  private static final String ENGLAND = "#c0392b";
  private static final String MEAN = "#e67e22";
  private static final int WIDTH = 340;
  private static final int LABEL = 104;
  private static final int BAR = 12;
  private static final int STEP = 16;

  private ComparisonHtml() {}

  /** The section, or {@code ""} when there is nothing to compare. */
  static String section(List<IndicatorContext> contexts) {
    if (contexts.isEmpty()) {
      return "";
    }
    StringBuilder h = new StringBuilder();
    h.append("<h2>Indicators in context (")
        .append(contexts.size())
        .append(")</h2>\n")
        .append("<div class=\"areas\" id=\"context\">\n");
    for (IndicatorContext ctx : contexts) {
      card(h, ctx);
    }
    h.append("</div>\n");
    return h.toString();
  }

  private static void card(StringBuilder h, IndicatorContext ctx) {
    Comparison c = ctx.comparison();
    Ranked council = c.council();
    h.append("<section class=\"area context\" data-measure=\"")
        .append(esc(ctx.measure()))
        .append("\">\n<h2>")
        .append(esc(ctx.title()))
        .append("</h2>\n<p class=\"lead\">")
        .append(c.period())
        .append(" \u00b7 ")
        .append(esc(council.area().name()))
        .append(' ')
        .append(esc(council.area().valueText()));
    if (council.rank().isPresent()) {
      h.append(" \u00b7 <span class=\"rank\">rank ")
          .append(council.rank().getAsInt())
          .append(" of ")
          .append(c.rankedCount())
          .append("</span> \u00b7 <span class=\"quartile\">" + "quartile ")
          .append(council.quartile().getAsInt())
          .append("</span>");
    } else {
      h.append(" \u00b7 not ranked (")
          .append(ComparisonTables.kind(council.area().value()))
          .append(')');
    }
    h.append("</p>\n<div class=\"small\">England ")
        .append(c.england().map(AreaValue::valueText).orElse("not given"))
        .append(" \u00b7 <span class=\"mean\">comparator mean ")
        .append(c.comparatorMean().map(BigDecimal::toPlainString).orElse("none"))
        .append("</span>")
        .append(c.gapToMean().map(g -> " (gap " + ComparisonTables.signed(g) + ")").orElse(""))
        .append(" \u00b7 <span class=\"direction\">")
        .append(ComparisonTables.words(ctx.latestDirection().name()))
        .append("</span></div>\n");
    h.append(bars(c)).append('\n');
    List<String> unranked = new ArrayList<>();
    for (Ranked r : c.comparators()) {
      if (r.rank().isEmpty()) {
        unranked.add(
            esc(r.area().name().isEmpty() ? r.area().code() : r.area().name())
                + " ("
                + ComparisonTables.kind(r.area().value())
                + ")");
      }
    }
    if (!unranked.isEmpty()) {
      h.append("<div class=\"small unranked\">not ranked: ")
          .append(String.join(", ", unranked))
          .append("</div>\n");
    }
    h.append(years(ctx)).append("\n</section>\n");
  }

  /** One bar per ranked area, best first, the council in its own colour. */
  static String bars(Comparison c) {
    List<Ranked> ranked =
        ComparisonTables.ranking(c).stream().filter(r -> r.rank().isPresent()).toList();
    List<Double> all = new ArrayList<>();
    ranked.forEach(r -> all.add(number(r.area())));
    c.england().filter(AreaValue::isNumber).ifPresent(e -> all.add(number(e)));
    c.comparatorMean().ifPresent(m -> all.add(m.doubleValue()));
    double lo = Math.min(0, all.stream().mapToDouble(Double::doubleValue).min().orElse(0));
    double hi = Math.max(lo + 1e-9, all.stream().mapToDouble(Double::doubleValue).max().orElse(1));
    int height = Math.max(STEP, ranked.size() * STEP) + 18;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"comparison-chart\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(esc(c.indicator()))
        .append(": the council among ")
        .append(ranked.size())
        .append(" ranked areas\">");
    // Values are written in a column of their own at the right, clear of the two lines.
    double plot = WIDTH - LABEL - 40;
    for (int i = 0; i < ranked.size(); i++) {
      Ranked r = ranked.get(i);
      double v = number(r.area());
      // Bars grow from zero, leftwards for a negative value (a net loss, say).
      double zero = LABEL + plot * (0 - lo) / (hi - lo);
      double end = LABEL + plot * (v - lo) / (hi - lo);
      bar(s, r, r == c.council(), i * STEP + 2, Math.min(zero, end), Math.abs(end - zero));
    }
    int bottom = ranked.size() * STEP + 2;
    c.england()
        .filter(AreaValue::isNumber)
        .ifPresent(
            e ->
                line(
                    s,
                    "england-line",
                    LABEL + plot * (number(e) - lo) / (hi - lo),
                    bottom,
                    ENGLAND,
                    "England " + e.valueText()));
    c.comparatorMean()
        .ifPresent(
            m ->
                line(
                    s,
                    "mean-line",
                    LABEL + plot * (m.doubleValue() - lo) / (hi - lo),
                    bottom,
                    MEAN,
                    "comparator mean " + m.toPlainString()));
    legend(s, bottom);
    return s.append("</svg>").toString();
  }

  // One area's row: its label, its bar (bold and coloured for the council) and its value.
  private static void bar(
      StringBuilder s, Ranked r, boolean isCouncil, int y, double x0, double w) {
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"0\" y=\"%d\" font-size=\"10\"%s>%s</text>",
            y + 10,
            isCouncil ? " font-weight=\"bold\"" : "",
            esc(label(r))));
    s.append(
        String.format(
            Locale.ROOT,
            "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\""
                + " height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>",
            isCouncil ? "council-bar" : "bar",
            x0,
            y,
            Math.max(1, w),
            BAR,
            isCouncil ? COUNCIL : OTHER,
            esc(r.area().name()),
            esc(r.area().valueText())));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>",
            WIDTH - 34,
            y + 10,
            esc(r.area().valueText())));
  }

  // The key of the two reference lines, under the bars.
  private static void legend(StringBuilder s, int bottom) {
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"9\" fill=\"%s\">England</text><text x=\"%d\""
                + " y=\"%d\" font-size=\"9\" fill=\"%s\">comparator mean</text>",
            LABEL,
            bottom + 14,
            ENGLAND,
            LABEL + 60,
            bottom + 14,
            MEAN));
  }

  private static void line(
      StringBuilder s, String cls, double x, int bottom, String colour, String title) {
    s.append(
        String.format(
            Locale.ROOT,
            "<line class=\"%s\" x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                + " stroke-width=\"2\" stroke-dasharray=\"4 2\"><title>%s</title></line>",
            cls,
            x,
            x,
            bottom,
            colour,
            esc(title)));
  }

  /** The council's and England's published values across the years, with each direction. */
  static String years(IndicatorContext ctx) {
    List<Observation> council = ctx.councilHistory();
    if (council.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("<table class=\"years\"><tr><th>year</th>");
    council.forEach(o -> s.append("<th>").append(o.period()).append("</th>"));
    s.append("</tr><tr><th>").append(esc(ctx.comparison().council().area().name())).append("</th>");
    for (int i = 0; i < council.size(); i++) {
      s.append("<td>").append(esc(council.get(i).value().toString()));
      if (i > 0) {
        DirectionOfTravel d = ctx.directions().get(i - 1);
        s.append(" <span class=\"travel ")
            .append(d.name())
            .append("\">")
            .append(ComparisonTables.words(d.name()))
            .append("</span>");
      }
      s.append("</td>");
    }
    s.append("</tr><tr><th>England</th>");
    for (Observation o : council) {
      Optional<Observation> e =
          ctx.englandHistory().stream().filter(x -> x.period().equals(o.period())).findFirst();
      s.append("<td>").append(e.map(x -> esc(x.value().toString())).orElse("")).append("</td>");
    }
    return s.append("</tr></table>").toString();
  }

  private static String label(Ranked r) {
    String n = r.area().name().isEmpty() ? r.area().code() : r.area().name();
    return r.rank().getAsInt() + ". " + (n.length() > 16 ? n.substring(0, 15) + "\u2026" : n);
  }

  private static double number(AreaValue a) {
    return a.value().orElseThrow().number().orElseThrow().doubleValue();
  }

  private static String esc(String s) {
    return Dashboard.esc(s);
  }
}
