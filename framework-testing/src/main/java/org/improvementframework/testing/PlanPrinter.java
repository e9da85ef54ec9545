package org.improvementframework.testing;

import java.util.Objects;
import java.util.stream.Collectors;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;

/**
 * Prints a plan as a short outline, one line per area, action and milestone, for failure
 * reports and for looking at what the generators make:
 *
 * <pre>
 * Children's Services Improvement Plan, Northbury City Council, as at 2015-03-31
 * Area 1: Ensure that practitioners have reasonable workloads (lead: Helen Carter)
 *   Action 1.1 [A]: Undertake an analysis of current case loads and agree optimum workloads
 *     1.1.1 Situation analysis completed | Mar-15 | Complete
 *     1.1.2 Action plan review (monthly) | Feb 15, thereafter monthly | In progress
 * </pre>
 *
 * <p>Measures, objectives, outcomes and notes are left out; {@code toString()} of the plan has
 * everything.
 */
public final class PlanPrinter {

  private PlanPrinter() {}

  /**
   * Prints the outline of a plan.
   *
   * @param plan the plan; not null
   * @return the outline, lines separated by {@code \n}; not null
   */
  public static String outline(ImprovementPlan plan) {
    Objects.requireNonNull(plan, "plan");
    StringBuilder s = new StringBuilder(256);
    s.append(plan.title());
    plan.organisation().ifPresent(o -> s.append(", ").append(o));
    s.append(", as at ").append(plan.asAt());
    plan.period().ifPresent(p -> s.append(" (period ").append(p).append(')'));
    s.append('\n');
    for (Area area : plan.areas()) {
      s.append("Area ").append(area.ref()).append(": ").append(area.title());
      s.append(
          area.leads().isEmpty()
              ? " (no lead)"
              : " (lead: " + String.join("/", area.leads()) + ")");
      s.append('\n');
      for (Action action : area.actions()) {
        s.append("  Action ").append(action.ref());
        action.reportedRag().ifPresent(r -> s.append(" [").append(r.letter()).append(']'));
        s.append(": ").append(action.description());
        if (!action.dependencies().isEmpty()) {
          s.append(" (depends on ")
              .append(
                  action.dependencies().stream()
                      .map(Object::toString)
                      .collect(Collectors.joining(", ")))
              .append(')');
        }
        action.resolution().ifPresent(r -> s.append(" (resolution: ").append(r).append(')'));
        s.append('\n');
        for (Milestone m : action.milestones()) {
          s.append("    ")
              .append(m.ref())
              .append(' ')
              .append(m.description())
              .append(" | ")
              .append(m.target().text().isEmpty() ? "(no target)" : m.target().text())
              .append(" | ")
              .append(m.status())
              .append('\n');
        }
      }
    }
    return s.toString();
  }
}
