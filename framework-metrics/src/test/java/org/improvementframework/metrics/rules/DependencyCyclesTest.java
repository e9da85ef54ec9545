package org.improvementframework.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Reference;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The dependency-cycle rule and the reference index behind {@link PlanContext#contains}, which
 * replaced a walk over hash maps keyed by references: over generated plans, and over plans dense
 * with dependencies (areas, actions and milestones, known or not, forwards, backwards and to
 * themselves), they give exactly what the maps gave.
 */
class DependencyCyclesTest {

  @Test
  void property_cyclesAreTheFindingsOfTheWalkOverMaps() {
    QuickTheory.qt()
        .withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              PlanContext c = context(plan);
              assertThat(PlanRules.DEPENDENCY_CYCLE.check(c)).isEqualTo(cyclesOverMaps(c));
            });
  }

  @Test
  void property_containsIsThePlansOwnAnswer() {
    QuickTheory.qt()
        .withExamples(300)
        .forAll(plans(), SourceDSL.longs().all())
        .checkAssert(
            (plan, seed) -> {
              PlanContext c = context(plan);
              Random r = new Random(seed);
              for (int i = 0; i < 40; i++) {
                Reference ref = reference(r);
                assertThat(c.contains(ref)).as("%s", ref).isEqualTo(plan.contains(ref));
              }
              plan.actions()
                  .forEach(
                      a -> {
                        assertThat(c.contains(a.ref())).isTrue();
                        assertThat(c.contains(a.ref().area())).isTrue();
                        a.milestones().forEach(m -> assertThat(c.contains(m.ref())).isTrue());
                      });
            });
  }

  @Test
  void cycleThroughAnAreaAndASelfDependency_reportedInWalkOrder() {
    // 1.1 depends on area 2, whose action 2.1 depends on 1.1's milestone 1.1.1: a cycle
    // 1.1 -> 2 -> 2.1 -> 1.1; 2.2 depends on itself.
    ImprovementPlan plan =
        ImprovementPlan.builder()
            .title("Cycles")
            .asAt(LocalDate.of(2015, 3, 31))
            .addAreas(area(1, action(1, 1, 1, AreaRef.of(2))))
            .addAreas(
                area(
                    2,
                    action(2, 1, 0, MilestoneRef.of(ActionRef.of(1, 1), 1)),
                    action(2, 2, 0, ActionRef.of(2, 2))))
            .build();
    List<Finding> found = PlanRules.DEPENDENCY_CYCLE.check(context(plan));
    assertThat(found)
        .extracting(Finding::message)
        .containsExactly(
            "dependencies form a cycle: 1.1 -> 2 -> 2.1 -> 1.1",
            "dependencies form a cycle: 2.2 -> 2.2");
    assertThat(found).isEqualTo(cyclesOverMaps(context(plan)));
  }

  private static PlanContext context(ImprovementPlan plan) {
    return PlanContext.of(plan, plan.asAt(), MilestoneClassifier.defaults(), RagPolicy.defaults());
  }

  private static Gen<ImprovementPlan> plans() {
    return TestPlans.plans().mix(SourceDSL.longs().all().map(DependencyCyclesTest::dense));
  }

  /** A plan of up to 5 areas (numbers 1 to 8) dense with dependencies of every kind. */
  static ImprovementPlan dense(long seed) {
    Random r = new Random(seed);
    ImprovementPlan.Builder p =
        ImprovementPlan.builder().title("Dense " + seed).asAt(LocalDate.of(2015, 3, 31));
    int number = 0;
    for (int i = r.nextInt(6); i > 0; i--) {
      number += 1 + r.nextInt(2);
      Area.Builder a = Area.builder().ref(AreaRef.of(number)).title("Area " + number);
      // Actions numbered out of order sometimes, as a plan may list them.
      List<Integer> numbers = new ArrayList<>(List.of(1, 2, 3, 4, 5));
      if (r.nextBoolean()) {
        Collections.shuffle(numbers, r);
      }
      for (int k = r.nextInt(6); k > 0; k--) {
        int x = numbers.get(k - 1);
        Reference[] deps = new Reference[r.nextInt(4)];
        for (int d = 0; d < deps.length; d++) {
          deps[d] = reference(r);
        }
        a.addActions(action(number, x, r.nextInt(3), deps));
      }
      p.addAreas(a.build());
    }
    return p.build();
  }

  private static Reference reference(Random r) {
    AreaRef area = AreaRef.of(1 + r.nextInt(8));
    return switch (r.nextInt(3)) {
      case 0 -> area;
      case 1 -> ActionRef.of(area, 1 + r.nextInt(5));
      default -> MilestoneRef.of(ActionRef.of(area, 1 + r.nextInt(5)), 1 + r.nextInt(3));
    };
  }

  private static Area area(int number, Action... actions) {
    return Area.builder()
        .ref(AreaRef.of(number))
        .title("Area " + number)
        .addActions(actions)
        .build();
  }

  private static Action action(int area, int number, int milestones, Reference... deps) {
    ActionRef ref = ActionRef.of(area, number);
    Action.Builder b = Action.builder().ref(ref).description("Action " + ref);
    for (int m = 1; m <= milestones; m++) {
      b.addMilestones(
          Milestone.builder()
              .ref(MilestoneRef.of(ref, m))
              .description("Milestone " + m)
              .target(Target.none())
              .status(Status.NOT_REPORTED)
              .build());
    }
    for (Reference d : deps) {
      b.addDependencies(d);
    }
    return b.build();
  }

  /** The rule as it was written over maps keyed by references, kept as this test's oracle. */
  static List<Finding> cyclesOverMaps(PlanContext c) {
    Map<Reference, List<Reference>> edges = new LinkedHashMap<>();
    for (Area area : c.plan().areas()) {
      List<Reference> children = new ArrayList<>(area.actions().size());
      for (Action a : area.actions()) {
        children.add(a.ref());
        List<Reference> deps = new ArrayList<>(a.dependencies().size());
        for (Reference r : a.dependencies()) {
          Reference node = r instanceof MilestoneRef m ? m.action() : r;
          if (c.plan().contains(node)) {
            deps.add(node);
          }
        }
        edges.put(a.ref(), deps);
      }
      edges.put(area.ref(), children);
    }
    List<Finding> out = new ArrayList<>();
    Map<Reference, Integer> colour = new HashMap<>();
    for (Reference root : edges.keySet()) {
      if (colour.containsKey(root)) {
        continue;
      }
      Deque<Reference> path = new ArrayDeque<>();
      Deque<Iterator<Reference>> its = new ArrayDeque<>();
      path.push(root);
      its.push(edges.get(root).iterator());
      colour.put(root, 1);
      while (!path.isEmpty()) {
        Iterator<Reference> it = its.peek();
        if (it.hasNext()) {
          Reference next = it.next();
          Integer col = colour.get(next);
          if (col == null) {
            colour.put(next, 1);
            path.push(next);
            its.push(edges.getOrDefault(next, List.of()).iterator());
          } else if (col == 1) {
            out.add(cycleFinding(path, next));
          }
        } else {
          colour.put(path.pop(), 2);
          its.pop();
        }
      }
    }
    return out;
  }

  private static Finding cycleFinding(Deque<Reference> path, Reference back) {
    List<Reference> cycle = new ArrayList<>();
    for (Iterator<Reference> it = path.descendingIterator(); it.hasNext(); ) {
      Reference r = it.next();
      if (!cycle.isEmpty() || r.equals(back)) {
        cycle.add(r);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Reference r : cycle) {
      sb.append(r).append(" -> ");
    }
    sb.append(back);
    Reference at = cycle.stream().filter(r -> r instanceof ActionRef).findFirst().orElse(back);
    return Finding.of("dependency-cycle", Severity.ERROR, at, "dependencies form a cycle: " + sb);
  }
}
