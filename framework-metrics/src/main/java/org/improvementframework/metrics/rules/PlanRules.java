package org.improvementframework.metrics.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;
import org.improvementframework.model.TargetKind;

/**
 * The built-in plan rules, and a way to run a list of rules over a plan.
 *
 * <table>
 *   <caption>Built-in rules</caption>
 *   <tr><th>id</th><th>severity</th><th>finds</th></tr>
 *   <tr><td>{@code action-without-milestones}</td><td>WARNING</td><td>an action with no
 *       milestones</td></tr>
 *   <tr><td>{@code milestone-without-target}</td><td>WARNING</td><td>a milestone with no target
 *       written</td></tr>
 *   <tr><td>{@code milestone-unrecognised-target}</td><td>WARNING</td><td>a target that could
 *       not be read</td></tr>
 *   <tr><td>{@code area-without-lead}</td><td>WARNING</td><td>an area with no lead</td></tr>
 *   <tr><td>{@code overdue-without-resolution}</td><td>ERROR</td><td>an overdue milestone of an
 *       action with no resolution written</td></tr>
 *   <tr><td>{@code unknown-reference}</td><td>ERROR</td><td>a dependency on an area, action or
 *       milestone the plan does not hold</td></tr>
 *   <tr><td>{@code dependency-cycle}</td><td>ERROR</td><td>actions that depend on each other,
 *       directly or through areas (an area depends on its actions)</td></tr>
 *   <tr><td>{@code depends-on-red-area}</td><td>WARNING</td><td>an action depending on anything
 *       in another area whose derived RAG is RED</td></tr>
 *   <tr><td>{@code target-before-plan-period}</td><td>WARNING</td><td>a target that ends before
 *       the plan's period starts</td></tr>
 * </table>
 */
public final class PlanRules {

  /** Finds actions with no milestones. */
  public static final PlanRule ACTION_WITHOUT_MILESTONES =
      c -> {
        List<Finding> out = new ArrayList<>();
        for (ActionFacts f : with(c, PlanContext.NO_MILESTONES)) {
          ActionRef a = f.action().ref();
          out.add(
              Finding.of(
                  "action-without-milestones",
                  Severity.WARNING,
                  a,
                  "action " + a + " has no milestones, so its progress cannot be judged"));
        }
        return out;
      };

  /** Finds milestones with no target, or with one that could not be read. */
  public static final PlanRule MILESTONE_TARGETS =
      c -> {
        List<Finding> out = new ArrayList<>();
        // The facts tell which actions hold such a target (read in the pass that judged the
        // milestones), so only their milestones are visited again.
        for (ActionFacts f : with(c, PlanContext.UNREAD_TARGET)) {
          for (Milestone m : f.action().milestones()) {
            if (m.target().kind() == TargetKind.NONE) {
              out.add(
                  Finding.of(
                      "milestone-without-target",
                      Severity.WARNING,
                      m.ref(),
                      "milestone " + m.ref() + " has no target date"));
            } else if (m.target().kind() == TargetKind.UNRECOGNISED) {
              out.add(
                  Finding.of(
                      "milestone-unrecognised-target",
                      Severity.WARNING,
                      m.ref(),
                      "milestone "
                          + m.ref()
                          + " has a target that cannot be read as a date: '"
                          + m.target().text()
                          + "'"));
            }
          }
        }
        return out;
      };

  /** Finds areas with no lead. */
  public static final PlanRule AREA_WITHOUT_LEAD =
      c -> {
        List<Finding> out = new ArrayList<>();
        for (Area a : c.plan().areas()) {
          if (a.leads().isEmpty()) {
            out.add(
                Finding.of(
                    "area-without-lead",
                    Severity.WARNING,
                    a.ref(),
                    "area " + a.ref() + " names no lead"));
          }
        }
        return out;
      };

  /** Finds overdue milestones of actions with no resolution written. */
  public static final PlanRule OVERDUE_WITHOUT_RESOLUTION =
      c -> {
        List<Finding> out = new ArrayList<>();
        for (ActionFacts f : with(c, PlanContext.UNRESOLVED_OVERDUE)) {
          ActionRef a = f.action().ref();
          for (DatedMilestone d : f.overdue()) {
            out.add(
                Finding.of(
                    "overdue-without-resolution",
                    Severity.ERROR,
                    d.milestone().ref(),
                    "milestone "
                        + d.milestone().ref()
                        + " is "
                        + d.daysOverdue()
                        + " days overdue (target '"
                        + d.milestone().target().text()
                        + "', deadline "
                        + d.deadline()
                        + ") and action "
                        + a
                        + " has no resolution written"));
          }
        }
        return out;
      };

  /** Finds dependencies on areas, actions or milestones the plan does not hold. */
  public static final PlanRule UNKNOWN_REFERENCE =
      c -> {
        List<Finding> out = new ArrayList<>();
        // Only the actions the facts say depend on something are visited again.
        for (ActionFacts f : with(c, PlanContext.DEPENDS)) {
          Action a = f.action();
          for (Reference r : a.dependencies()) {
            if (!c.contains(r)) {
              out.add(
                  Finding.of(
                      "unknown-reference",
                      Severity.ERROR,
                      a.ref(),
                      dependency(a, r) + ", which the plan does not hold"));
            }
          }
        }
        return out;
      };

  /** Finds cycles of dependencies among actions and areas. */
  public static final PlanRule DEPENDENCY_CYCLE = DependencyCycles::find;

  /** Finds actions depending on anything in another area whose derived RAG is RED. */
  public static final PlanRule DEPENDS_ON_RED_AREA =
      c -> {
        List<Finding> out = new ArrayList<>();
        for (ActionFacts f : with(c, PlanContext.DEPENDS)) {
          Action a = f.action();
          for (Reference r : a.dependencies()) {
            AreaRef area = r.area();
            if (!area.equals(a.ref().area()) && c.rag().area(area).orElse(null) == Rag.RED) {
              out.add(
                  Finding.of(
                      "depends-on-red-area",
                      Severity.WARNING,
                      a.ref(),
                      dependency(a, r) + " in area " + area + ", which is RED"));
            }
          }
        }
        return out;
      };

  /** Finds targets that end before the plan's period starts. */
  public static final PlanRule TARGET_BEFORE_PLAN_PERIOD =
      c -> {
        List<Finding> out = new ArrayList<>();
        Optional<DateRange> period = c.plan().period();
        if (period.isEmpty()) {
          return out;
        }
        LocalDate start = period.get().start();
        // As for MILESTONE_TARGETS: only the milestones of actions where the facts saw a target
        // ending before the start are visited again.
        for (ActionFacts f : c.facts()) {
          if (f.anyTargetEndsBefore(start)) {
            for (Milestone m : f.action().milestones()) {
              List<DateRange> periods = m.target().periods();
              if (!periods.isEmpty() && periods.get(periods.size() - 1).end().isBefore(start)) {
                out.add(
                    Finding.of(
                        "target-before-plan-period",
                        Severity.WARNING,
                        m.ref(),
                        "milestone "
                            + m.ref()
                            + " has target '"
                            + m.target().text()
                            + "', ending "
                            + periods.get(periods.size() - 1).end()
                            + ", before the plan's period starts on "
                            + start));
              }
            }
          }
        }
        return out;
      };

  private static final List<PlanRule> DEFAULTS =
      List.of(
          ACTION_WITHOUT_MILESTONES,
          MILESTONE_TARGETS,
          AREA_WITHOUT_LEAD,
          OVERDUE_WITHOUT_RESOLUTION,
          UNKNOWN_REFERENCE,
          DEPENDENCY_CYCLE,
          DEPENDS_ON_RED_AREA,
          TARGET_BEFORE_PLAN_PERIOD);

  private PlanRules() {}

  /**
   * Gets the built-in rules, in the order of the table above.
   *
   * @return the rules; not null, unmodifiable
   */
  public static List<PlanRule> defaults() {
    return DEFAULTS;
  }

  /**
   * Runs rules over a plan, in order, gathering every finding.
   *
   * @param context the plan and what is known of it; not null
   * @param rules the rules; not null
   * @return the findings, rule by rule; not null, unmodifiable
   */
  public static List<Finding> check(PlanContext context, List<PlanRule> rules) {
    Objects.requireNonNull(context, "context");
    List<Finding> out = new ArrayList<>();
    for (PlanRule rule : rules) {
      out.addAll(rule.check(context));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Gets the facts of the actions with a trait ({@link PlanContext#traits()}), in plan order:
   * the actions where a rule can find something, found without visiting the others' facts.
   */
  private static List<ActionFacts> with(PlanContext c, int trait) {
    byte[] traits = c.traits();
    List<ActionFacts> facts = c.facts();
    List<ActionFacts> out = new ArrayList<>();
    for (int i = 0; i < traits.length; i++) {
      if ((traits[i] & trait) != 0) {
        out.add(facts.get(i));
      }
    }
    return out;
  }

  /** The start of a dependency finding's message: "action 1.2 depends on action 3.1". */
  private static String dependency(Action a, Reference r) {
    return "action " + a.ref() + " depends on " + kind(r) + " " + r;
  }

  private static String kind(Reference r) {
    return r instanceof AreaRef ? "area" : r instanceof ActionRef ? "action" : "milestone";
  }
}
