package org.improvementframework.metrics;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.TreeMap;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;

/**
 * Progress of a plan as of a date: state counts and percent complete by action, by area, by lead
 * (everything one person leads) and for the plan, with expected progress per action.
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2015, 3, 31);
 * PlanProgress p = PlanProgress.of(plan, MilestoneClassifier.defaults(), asOf);
 * p.plan().percentComplete();
 * p.byLead().get("Alison Botham").overdue();
 * }</pre>
 *
 * <p>An area with several leads counts fully for each of them, so the leads' counts may add up
 * to more than the plan's; an area with no lead is counted under no lead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanProgress {

  private final LocalDate asOf;
  private final List<ActionProgress> actions;
  private final Map<AreaRef, StateCounts> byArea;
  private final Map<String, StateCounts> byLead;
  private final StateCounts plan;

  private PlanProgress(
      LocalDate asOf,
      List<ActionProgress> actions,
      Map<AreaRef, StateCounts> byArea,
      Map<String, StateCounts> byLead,
      StateCounts plan) {
    this.asOf = asOf;
    this.actions = actions;
    this.byArea = byArea;
    this.byLead = byLead;
    this.plan = plan;
  }

  /**
   * Calculates the progress of a plan.
   *
   * @param plan the plan; not null
   * @param classifier how to judge each milestone; not null
   * @param asOf the date of judgement; not null
   * @return the progress; not null
   */
  public static PlanProgress of(
      ImprovementPlan plan, MilestoneClassifier classifier, LocalDate asOf) {
    return of(plan, ProgressTally.of(plan, classifier, asOf), asOf);
  }

  /**
   * Assembles the progress of a plan from a tally of its milestones made elsewhere, such as by
   * merging the tallies of parts.
   *
   * @param plan the plan, for its actions, areas and leads; not null
   * @param tally the tally of its milestones; not null
   * @param asOf the date the tally was judged on; not null
   * @return the progress; not null
   */
  public static PlanProgress of(ImprovementPlan plan, ProgressTally tally, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<ActionProgress> actions = new ArrayList<>();
    Areas areas = new Areas(plan.areas().size());
    for (Area area : plan.areas()) {
      StateCounts areaCounts = StateCounts.zero();
      for (Action action : area.actions()) {
        StateCounts c = tally.action(action.ref());
        actions.add(new ActionProgress(action.ref(), c, ExpectedProgress.of(action, asOf)));
        areaCounts = areaCounts.plus(c);
      }
      areas.add(area, areaCounts);
    }
    return areas.progress(Collections.unmodifiableList(actions), asOf);
  }

  /**
   * Assembles the progress of a plan from the facts of its actions, gathered in one pass.
   *
   * @param plan the plan, for its actions, areas and leads; not null
   * @param facts the facts of every action of the plan; not null
   * @param asOf the date the facts were judged on; not null
   * @return the progress; not null
   * @throws IllegalArgumentException if an action of the plan has no facts
   */
  public static PlanProgress ofFacts(
      ImprovementPlan plan, Map<ActionRef, ActionFacts> facts, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<ActionFacts> ordered = ActionFacts.inPlanOrder(plan, facts);
    Areas areas = new Areas(plan.areas().size());
    Iterator<ActionFacts> inPlanOrder = ordered.iterator();
    for (Area area : plan.areas()) {
      StateCounts counts = StateCounts.zero();
      for (int k = area.actions().size(); k > 0; k--) {
        counts = counts.plus(inPlanOrder.next().counts());
      }
      areas.add(area, counts);
    }
    return areas.ofFacts(ordered, asOf);
  }

  /**
   * The progress of a plan's areas and leads, added area by area in plan order, with each
   * area's counts: a report adds each area in the pass that gathers its actions' facts, while
   * the area is in cache, rather than in a pass over the areas of its own.
   *
   * <p>This class is mutable and not thread-safe.
   */
  static final class Areas {
    private final Map<AreaRef, StateCounts> byArea;
    // By lead, hashed while adding: a plan names a few hundred leads, and a sorted map compared
    // each area's lead names with several others, which missed the caches from 10^5 milestones on.
    private final Map<String, StateCounts.Tally> byLead = new HashMap<>();
    private StateCounts total = StateCounts.zero();

    /** Starts the progress of a plan's areas, of which there are {@code areas}. */
    Areas(int areas) {
      byArea = new LinkedHashMap<>(areas * 4 / 3 + 1);
    }

    /** Adds the next area of the plan, with the sum of its actions' counts. */
    void add(Area area, StateCounts counts) {
      byArea.put(area.ref(), counts);
      for (String lead : area.leads()) {
        byLead.computeIfAbsent(lead, k -> new StateCounts.Tally()).addCounts(counts);
      }
      total = total.plus(counts);
    }

    /**
     * Assembles the progress of the plan whose every area was added.
     *
     * @param actions the progress of every action of the plan, in plan order; not null,
     *     unmodifiable
     * @param asOf the date the counts were judged on; not null
     */
    PlanProgress progress(List<ActionProgress> actions, LocalDate asOf) {
      Map<String, StateCounts> leads = new TreeMap<>();
      byLead.forEach((lead, tally) -> leads.put(lead, tally.toCounts()));
      return new PlanProgress(
          asOf,
          actions,
          Collections.unmodifiableMap(byArea),
          Collections.unmodifiableMap(leads),
          total);
    }

    /**
     * Assembles the progress of the plan whose every area was added, each action's as a view of
     * its facts.
     *
     * @param ordered the facts of every action of the plan, in plan order; not null
     * @param asOf the date the facts were judged on; not null
     */
    PlanProgress ofFacts(List<ActionFacts> ordered, LocalDate asOf) {
      return progress(new ProgressOfFacts(ordered), asOf);
    }
  }

  /**
   * Gets the date progress was judged on.
   *
   * @return the date; not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets the progress of every action, in plan order, including actions with no milestones.
   * For progress worked out from facts ({@link #ofFacts}), a view of them: each entry is made
   * when read, equal to, not the same object as, the last.
   *
   * @return the actions' progress; not null, unmodifiable
   */
  public List<ActionProgress> actions() {
    return actions;
  }

  /**
   * Gets the counts of every area, in plan order.
   *
   * @return the counts by area; not null, unmodifiable
   */
  public Map<AreaRef, StateCounts> byArea() {
    return byArea;
  }

  /**
   * Gets the counts of everything each lead leads, in name order.
   *
   * @return the counts by lead's name; not null, unmodifiable
   */
  public Map<String, StateCounts> byLead() {
    return byLead;
  }

  /**
   * Gets the counts of the whole plan.
   *
   * @return the counts; not null
   */
  public StateCounts plan() {
    return plan;
  }

  /**
   * The progress of each action as a view of its facts, made when asked: a report keeps no
   * record and no expected percentage per action (48 bytes) for a list its writers read once.
   */
  private static final class ProgressOfFacts extends AbstractList<ActionProgress>
      implements RandomAccess {
    private final List<ActionFacts> facts;

    ProgressOfFacts(List<ActionFacts> facts) {
      this.facts = facts;
    }

    @Override
    public ActionProgress get(int index) {
      ActionFacts f = facts.get(index);
      return new ActionProgress(f.action().ref(), f.counts(), f.expectedPercent());
    }

    @Override
    public int size() {
      return facts.size();
    }
  }
}
