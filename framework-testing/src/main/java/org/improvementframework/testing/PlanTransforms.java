package org.improvementframework.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Reference;

/**
 * Changes to a plan that a well-behaved rule or calculator should not notice, for
 * metamorphic properties: "the findings of the shuffled plan are the findings of the plan".
 *
 * <ul>
 *   <li>{@link #shuffleListing(ImprovementPlan, Randomness)} lists actions, milestones,
 *       dependencies and measures in another order, keeping every reference;</li>
 *   <li>{@link #renumberAreas(ImprovementPlan, Map)} gives areas other numbers, so that their
 *       order changes (the model keeps areas in number order), and renumbers every reference
 *       to them.</li>
 * </ul>
 */
public final class PlanTransforms {

  private PlanTransforms() {}

  /**
   * Obtains a copy of the plan with the actions of each area, the milestones and dependencies
   * of each action and the measures of each area listed in a shuffled order. References are
   * kept, so the copy is a valid plan with the same contents.
   *
   * @param plan the plan; not null
   * @param randomness the source of the shuffles; not null
   * @return the shuffled plan; not null
   */
  public static ImprovementPlan shuffleListing(ImprovementPlan plan, Randomness randomness) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(randomness, "randomness");
    List<Area> areas = new ArrayList<>(plan.areas().size());
    for (Area area : plan.areas()) {
      List<Action> actions = new ArrayList<>(area.actions().size());
      for (Action a : area.actions()) {
        actions.add(
            Rebuild.action(
                a,
                a.ref(),
                shuffled(a.milestones(), randomness),
                a.resolution(),
                shuffled(a.dependencies(), randomness)));
      }
      areas.add(
          Area.builder()
              .ref(area.ref())
              .title(area.title())
              .addAllLeads(area.leads())
              .addAllObjectives(area.objectives())
              .addAllOutcomes(area.outcomes())
              .addAllMeasures(shuffled(area.measures(), randomness))
              .addAllActions(shuffled(actions, randomness))
              .addAllNotes(area.notes())
              .build());
    }
    return Rebuild.plan(plan, areas);
  }

  /**
   * Obtains a copy of the plan whose areas have new numbers, and whose actions, milestones and
   * dependencies have references renumbered to match; areas are listed in their new number
   * order. A dependency on an area the mapping does not name keeps its number.
   *
   * @param plan the plan; not null
   * @param numbers the new reference of each area of the plan; not null, one-to-one
   * @return the renumbered plan; not null
   * @throws IllegalArgumentException if the mapping leaves out an area of the plan or gives two
   *     areas one number
   */
  public static ImprovementPlan renumberAreas(ImprovementPlan plan, Map<AreaRef, AreaRef> numbers) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(numbers, "numbers");
    Map<AreaRef, AreaRef> seen = new HashMap<>();
    for (Area area : plan.areas()) {
      AreaRef target = numbers.get(area.ref());
      if (target == null) {
        throw new IllegalArgumentException(
            "renumbering names no new number for area " + area.ref() + ": " + numbers);
      }
      AreaRef before = seen.put(target, area.ref());
      if (before != null) {
        throw new IllegalArgumentException(
            "renumbering gives areas "
                + before
                + " and "
                + area.ref()
                + " the same number "
                + target);
      }
    }
    UnaryOperator<Reference> map = renumbering(numbers);
    List<Area> areas = new ArrayList<>(plan.areas().size());
    for (Area area : plan.areas()) {
      AreaRef ref = numbers.get(area.ref());
      List<Action> actions = new ArrayList<>(area.actions().size());
      for (Action a : area.actions()) {
        ActionRef actionRef = (ActionRef) map.apply(a.ref());
        List<Milestone> milestones = new ArrayList<>(a.milestones().size());
        for (Milestone m : a.milestones()) {
          milestones.add(Rebuild.milestone(m, (MilestoneRef) map.apply(m.ref())));
        }
        List<Reference> dependencies = new ArrayList<>(a.dependencies().size());
        for (Reference d : a.dependencies()) {
          dependencies.add(map.apply(d));
        }
        actions.add(Rebuild.action(a, actionRef, milestones, a.resolution(), dependencies));
      }
      areas.add(Rebuild.area(area, ref, area.leads(), actions));
    }
    areas.sort(Comparator.comparingInt(Area::number));
    return Rebuild.plan(plan, areas);
  }

  /**
   * Obtains a random one-to-one renumbering of the plan's areas among their own numbers, so
   * that the areas' contents change places.
   *
   * @param plan the plan; not null
   * @param randomness the source of the permutation; not null
   * @return the mapping from each area's reference to its new one; not null
   */
  public static Map<AreaRef, AreaRef> areaPermutation(ImprovementPlan plan, Randomness randomness) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(randomness, "randomness");
    List<AreaRef> refs = new ArrayList<>();
    plan.areas().forEach(a -> refs.add(a.ref()));
    List<AreaRef> targets = shuffled(refs, randomness);
    Map<AreaRef, AreaRef> map = new HashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      map.put(refs.get(i), targets.get(i));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Obtains the function that renumbers a reference by the area mapping: an area reference to
   * its new one, an action or milestone reference to the same numbers within the new area. A
   * reference to an area the mapping does not name is returned unchanged.
   *
   * @param numbers the new reference of each area; not null
   * @return the function; not null
   */
  public static UnaryOperator<Reference> renumbering(Map<AreaRef, AreaRef> numbers) {
    Map<AreaRef, AreaRef> copy = Map.copyOf(numbers);
    return ref -> {
      AreaRef area = copy.get(ref.area());
      if (area == null) {
        return ref;
      }
      if (ref instanceof AreaRef) {
        return area;
      }
      if (ref instanceof ActionRef actionRef) {
        return ActionRef.of(area, actionRef.number());
      }
      MilestoneRef m = (MilestoneRef) ref;
      return MilestoneRef.of(ActionRef.of(area, m.action().number()), m.number());
    };
  }

  /** A Fisher-Yates shuffle drawn through the randomness; the simplest is no change. */
  private static <T> List<T> shuffled(List<T> list, Randomness r) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = i - Draw.between(r, 0, i);
      Collections.swap(copy, i, j);
    }
    return copy;
  }
}
