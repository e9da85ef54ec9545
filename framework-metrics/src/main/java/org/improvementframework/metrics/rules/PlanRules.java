package org.improvementframework.metrics.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;
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
      new PerAction(
          PlanContext.NO_MILESTONES,
          (plan, f, out) -> {
            ActionRef a = f.action().ref();
            out.add(
                Finding.written(
                    "action-without-milestones",
                    Severity.WARNING,
                    a,
                    () -> "action " + a + " has no milestones, so its progress cannot be judged"));
          });

  /** Finds milestones with no target, or with one that could not be read. */
  public static final PlanRule MILESTONE_TARGETS =
      // The facts tell which actions hold such a target (read in the pass that judged the
      // milestones), so only their milestones are visited again.
      new PerAction(
          PlanContext.UNREAD_TARGET,
          (plan, f, out) -> {
            for (Milestone m : f.action().milestones()) {
              if (m.target().kind() == TargetKind.NONE) {
                out.add(
                    Finding.written(
                        "milestone-without-target",
                        Severity.WARNING,
                        m.ref(),
                        () -> "milestone " + m.ref() + " has no target date"));
              } else if (m.target().kind() == TargetKind.UNRECOGNISED) {
                out.add(
                    Finding.written(
                        "milestone-unrecognised-target",
                        Severity.WARNING,
                        m.ref(),
                        () ->
                            "milestone "
                                + m.ref()
                                + " has a target that cannot be read as a date: '"
                                + m.target().text()
                                + "'"));
              }
            }
          });

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
      new PerAction(
          PlanContext.UNRESOLVED_OVERDUE,
          (plan, f, out) -> {
            ActionRef a = f.action().ref();
            for (DatedMilestone d : f.overdue()) {
              out.add(
                  Finding.written(
                      "overdue-without-resolution",
                      Severity.ERROR,
                      d.milestone().ref(),
                      () ->
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
          });

  /** Finds dependencies on areas, actions or milestones the plan does not hold. */
  public static final PlanRule UNKNOWN_REFERENCE =
      c -> {
        List<Finding> out = new ArrayList<>();
        // The dependencies as numbers, looked up in the index's arrays: an action, its list and
        // its references are visited again only for a finding's text.
        Dependencies d = c.dependencies();
        if (d.size() == 0) {
          return out;
        }
        PlanIndex ix = c.index();
        for (int i = 0; i < d.size(); i++) {
          if (!ix.contains(d, i)) {
            int k = i;
            out.add(
                Finding.written(
                    "unknown-reference",
                    Severity.ERROR,
                    d.fromRef(i),
                    () -> d.text(k) + ", which the plan does not hold"));
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
        Dependencies d = c.dependencies();
        if (d.size() == 0) {
          return out;
        }
        PlanIndex ix = c.index();
        boolean[] red = redAreas(c, ix);
        for (int i = 0; i < d.size(); i++) {
          int area = d.area(i);
          if (area != d.fromArea(i) && ix.area(area) >= 0 && red[ix.area(area)]) {
            int k = i;
            out.add(
                Finding.written(
                    "depends-on-red-area",
                    Severity.WARNING,
                    d.fromRef(i),
                    () -> d.text(k) + " in area " + area + ", which is RED"));
          }
        }
        return out;
      };

  /** Finds targets that end before the plan's period starts. */
  public static final PlanRule TARGET_BEFORE_PLAN_PERIOD =
      // As for MILESTONE_TARGETS: only the milestones of actions where the facts saw a target
      // ending before the start are visited again.
      new PerAction(
          PlanContext.ENDS_BEFORE_PERIOD,
          (plan, f, out) -> {
            LocalDate start = PlanContext.periodStart(plan);
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
          });

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
   * Obtains a gatherer that runs rules over a plan whose facts a report gathers action by
   * action: the built-in rules that look at one action at a time ({@link
   * #ACTION_WITHOUT_MILESTONES}, {@link #MILESTONE_TARGETS}, {@link #OVERDUE_WITHOUT_RESOLUTION},
   * {@link #TARGET_BEFORE_PLAN_PERIOD}) are run on each action as it is added, while the action
   * and its milestones are in cache, and the others when {@link Gatherer#check(PlanContext)}
   * is called; the findings are those of {@link #check(PlanContext, List)}.
   *
   * @param plan the plan, for its areas, actions and period; not null
   * @param rules the rules; not null
   * @return a new gatherer; not null
   */
  public static Gatherer gatherer(ImprovementPlan plan, List<PlanRule> rules) {
    return new Gatherer(plan, rules);
  }

  /** Gets whether each area of the index, by position, is rated RED. */
  private static boolean[] redAreas(PlanContext c, PlanIndex ix) {
    boolean[] red = new boolean[ix.areas()];
    for (Map.Entry<AreaRef, Rag> e : c.rag().areas().entrySet()) {
      int p = ix.area(e.getKey().number());
      if (p >= 0 && e.getValue() == Rag.RED) {
        red[p] = true;
      }
    }
    return red;
  }

  /** What one action breaks of a rule, added to a list. */
  @FunctionalInterface
  private interface ActionCheck {
    void check(ImprovementPlan plan, ActionFacts facts, List<Finding> out);
  }

  /**
   * A built-in rule that looks at one action at a time, and only at the actions with a trait
   * ({@link PlanContext#traits()}): a report runs it on each action in the pass that judges the
   * action ({@link Gatherer}), while the action is in cache, rather than in a pass of its own.
   */
  private record PerAction(int trait, ActionCheck finder) implements PlanRule {
    @Override
    public List<Finding> check(PlanContext c) {
      List<Finding> out = new ArrayList<>();
      byte[] traits = c.traits();
      List<ActionFacts> facts = c.facts();
      for (int i = 0; i < traits.length; i++) {
        if ((traits[i] & trait) != 0) {
          finder.check(c.plan(), facts.get(i), out);
        }
      }
      return out;
    }
  }

  /**
   * Runs rules over a plan whose facts are added action by action, in plan order: the facts of
   * each action of an area, then {@link #endArea(Area)} for the area, area after area, then
   * {@link #check(PlanContext)} once, on the context of the same facts. Obtained from {@link
   * PlanRules#gatherer(ImprovementPlan, List)}.
   *
   * <p>Besides the findings of the rules that look at one action, each action's traits, the
   * index of the plan's references and every dependency as numbers are gathered as the actions
   * are added, and handed to the context, so that the other rules make no pass over the plan of
   * their own for them.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Gatherer {
    private final ImprovementPlan plan;
    private final List<PlanRule> rules;
    private final LocalDate periodStart;
    // By the rule's position in the list: the rule if it looks at one action at a time, its
    // findings so far; null for the other rules.
    private final PerAction[] perAction;
    private final List<List<Finding>> found = new ArrayList<>();
    private final PlanIndex.Builder index;
    private final Dependencies.Builder dependencies = new Dependencies.Builder();
    private final byte[] traits;
    private final ActionFacts[] facts;
    private int next;
    private boolean done;

    private Gatherer(ImprovementPlan plan, List<PlanRule> rules) {
      this.plan = Objects.requireNonNull(plan, "plan");
      this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
      this.periodStart = PlanContext.periodStart(plan);
      this.perAction = new PerAction[this.rules.size()];
      for (int r = 0; r < perAction.length; r++) {
        perAction[r] = this.rules.get(r) instanceof PerAction p ? p : null;
        found.add(perAction[r] == null ? null : new ArrayList<>());
      }
      this.index = new PlanIndex.Builder(plan);
      this.traits = new byte[index.actions()];
      this.facts = new ActionFacts[traits.length];
    }

    /**
     * Adds the facts of the next action of the plan, running on it the rules that look at one
     * action at a time.
     *
     * @param f the facts of the next action, in plan order; not null
     * @throws IllegalStateException if the plan's every action was added, or the rules were run
     */
    public void add(ActionFacts f) {
      Objects.requireNonNull(f, "f");
      if (done || !index.add(f.action())) {
        throw new IllegalStateException(
            done ? "the rules were run" : "every action of the plan was added");
      }
      byte t = PlanContext.trait(f, periodStart);
      if ((t & PlanContext.DEPENDS) != 0) {
        dependencies.add(next, f.action());
      }
      traits[next] = t;
      facts[next++] = f;
      for (int r = 0; r < perAction.length; r++) {
        PerAction p = perAction[r];
        if (p != null && (t & p.trait()) != 0) {
          p.finder().check(plan, f, found.get(r));
        }
      }
    }

    /**
     * Ends an area, whose actions' facts were the ones added since the last area ended.
     *
     * @param area the area; not null
     * @throws IllegalStateException if the plan's every area was ended, or the rules were run
     */
    public void endArea(Area area) {
      Objects.requireNonNull(area, "area");
      if (done || !index.endArea(area)) {
        throw new IllegalStateException(
            done ? "the rules were run" : "every area of the plan was ended");
      }
    }

    /**
     * Runs the rules, in order, gathering every finding: those found as the actions were added,
     * and those of the other rules run now on the context.
     *
     * @param context the context of the plan and of the facts added, in the same order; not null
     * @return the findings, rule by rule; not null, unmodifiable
     * @throws IllegalStateException if an action or an area of the plan was not added, or the
     *     rules were run already
     * @throws IllegalArgumentException if the context is of another plan or other facts
     */
    public List<Finding> check(PlanContext context) {
      Objects.requireNonNull(context, "context");
      if (done || !index.complete()) {
        throw new IllegalStateException(
            done
                ? "the rules were run"
                : "only " + next + " of the plan's " + facts.length + " actions were added");
      }
      List<ActionFacts> theirs = context.facts();
      boolean same = context.plan() == plan && theirs.size() == facts.length;
      for (int i = 0; same && i < facts.length; i++) {
        same = theirs.get(i) == facts[i];
      }
      if (!same) {
        throw new IllegalArgumentException("the context is not of the plan and facts added");
      }
      done = true;
      context.adopt(traits, index.build(), dependencies.build());
      List<Finding> out = new ArrayList<>();
      for (int r = 0; r < perAction.length; r++) {
        out.addAll(perAction[r] != null ? found.get(r) : rules.get(r).check(context));
      }
      return Collections.unmodifiableList(out);
    }
  }
}
