package org.improvementframework.metrics.rules;

import java.util.Arrays;
import java.util.List;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Reference;

/**
 * The areas and actions of a plan numbered in plan order, found by their numbers: an area by a
 * binary search of the plan's area numbers (a plan keeps them increasing), an action by a binary
 * search of its area's action numbers. No hash table is built, so that finding a reference costs
 * the same in a plan of any size, and the arrays are read in plan order when they are built.
 *
 * <p>Nodes, for the dependency graph, are numbered as the graph is walked: each area's actions,
 * then the area itself, area after area.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PlanIndex {

  private final int[] areaNumbers;
  // Area i's actions are the actions firstAction[i] to firstAction[i + 1] - 1 in plan order.
  private final int[] firstAction;
  // For each area, its actions' (number << 32 | position in the area), sorted by number.
  private final long[] actionKeys;
  private final Area[] areas;
  private final Action[] actions;

  private PlanIndex(
      int[] areaNumbers, int[] firstAction, long[] actionKeys, Area[] areas, Action[] actions) {
    this.areaNumbers = areaNumbers;
    this.firstAction = firstAction;
    this.actionKeys = actionKeys;
    this.areas = areas;
    this.actions = actions;
  }

  /**
   * Indexes a plan.
   *
   * @param plan the plan; not null
   * @return the index; not null
   */
  static PlanIndex of(ImprovementPlan plan) {
    Builder b = new Builder(plan);
    for (Area area : plan.areas()) {
      for (Action action : area.actions()) {
        b.add(action);
      }
      b.endArea(area);
    }
    return b.build();
  }

  /**
   * Builds the index of a plan action by action, in plan order: each action of an area with
   * {@link #add}, then the area with {@link #endArea}. A report adds each action in the pass that
   * judges it, while its reference is in cache; from 10^5 milestones on, a pass of the index's
   * own found every action's reference evicted.
   *
   * <p>This class is mutable and not thread-safe.
   */
  static final class Builder {
    private final int[] areaNumbers;
    private final int[] firstAction;
    // For each area, its actions' (number << 32 | position in the area), sorted by number.
    private final long[] actionKeys;
    private final Area[] areas;
    private final Action[] actions;
    private int area;
    private int action;

    /** Starts the index of a plan, counting its areas and actions. */
    Builder(ImprovementPlan plan) {
      List<Area> areaList = plan.areas();
      int count = 0;
      for (Area a : areaList) {
        count += a.actions().size();
      }
      areaNumbers = new int[areaList.size()];
      firstAction = new int[areaList.size() + 1];
      actionKeys = new long[count];
      areas = new Area[areaList.size()];
      actions = new Action[count];
    }

    /** Gets the number of the plan's actions. */
    int actions() {
      return actions.length;
    }

    /** Adds the next action of the plan; false if every action of the plan was added. */
    boolean add(Action a) {
      if (action == actions.length || area == areas.length) {
        return false;
      }
      actionKeys[action] = (long) a.ref().number() << 32 | (action - firstAction[area]);
      actions[action++] = a;
      return true;
    }

    /** Ends the area whose actions were the ones added since the last; false if too many. */
    boolean endArea(Area a) {
      if (area == areas.length) {
        return false;
      }
      areas[area] = a;
      areaNumbers[area] = a.number();
      // An area's actions are few; sorting them is constant work per action.
      Arrays.sort(actionKeys, firstAction[area], action);
      firstAction[++area] = action;
      return true;
    }

    /** Checks whether every area and action of the plan was added. */
    boolean complete() {
      return area == areas.length && action == actions.length;
    }

    /** Gets the index of what was added, every area and action of the plan. */
    PlanIndex build() {
      return new PlanIndex(areaNumbers, firstAction, actionKeys, areas, actions);
    }
  }

  /** Gets the number of nodes: every action and every area. */
  int nodes() {
    return actions.length + areas.length;
  }

  /** Gets the number of areas. */
  int areas() {
    return areas.length;
  }

  /** Gets the number of actions of area {@code i}. */
  int actionCount(int i) {
    return firstAction[i + 1] - firstAction[i];
  }

  /** Gets the action at a position in plan order. */
  Action action(int index) {
    return actions[index];
  }

  /**
   * Finds an area.
   *
   * @param number the area's number
   * @return its position in the plan, or -1 if the plan has no such area
   */
  int area(int number) {
    int i = Arrays.binarySearch(areaNumbers, number);
    return i < 0 ? -1 : i;
  }

  /**
   * Finds an action.
   *
   * @param ref the action's reference; not null
   * @return its position among the plan's actions in plan order, or -1 if there is none
   */
  int action(ActionRef ref) {
    return action(ref.area().number(), ref.number());
  }

  /**
   * Finds an action by its numbers.
   *
   * @param areaNumber the number of the action's area
   * @param number the action's number in its area
   * @return its position among the plan's actions in plan order, or -1 if there is none
   */
  int action(int areaNumber, int number) {
    int i = area(areaNumber);
    if (i < 0) {
      return -1;
    }
    int from = firstAction[i];
    int to = firstAction[i + 1];
    long n = number;
    int at = Arrays.binarySearch(actionKeys, from, to, n << 32);
    // The key sought has position 0 in its low half, so an action numbered so is found exactly
    // and any other lies at the insertion point.
    int slot = at >= 0 ? at : -at - 1;
    if (slot < to && actionKeys[slot] >>> 32 == n) {
      return from + (int) actionKeys[slot];
    }
    return -1;
  }

  /**
   * Finds the node of a dependency: the area's, or the action's (a milestone's action).
   *
   * @param d the dependencies; not null
   * @param i the dependency
   * @return the node, or -1 if the plan has no such area or action
   */
  int node(Dependencies d, int i) {
    int area = area(d.area(i));
    if (area < 0) {
      return -1;
    }
    if (d.kind(i) == Dependencies.AREA) {
      return areaNode(area);
    }
    int a = action(d.area(i), d.action(i));
    return a < 0 ? -1 : a + area;
  }

  /**
   * Checks whether the plan holds what a dependency names; a milestone in the time to scan its
   * action's milestones.
   *
   * @param d the dependencies; not null
   * @param i the dependency
   * @return true if it exists in the plan
   */
  boolean contains(Dependencies d, int i) {
    if (d.kind(i) == Dependencies.AREA) {
      return area(d.area(i)) >= 0;
    }
    int a = action(d.area(i), d.action(i));
    return a >= 0 && (d.kind(i) == Dependencies.ACTION || holds(a, d.milestone(i)));
  }

  private boolean holds(int action, int milestone) {
    for (Milestone x : actions[action].milestones()) {
      if (x.ref().number() == milestone) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gets the node of an area.
   *
   * @param i the area's position in the plan
   * @return the node
   */
  int areaNode(int i) {
    return firstAction[i + 1] + i;
  }

  /**
   * Gets the reference of a node.
   *
   * @param node a node, from 0 to {@link #nodes()} - 1
   * @return the area's or action's reference; not null
   */
  Reference ref(int node) {
    // The area whose node is the first at or after this one: node - i actions lie before it.
    int lo = 0;
    int hi = areas.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (areaNode(mid) < node) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return areaNode(lo) == node ? areas[lo].ref() : actions[node - lo].ref();
  }

  /**
   * Checks whether the plan holds the area, action or milestone.
   *
   * @param ref the reference; not null
   * @return true if it exists in the plan
   */
  boolean contains(Reference ref) {
    if (ref instanceof AreaRef area) {
      return area(area.number()) >= 0;
    }
    if (ref instanceof ActionRef action) {
      return action(action) >= 0;
    }
    MilestoneRef m = (MilestoneRef) ref;
    int a = action(m.action());
    return a >= 0 && holds(a, m.number());
  }
}
