package org.improvementframework.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.StateCounts;
import org.improvementframework.metrics.rag.RagJudgement;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Rag;

/**
 * Renders a {@link BoardReport} as one self-contained HTML page: inline CSS and inline SVG, no
 * script and no reference to anything outside the page, so that it can be mailed to a board or
 * opened from a shared drive. Every text of the plan is escaped.
 */
final class Dashboard {

  private static final String CSS =
      String.join(
          "\n",
          "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;"
              + "color:#1b1b1b;background:#f4f5f7}",
          "header{background:#1d3557;color:#fff;padding:1.2rem 2rem}",
          "header h1{margin:0 0 .3rem;font-size:1.5rem}",
          "main{padding:1rem 2rem;max-width:1200px}",
          ".tiles{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}",
          ".tile{background:#fff;border-radius:6px;padding:.6rem 1rem;min-width:8rem;"
              + "box-shadow:0 1px 2px rgba(0,0,0,.15)}",
          ".tile b{display:block;font-size:1.6rem}",
          ".areas{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:1rem}",
          "section.area{background:#fff;border-radius:6px;padding:.8rem 1rem;"
              + "box-shadow:0 1px 2px rgba(0,0,0,.15);border-left:6px solid #999}",
          "section.area.RED{border-left-color:#c0392b}"
              + "section.area.AMBER{border-left-color:#e67e22}",
          "section.area.GREEN{border-left-color:#27ae60}"
              + "section.area.BLUE{border-left-color:#2e86de}",
          "section.area h2{font-size:1rem;margin:0 0 .3rem}",
          ".lead{color:#555;font-size:.85rem;margin:0 0 .5rem}",
          ".bar{display:flex;height:14px;border-radius:3px;overflow:hidden;background:#e5e7eb}",
          ".bar span{display:block;height:100%}",
          ".COMPLETE{background:#27ae60}.OVERDUE{background:#c0392b}.DUE{background:#e67e22}",
          ".NOT_DUE{background:#9aa5b1}.UNDATED{background:#d5d9de}",
          ".small{font-size:.8rem;color:#444}",
          ".rag{margin:.5rem 0}.rag svg{display:block}",
          ".badge{display:inline-block;padding:0 .4rem;border-radius:3px;color:#fff;"
              + "font-size:.75rem;font-weight:600}",
          ".badge.RED{background:#c0392b}.badge.AMBER{background:#e67e22}"
              + ".badge.GREEN{background:#27ae60}.badge.BLUE{background:#2e86de}"
              + ".badge.NONE{background:#9aa5b1}",
          ".indicator{display:flex;align-items:center;gap:.5rem;font-size:.8rem;margin:.2rem 0}",
          "table{border-collapse:collapse;background:#fff;width:100%;font-size:.85rem}",
          "th,td{border-bottom:1px solid #e5e7eb;padding:.35rem .5rem;text-align:left;"
              + "vertical-align:top}",
          "th{background:#eef0f3}",
          "td.nowrap{white-space:nowrap}",
          ".legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .2rem 0 .8rem;"
              + "vertical-align:middle}");

  private Dashboard() {}

  /**
   * Renders the page.
   *
   * @param report the report; not null
   * @return the HTML document; not null
   */
  static String render(BoardReport report) {
    return render(report, "");
  }

  /**
   * Renders the page with an extra section after the areas, such as indicators in context.
   *
   * @param report the report; not null
   * @param section the section's HTML, already escaped; not null, {@code ""} for none
   * @return the HTML document; not null
   */
  static String render(BoardReport report, String section) {
    MonthlyReport r = report.monthly();
    ImprovementPlan plan = r.plan();
    StateCounts s = r.states();
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // An inline icon, so that the browser does not ask the file system for favicon.ico.
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>")
        .append(esc(plan.title()))
        .append(" \u2014 ")
        .append(r.asOf())
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("\n</style>\n</head>\n<body>\n");
    h.append("<header><h1>")
        .append(esc(plan.title()))
        .append("</h1><div>")
        .append(esc(plan.organisation().map(o -> o + " \u00b7 ").orElse("")))
        .append("statuses as at ")
        .append(plan.asAt())
        .append(" \u00b7 judged as of ")
        .append(r.asOf())
        .append("</div></header>\n<main>\n");
    h.append("<div class=\"tiles\">");
    tile(h, "areas", plan.areas().size());
    tile(h, "actions", report.actionCount());
    tile(h, "milestones", s.total());
    h.append("<div class=\"tile\" id=\"complete\"><b>")
        .append(BoardReport.percent(s))
        .append("</b>complete</div>");
    tile(h, "overdue", s.overdue());
    tile(h, "due in " + r.options().classifier().dueWindowDays() + " days", s.due());
    tile(h, "RAG disagreements", r.disagreements().size());
    tile(h, "findings", r.findings().size());
    h.append("</div>\n");
    h.append("<p class=\"legend small\">Milestones:")
        .append("<span class=\"COMPLETE\"></span>complete<span class=\"OVERDUE\"></span>overdue")
        .append("<span class=\"DUE\"></span>due soon<span class=\"NOT_DUE\"></span>not yet due")
        .append("<span class=\"UNDATED\"></span>undated. RAG charts count actions, reported ")
        .append("against derived.</p>\n");
    h.append("<h2>Areas</h2>\n<div class=\"areas\">\n");
    for (BoardReport.AreaSummary a : report.areas()) {
      area(h, a, report);
    }
    h.append("</div>\n");
    h.append(section);
    overdue(h, r);
    h.append("<h2>Plan-rule findings (")
        .append(r.findings().size())
        .append(")</h2>\n")
        .append("<table id=\"findings\"><tr><th>severity</th><th>rule</th><th>where</th>")
        .append("<th>finding</th></tr>\n");
    for (Finding f : r.findings()) {
      h.append("<tr><td>")
          .append(f.severity())
          .append("</td><td>")
          .append(esc(f.ruleId()))
          .append("</td><td>")
          .append(esc(f.ref().map(Object::toString).orElse("plan")))
          .append("</td><td>")
          .append(esc(f.message()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void tile(StringBuilder h, String label, long n) {
    h.append("<div class=\"tile\"><b>")
        .append(n)
        .append("</b>")
        .append(esc(label))
        .append("</div>");
  }

  private static void area(StringBuilder h, BoardReport.AreaSummary a, BoardReport report) {
    String derived = a.derived().map(Rag::name).orElse("NONE");
    StateCounts c = a.counts();
    h.append("<section class=\"area ")
        .append(derived)
        .append("\" id=\"area-")
        .append(a.area().number())
        .append("\" data-area=\"")
        .append(a.area().number())
        .append("\">\n<h2>")
        .append(a.area().number())
        .append(". ")
        .append(esc(a.area().title()))
        .append("</h2>\n<p class=\"lead\">")
        .append(
            esc(a.area().leads().isEmpty() ? "no lead named" : String.join(", ", a.area().leads())))
        .append(" \u00b7 ")
        .append(BoardReport.plural(a.area().actions().size(), "action"))
        .append(" \u00b7 ")
        .append("reported <span class=\"badge ")
        .append(a.reported().map(Rag::name).orElse("NONE"))
        .append("\">")
        .append(a.reported().map(Rag::name).orElse("none"))
        .append("</span> derived <span class=\"badge ")
        .append(derived)
        .append("\">")
        .append(derived.equals("NONE") ? "none" : derived)
        .append("</span></p>\n");
    // Progress: one stacked bar of the milestones' states.
    h.append("<div class=\"bar progress\" title=\"").append(esc(c.toString())).append("\">");
    if (c.total() > 0) {
      segment(h, "COMPLETE", c.complete(), c.total());
      segment(h, "OVERDUE", c.overdue(), c.total());
      segment(h, "DUE", c.due(), c.total());
      segment(h, "NOT_DUE", c.notDue(), c.total());
      segment(h, "UNDATED", c.undated(), c.total());
    }
    h.append("</div>\n<div class=\"small\">")
        .append(c.complete())
        .append(" of ")
        .append(c.total())
        .append(" milestones complete (")
        .append(BoardReport.percent(c))
        .append("), ")
        .append(c.overdue())
        .append(" overdue, ")
        .append(c.due())
        .append(" due soon</div>\n");
    h.append("<div class=\"rag\">").append(ragChart(a, report)).append("</div>\n");
    for (Measure m : a.area().measures()) {
      if (m.indicator().isPresent()) {
        List<double[]> points = points(m.indicator().get());
        if (!points.isEmpty()) {
          h.append("<div class=\"indicator\">")
              .append(sparkline(points))
              .append("<span>")
              .append(esc(m.indicator().get().name()))
              .append(": ")
              .append(esc(latest(m.indicator().get())))
              .append("</span></div>\n");
        }
      }
    }
    h.append("</section>\n");
  }

  private static void segment(StringBuilder h, String state, long n, long total) {
    if (n > 0) {
      h.append("<span class=\"")
          .append(state)
          .append("\" style=\"width:")
          .append(String.format(Locale.ROOT, "%.2f", 100.0 * n / total))
          .append("%\" title=\"")
          .append(n)
          .append(' ')
          .append(state.toLowerCase(Locale.ROOT).replace('_', ' '))
          .append("\"></span>");
    }
  }

  private static final String[] COLOURS = {"#c0392b", "#e67e22", "#27ae60", "#2e86de"};

  /** Two stacked bars of the area's actions by colour: reported, then derived. */
  private static String ragChart(BoardReport.AreaSummary a, BoardReport report) {
    int[] reported = new int[Rag.values().length + 1];
    int[] derived = new int[Rag.values().length + 1];
    Map<ActionRef, RagJudgement> judged = report.monthly().rag().actions();
    for (Action action : a.area().actions()) {
      reported[action.reportedRag().map(Enum::ordinal).orElse(Rag.values().length)]++;
      var j = judged.get(action.ref());
      derived[j == null ? Rag.values().length : j.rag().ordinal()]++;
    }
    int n = Math.max(1, a.area().actions().size());
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"rag-chart\" width=\"340\" height=\"40\" viewBox=\"0 0 340 40\" ")
        .append("role=\"img\" aria-label=\"RAG of actions, reported and derived\">");
    bar(s, "reported", reported, n, 2);
    bar(s, "derived", derived, n, 22);
    s.append("</svg>");
    return s.toString();
  }

  private static void bar(StringBuilder s, String label, int[] counts, int n, int y) {
    s.append("<text x=\"0\" y=\"")
        .append(y + 12)
        .append("\" font-size=\"11\">")
        .append(label)
        .append("</text>");
    double x = 62;
    double width = 270;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        continue;
      }
      double w = width * counts[i] / n;
      String colour = i < COLOURS.length ? COLOURS[i] : "#d5d9de";
      String name = i < Rag.values().length ? Rag.values()[i].name() : "none";
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s %s: %d"
                  + "</title></rect>",
              x,
              y,
              w,
              colour,
              label,
              name,
              counts[i]));
      if (w >= 14) {
        s.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" " + "fill=\"#fff\">%d</text>",
                x + 3,
                y + 12,
                counts[i]));
      }
      x += w;
    }
  }

  /** The numeric observations in period order, as (index, value); markers are gaps. */
  static List<double[]> points(Indicator indicator) {
    List<Observation> obs = new ArrayList<>(indicator.observations());
    obs.sort(Comparator.comparing(Observation::period));
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < obs.size(); i++) {
      if (obs.get(i).value().number().isPresent()) {
        out.add(new double[] {i, obs.get(i).value().number().get().doubleValue()});
      }
    }
    return out;
  }

  private static String latest(Indicator indicator) {
    return indicator.observations().stream()
        .max(Comparator.comparing(Observation::period))
        .map(o -> o.value() + " (" + o.period() + ")")
        .orElse("");
  }

  static String sparkline(List<double[]> points) {
    double min = points.stream().mapToDouble(p -> p[1]).min().orElse(0);
    double max = points.stream().mapToDouble(p -> p[1]).max().orElse(0);
    double last = points.get(points.size() - 1)[0];
    double w = 120;
    double hgt = 28;
    StringBuilder coords = new StringBuilder();
    for (double[] p : points) {
      double x = last == 0 ? w / 2 : 2 + (w - 4) * p[0] / last;
      double y = max == min ? hgt / 2 : hgt - 2 - (hgt - 4) * (p[1] - min) / (max - min);
      coords.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    double[] end = points.get(points.size() - 1);
    String[] xy = coords.toString().strip().split(" ");
    String[] lastXy = xy[xy.length - 1].split(",");
    return "<svg class=\"sparkline\" width=\"120\" height=\"28\" viewBox=\"0 0 120 28\" "
        + "role=\"img\" aria-label=\"trend of "
        + points.size()
        + " observations\">"
        + "<polyline fill=\"none\" stroke=\"#1d3557\" stroke-width=\"1.5\" points=\""
        + coords.toString().strip()
        + "\"/><circle cx=\""
        + lastXy[0]
        + "\" cy=\""
        + lastXy[1]
        + "\" r=\"2.5\" fill=\"#1d3557\"><title>"
        + BigDecimal.valueOf(end[1]).stripTrailingZeros().toPlainString()
        + "</title></circle></svg>";
  }

  private static void overdue(StringBuilder h, MonthlyReport r) {
    h.append("<h2>Overdue milestones (")
        .append(r.overdue().size())
        .append(")</h2>\n")
        .append("<table id=\"overdue\"><tr><th>milestone</th><th>description</th>")
        .append("<th>target</th><th>due</th><th>days overdue</th><th>status</th>")
        .append("<th>resolution</th></tr>\n");
    for (DatedMilestone d : r.overdue()) {
      Milestone m = d.milestone();
      String resolution =
          r.plan().action(m.ref().action()).flatMap(Action::resolution).orElse("none written");
      h.append("<tr class=\"overdue-milestone\"><td>")
          .append(m.ref())
          .append("</td><td>")
          .append(esc(m.description()))
          .append("</td><td>")
          .append(esc(m.target().text()))
          .append("</td><td class=\"nowrap\">")
          .append(d.deadline())
          .append("</td><td>")
          .append(d.daysOverdue())
          .append("</td><td>")
          .append(esc(m.status().toString()))
          .append("</td><td>")
          .append(esc(resolution))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
