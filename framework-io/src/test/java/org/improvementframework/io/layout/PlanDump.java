package org.improvementframework.io.layout;

import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;

/** A plan as short lines, one per area, action and milestone, for item-by-item assertions. */
public final class PlanDump {

  private PlanDump() {}

  /**
   * Dumps a plan.
   *
   * @param plan the plan; not null
   * @return one line per plan, area, action, milestone and note; not null
   */
  public static String of(ImprovementPlan plan) {
    StringBuilder sb = new StringBuilder();
    sb.append("plan ").append(plan.title()).append(" @ ").append(plan.asAt()).append('\n');
    for (String n : plan.notes()) {
      sb.append("  note ").append(n).append('\n');
    }
    for (Area a : plan.areas()) {
      sb.append("area ")
          .append(a.ref())
          .append(' ')
          .append(a.title())
          .append(" leads=")
          .append(a.leads())
          .append('\n');
      a.objectives().forEach(o -> sb.append("  objective ").append(o).append('\n'));
      a.outcomes().forEach(o -> sb.append("  outcome ").append(o).append('\n'));
      a.measures().forEach(o -> sb.append("  measure ").append(o.text()).append('\n'));
      for (Action ac : a.actions()) {
        sb.append("action ")
            .append(ac.ref())
            .append(' ')
            .append(ac.description())
            .append(" rag=")
            .append(ac.reportedRag().map(r -> r.letter() + " " + r.name()).orElse("-"))
            .append(ac.resolution().map(r -> " resolution=" + r).orElse(""))
            .append('\n');
        ac.notes().forEach(n -> sb.append("  note ").append(n).append('\n'));
        for (Milestone m : ac.milestones()) {
          sb.append("milestone ")
              .append(m.ref())
              .append(' ')
              .append(m.description())
              .append(" | ")
              .append(m.target().kind())
              .append(' ')
              .append(m.target().text())
              .append(" | ")
              .append(m.status().progress())
              .append(' ')
              .append(m.status().text())
              .append('\n');
        }
      }
    }
    return sb.toString();
  }
}
