package org.improvementframework.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementframework.history.Trend;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.MilestoneState;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;

/**
 * The owner's view: everything one lead owns across areas, overdue first (most overdue first),
 * then due, not yet due, undated and complete; with the lead's trend when a history is given.
 */
final class LeadView {

  /** One milestone a lead owns, judged. */
  record Owned(Area area, Milestone milestone, MilestoneState state, long daysOverdue) {}

  private final String lead;
  private final ImprovementPlan plan;
  private final List<Owned> owned;
  private final Optional<Trend> trend;

  private LeadView(String lead, ImprovementPlan plan, List<Owned> owned, Optional<Trend> trend) {
    this.lead = lead;
    this.plan = plan;
    this.owned = owned;
    this.trend = trend;
  }

  /** Gathers what a lead owns; throws IllegalArgumentException naming the leads if none. */
  static LeadView of(
      ImprovementPlan plan,
      String lead,
      LocalDate asOf,
      MilestoneClassifier classifier,
      Optional<Trend> trend) {
    List<Owned> owned = new ArrayList<>();
    for (Area area : plan.areas()) {
      if (!area.leads().contains(lead)) {
        continue;
      }
      for (Action action : area.actions()) {
        for (Milestone m : action.milestones()) {
          MilestoneState state = classifier.state(m, asOf);
          long days =
              state == MilestoneState.OVERDUE
                  ? classifier
                      .deadline(m, asOf)
                      .map(d -> ChronoUnit.DAYS.between(d, asOf))
                      .orElse(0L)
                  : 0L;
          owned.add(new Owned(area, m, state, days));
        }
      }
    }
    if (owned.isEmpty() && plan.areas().stream().noneMatch(a -> a.leads().contains(lead))) {
      throw new IllegalArgumentException(
          "nobody called '"
              + lead
              + "' leads an area; leads: "
              + String.join(
                  ", ",
                  plan.areas().stream()
                      .flatMap(a -> a.leads().stream())
                      .distinct()
                      .sorted()
                      .toList()));
    }
    // Stable: ties keep plan order.
    owned.sort(
        Comparator.comparing((Owned o) -> o.state().ordinal() == 0 ? 99 : o.state().ordinal())
            .thenComparing(Comparator.comparingLong(Owned::daysOverdue).reversed()));
    return new LeadView(lead, plan, List.copyOf(owned), trend);
  }

  List<Owned> owned() {
    return owned;
  }

  void writeText(PrintWriter out) {
    out.println(plan.title() + " \u2014 everything " + lead + " leads, as at " + plan.asAt());
    List<String> areas =
        owned.stream().map(o -> o.area().ref() + ". " + o.area().title()).distinct().toList();
    out.println("Areas: " + String.join("; ", areas));
    for (Owned o : owned) {
      Milestone m = o.milestone();
      out.println(
          String.format(
              "  %-8s %-9s %-14s %s%s",
              m.ref(),
              o.state(),
              m.target().text().isEmpty() ? "(no target)" : m.target().text(),
              m.description(),
              o.daysOverdue() > 0 ? " [" + o.daysOverdue() + " days overdue]" : ""));
    }
    trend.ifPresent(t -> TrendFormats.text(out, "lead " + lead, t.lead(lead), Map.of()));
    out.flush();
  }

  String html() {
    StringBuilder h = new StringBuilder(16 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n<title>")
        .append(Dashboard.esc(lead))
        .append(" \u2014 ")
        .append(plan.asAt())
        .append("</title>\n<style>body{font-family:sans-serif;margin:1em}td{padding:2px 6px}")
        .append(".OVERDUE{color:#c0392b;font-weight:bold}</style>\n</head>\n<body>\n<h1>")
        .append(Dashboard.esc(lead))
        .append("</h1>\n<p>")
        .append(Dashboard.esc(plan.title()))
        .append(", as at ")
        .append(plan.asAt())
        .append("</p>\n");
    trend.ifPresent(
        t ->
            h.append("<div class=\"trend\">")
                .append(TrendChart.svg(t.lead(lead)))
                .append("</div>\n"));
    h.append("<table id=\"owned\"><tr><th>milestone</th><th>state</th><th>target</th>")
        .append("<th>days overdue</th><th>description</th></tr>\n");
    for (Owned o : owned) {
      h.append("<tr class=\"")
          .append(o.state())
          .append("\"><td>")
          .append(o.milestone().ref())
          .append("</td><td>")
          .append(o.state())
          .append("</td><td>")
          .append(Dashboard.esc(o.milestone().target().text()))
          .append("</td><td>")
          .append(o.daysOverdue() > 0 ? String.valueOf(o.daysOverdue()) : "")
          .append("</td><td>")
          .append(Dashboard.esc(o.milestone().description()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</body>\n</html>\n");
    return h.toString();
  }
}
