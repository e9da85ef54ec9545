package org.improvementframework.examples;

import java.util.List;
import java.util.Locale;
import org.improvementframework.history.Trend;
import org.improvementframework.history.TrendPoint;

/**
 * An inline SVG chart of a trend, no script: percent complete (green, scale 0 to 100) and the
 * overdue count (red, scale 0 to its maximum) across the reporting dates.
 */
final class TrendChart {

  private static final int WIDTH = 340;
  private static final int HEIGHT = 90;
  private static final int TOP = 14;
  private static final int PLOT = 56;

  private TrendChart() {}

  static String svg(List<TrendPoint> points) {
    StringBuilder s = new StringBuilder(1024);
    s.append("<svg class=\"trend-chart\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"percent complete and overdue milestones by month")
        .append("\">");
    if (points.isEmpty()) {
      return s.append("</svg>").toString();
    }
    long maxOverdue =
        Math.max(1, points.stream().mapToLong(p -> p.counts().overdue()).max().orElse(1));
    StringBuilder done = new StringBuilder();
    StringBuilder overdue = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      TrendPoint p = points.get(i);
      double x = points.size() == 1 ? WIDTH / 2.0 : 4 + i * (WIDTH - 8.0) / (points.size() - 1);
      double pct = p.percentComplete().orElse(0);
      done.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, TOP + PLOT * (1 - pct / 100)));
      overdue.append(
          String.format(
              Locale.ROOT,
              "%.1f,%.1f ",
              x,
              TOP + PLOT * (1 - (double) p.counts().overdue() / maxOverdue)));
    }
    s.append("<text x=\"4\" y=\"10\" font-size=\"10\" fill=\"#27ae60\">% complete ")
        .append(TrendFormats.percent(points.get(points.size() - 1)))
        .append("</text><text x=\"")
        .append(WIDTH - 4)
        .append("\" y=\"10\" font-size=\"10\" text-anchor=\"end\" fill=\"#c0392b\">overdue ")
        .append(points.get(points.size() - 1).counts().overdue())
        .append("</text>")
        .append("<polyline class=\"complete-line\" fill=\"none\" stroke=\"#27ae60\" ")
        .append("stroke-width=\"2\" points=\"")
        .append(done.toString().strip())
        .append("\"/>")
        .append("<polyline class=\"overdue-line\" fill=\"none\" stroke=\"#c0392b\" ")
        .append("stroke-width=\"2\" points=\"")
        .append(overdue.toString().strip())
        .append("\"/>")
        .append("<text x=\"4\" y=\"86\" font-size=\"10\">")
        .append(points.get(0).asAt())
        .append("</text><text x=\"")
        .append(WIDTH - 4)
        .append("\" y=\"86\" font-size=\"10\" text-anchor=\"end\">")
        .append(points.get(points.size() - 1).asAt())
        .append("</text></svg>");
    return s.toString();
  }

  /**
   * Adds each area's trend chart to a rendered dashboard, at the end of the area's section.
   *
   * @param html the page rendered by {@link Dashboard}
   * @param trend the trend of the plan's history
   * @return the page with the charts
   */
  static String addTo(String html, Trend trend) {
    StringBuilder out = new StringBuilder(html);
    trend
        .areas()
        .forEach(
            (ref, points) -> {
              int at = out.indexOf("id=\"area-" + ref.number() + "\"");
              int end = at < 0 ? -1 : out.indexOf("</section>", at);
              if (end >= 0) {
                out.insert(end, "<div class=\"trend\">" + svg(points) + "</div>\n");
              }
            });
    return out.toString();
  }
}
