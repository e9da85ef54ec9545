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
    List<Area> areaList = plan.areas();
    int count = 0;
    for (Area area : areaList) {
      count += area.actions().size();
    }
    int[] areaNumbers = new int[areaList.size()];
    int[] firstAction = new int[areaList.size() + 1];
    long[] keys = new long[count];
    Area[] areas = areaList.toArray(new Area[0]);
    Action[] actions = new Action[count];
    int k = 0;
    for (int i = 0; i < areas.length; i++) {
      areaNumbers[i] = areas[i].number();
      firstAction[i] = k;
      List<Action> list = areas[i].actions();
      for (int p = 0; p < list.size(); p++, k++) {
        actions[k] = list.get(p);
        keys[k] = (long) list.get(p).ref().number() << 32 | p;
      }
      // An area's actions are few; sorting them is constant work per action.
      Arrays.sort(keys, firstAction[i], k);
    }
    firstAction[areas.length] = k;
    return new PlanIndex(areaNumbers, firstAction, keys, areas, actions);
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
    int i = area(ref.area().number());
    if (i < 0) {
      return -1;
    }
    int from = firstAction[i];
    int to = firstAction[i + 1];
    long number = ref.number();
    int at = Arrays.binarySearch(actionKeys, from, to, number << 32);
    // The key sought has position 0 in its low half, so an action numbered so is found exactly
    // and any other lies at the insertion point.
    int slot = at >= 0 ? at : -at - 1;
    if (slot < to && actionKeys[slot] >>> 32 == number) {
      return from + (int) actionKeys[slot];
    }
    return -1;
  }

  /**
   * Finds the node of an area or action.
   *
   * @param ref an area's or action's reference; not null
   * @return the node, or -1 if the plan has no such area or action
   */
  int node(Reference ref) {
    if (ref instanceof AreaRef area) {
      int i = area(area.number());
      return i < 0 ? -1 : firstAction[i + 1] + i;
    }
    int a = action((ActionRef) ref);
    return a < 0 ? -1 : a + area(ref.area().number());
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
    if (a < 0) {
      return false;
    }
    for (Milestone x : actions[a].milestones()) {
      if (x.ref().number() == m.number()) {
        return true;
      }
    }
    return false;
  }
}
