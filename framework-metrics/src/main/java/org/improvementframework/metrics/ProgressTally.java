package org.improvementframework.metrics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;

/**
 * The {@link StateCounts state counts} of milestones, kept per action, from which the counts of
 * each area and of the plan follow.
 *
 * <p>A tally is the combinable part of a progress calculation: tallies of any split of a plan's
 * milestones {@link #merge(ProgressTally) merge} into the tally of the whole, whatever the
 * grouping or order. That is what lets the same calculation run on a parallel stream or in the
 * combine step of a distributed engine:
 *
 * <pre>{@code
 * ProgressTally t = plan.milestones().parallel()
 *     .collect(ProgressTally.collector(MilestoneClassifier.defaults(), asOf));
 * }</pre>
 *
 * <p>Only actions with at least one milestone appear; iteration is in reference order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgressTally {

  private static final ProgressTally EMPTY = new ProgressTally(Collections.emptyMap());

  private final Map<ActionRef, StateCounts> byAction;

  private ProgressTally(Map<ActionRef, StateCounts> byAction) {
    this.byAction = byAction;
  }

  /**
   * Obtains the tally of no milestones.
   *
   * @return the empty tally; not null
   */
  public static ProgressTally empty() {
    return EMPTY;
  }

  /**
   * Tallies every milestone of a plan in one pass.
   *
   * @param plan the plan; not null
   * @param classifier how to judge each milestone; not null
   * @param asOf the date of judgement; not null
   * @return the tally; not null
   */
  public static ProgressTally of(
      ImprovementPlan plan, MilestoneClassifier classifier, LocalDate asOf) {
    requireNonNull(classifier, asOf);
    Map<ActionRef, StateCounts> map = new TreeMap<>();
    StateCounts.Tally t = new StateCounts.Tally();
    for (Area area : plan.areas()) {
      for (Action action : area.actions()) {
        if (action.milestones().isEmpty()) {
          continue;
        }
        t.complete = t.overdue = t.due = t.notDue = t.undated = 0;
        for (Milestone m : action.milestones()) {
          t.add(classifier.state(m, asOf));
        }
        map.put(action.ref(), t.toCounts());
      }
    }
    return new ProgressTally(Collections.unmodifiableMap(map));
  }

  /**
   * Obtains a tally from counts made elsewhere; actions with zero counts are left out.
   *
   * @param byAction the counts of each action; not null, no null keys or values
   * @return the tally; not null
   */
  public static ProgressTally ofCounts(Map<ActionRef, StateCounts> byAction) {
    Map<ActionRef, StateCounts> map = new TreeMap<>();
    byAction.forEach(
        (k, v) -> {
          if (v.total() > 0) {
            map.put(k, v);
          }
        });
    return new ProgressTally(Collections.unmodifiableMap(map));
  }

  /**
   * Obtains a collector that tallies milestones; its combiner merges, so it runs on parallel
   * streams.
   *
   * @param classifier how to judge each milestone; not null
   * @param asOf the date of judgement; not null
   * @return the collector; not null
   */
  public static Collector<Milestone, ?, ProgressTally> collector(
      MilestoneClassifier classifier, LocalDate asOf) {
    requireNonNull(classifier, asOf);
    return Collector.<Milestone, Map<ActionRef, StateCounts.Tally>, ProgressTally>of(
        HashMap::new,
        (acc, m) ->
            acc.computeIfAbsent(m.ref().action(), k -> new StateCounts.Tally())
                .add(classifier.state(m, asOf)),
        (a, b) -> {
          b.forEach((k, v) -> a.merge(k, v, StateCounts.Tally::addAll));
          return a;
        },
        acc -> {
          Map<ActionRef, StateCounts> map = new TreeMap<>();
          acc.forEach((k, v) -> map.put(k, v.toCounts()));
          return new ProgressTally(Collections.unmodifiableMap(map));
        },
        Collector.Characteristics.UNORDERED);
  }

  private static void requireNonNull(MilestoneClassifier classifier, LocalDate asOf) {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Merges this tally with another, adding the counts of actions in both.
   *
   * @param other the other tally; not null
   * @return the merged tally; not null
   */
  public ProgressTally merge(ProgressTally other) {
    if (other.byAction.isEmpty()) {
      return this;
    }
    if (byAction.isEmpty()) {
      return other;
    }
    Map<ActionRef, StateCounts> map = new TreeMap<>(byAction);
    other.byAction.forEach((k, v) -> map.merge(k, v, StateCounts::plus));
    return new ProgressTally(Collections.unmodifiableMap(map));
  }

  /**
   * Gets the counts of each action that has milestones, in reference order.
   *
   * @return the counts by action; not null, unmodifiable
   */
  public Map<ActionRef, StateCounts> byAction() {
    return byAction;
  }

  /**
   * Gets the counts of one action.
   *
   * @param ref the action; not null
   * @return the counts, zero if the action has no milestones tallied; not null
   */
  public StateCounts action(ActionRef ref) {
    return byAction.getOrDefault(ref, StateCounts.zero());
  }

  /**
   * Gets the counts of each area that has milestones, in reference order.
   *
   * @return the counts by area; not null, unmodifiable
   */
  public Map<AreaRef, StateCounts> byArea() {
    Map<AreaRef, StateCounts> map = new TreeMap<>();
    byAction.forEach((k, v) -> map.merge(k.area(), v, StateCounts::plus));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Gets the counts of the whole plan.
   *
   * @return the counts; not null
   */
  public StateCounts total() {
    StateCounts.Tally t = new StateCounts.Tally();
    for (StateCounts c : byAction.values()) {
      t.complete += c.complete();
      t.overdue += c.overdue();
      t.due += c.due();
      t.notDue += c.notDue();
      t.undated += c.undated();
    }
    return t.toCounts();
  }

  /**
   * Checks whether this equals another object of the same type with the same values.
   *
   * @param o the other object; may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ProgressTally && ((ProgressTally) o).byAction.equals(byAction);
  }

  /**
   * Gets a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return byAction.hashCode();
  }

  /**
   * Gets a description for debugging.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return "ProgressTally" + byAction;
  }
}
