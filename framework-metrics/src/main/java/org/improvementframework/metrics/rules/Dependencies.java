package org.improvementframework.metrics.rules;

import java.util.Arrays;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Reference;

/**
 * Every dependency of a plan's actions as numbers, in plan order (each action's in the order
 * written): the position of the action that depends, its area's number, and the kind and numbers
 * of what it depends on. The dependency rules and the cycle walk read these arrays, which stay
 * in cache in a plan of any size, rather than each action's list of references and the
 * references' objects, which from 10^5 milestones on missed the caches at every visit; a
 * finding's text is written from the numbers too.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Dependencies {

  /** The kind of a dependency on an area. */
  static final byte AREA = 0;

  /** The kind of a dependency on an action. */
  static final byte ACTION = 1;

  /** The kind of a dependency on a milestone. */
  static final byte MILESTONE = 2;

  private final int size;
  private final int[] from;
  private final int[] fromArea;
  private final int[] fromAction;
  private final ActionRef[] fromRefs;
  private final byte[] kinds;
  private final int[] areas;
  private final int[] actions;
  private final int[] milestones;

  private Dependencies(Builder b) {
    this.size = b.size;
    this.from = b.from;
    this.fromArea = b.fromArea;
    this.fromAction = b.fromAction;
    this.fromRefs = b.fromRefs;
    this.kinds = b.kinds;
    this.areas = b.areas;
    this.actions = b.actions;
    this.milestones = b.milestones;
  }

  /** Gets the number of dependencies. */
  int size() {
    return size;
  }

  /** Gets the position in plan order of the action with dependency {@code i}. */
  int from(int i) {
    return from[i];
  }

  /** Gets the number of the area of the action with dependency {@code i}. */
  int fromArea(int i) {
    return fromArea[i];
  }

  /** Gets the reference of the action with dependency {@code i}. */
  ActionRef fromRef(int i) {
    return fromRefs[i];
  }

  /**
   * Gets the start of a finding's text on dependency {@code i}, "action 1.2 depends on action
   * 3.1", written from the numbers: the references' own text, without reading them.
   */
  String text(int i) {
    String head = "action " + fromArea[i] + "." + fromAction[i] + " depends on ";
    return switch (kinds[i]) {
      case AREA -> head + "area " + areas[i];
      case ACTION -> head + "action " + areas[i] + "." + actions[i];
      default -> head + "milestone " + areas[i] + "." + actions[i] + "." + milestones[i];
    };
  }

  /** Gets the kind of dependency {@code i}: {@link #AREA}, {@link #ACTION}, {@link #MILESTONE}. */
  byte kind(int i) {
    return kinds[i];
  }

  /** Gets the number of the area depended on, or of the area of the action or milestone. */
  int area(int i) {
    return areas[i];
  }

  /** Gets the number of the action depended on, or of the milestone's action; 0 for an area. */
  int action(int i) {
    return actions[i];
  }

  /** Gets the number of the milestone depended on; 0 for an area or an action. */
  int milestone(int i) {
    return milestones[i];
  }

  /**
   * Gathers the dependencies of actions given in plan order.
   *
   * <p>This class is mutable and not thread-safe.
   */
  static final class Builder {
    private int size;
    private int[] from = new int[16];
    private int[] fromArea = new int[16];
    private int[] fromAction = new int[16];
    private ActionRef[] fromRefs = new ActionRef[16];
    private byte[] kinds = new byte[16];
    private int[] areas = new int[16];
    private int[] actions = new int[16];
    private int[] milestones = new int[16];

    /**
     * Adds the dependencies of an action, after those of the actions before it.
     *
     * @param position the action's position in plan order
     * @param a the action; not null
     */
    void add(int position, Action a) {
      ActionRef ref = a.ref();
      int area = ref.area().number();
      for (Reference r : a.dependencies()) {
        if (size == from.length) {
          grow();
        }
        from[size] = position;
        fromArea[size] = area;
        fromAction[size] = ref.number();
        fromRefs[size] = ref;
        if (r instanceof AreaRef ar) {
          kinds[size] = AREA;
          areas[size] = ar.number();
        } else if (r instanceof ActionRef ac) {
          kinds[size] = ACTION;
          areas[size] = ac.area().number();
          actions[size] = ac.number();
        } else {
          MilestoneRef m = (MilestoneRef) r;
          kinds[size] = MILESTONE;
          areas[size] = m.action().area().number();
          actions[size] = m.action().number();
          milestones[size] = m.number();
        }
        size++;
      }
    }

    private void grow() {
      int n = 2 * from.length;
      from = Arrays.copyOf(from, n);
      fromArea = Arrays.copyOf(fromArea, n);
      fromAction = Arrays.copyOf(fromAction, n);
      fromRefs = Arrays.copyOf(fromRefs, n);
      kinds = Arrays.copyOf(kinds, n);
      areas = Arrays.copyOf(areas, n);
      actions = Arrays.copyOf(actions, n);
      milestones = Arrays.copyOf(milestones, n);
    }

    /** Gets the dependencies added; the builder is not to be used after. */
    Dependencies build() {
      return new Dependencies(this);
    }
  }
}
