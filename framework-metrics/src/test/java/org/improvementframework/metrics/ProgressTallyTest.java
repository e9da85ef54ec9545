package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Status;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ProgressTallyTest {

  private static final MilestoneClassifier C = MilestoneClassifier.defaults();

  /** Splits a list into up to {@code parts} pieces at random points, after shuffling it. */
  private static List<List<Milestone>> split(List<Milestone> all, long seed, int parts) {
    Random r = new Random(seed);
    List<Milestone> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, r);
    List<List<Milestone>> out = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      out.add(new ArrayList<>());
    }
    for (Milestone m : shuffled) {
      out.get(r.nextInt(parts)).add(m);
    }
    return out;
  }

  @Test
  void property_statesPartitionTheMilestones() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              ProgressTally t = ProgressTally.of(plan, C, asOf);
              assertThat(t.total().total()).isEqualTo(plan.milestones().count());
              t.byAction()
                  .forEach(
                      (ref, c) ->
                          assertThat(c.total())
                              .isEqualTo(plan.action(ref).orElseThrow().milestones().size()));
            });
  }

  @Test
  void property_splittingAnyWayAndMerging_equalsWhole() {
    qt().withExamples(200)
        .forAll(
            TestPlans.plans(),
            TestPlans.dates(),
            SourceDSL.longs().all(),
            SourceDSL.integers().between(1, 6))
        .checkAssert(
            (plan, asOf, seed, parts) -> {
              ProgressTally whole = ProgressTally.of(plan, C, asOf);
              List<Milestone> all = plan.milestones().collect(Collectors.toList());
              ProgressTally merged = ProgressTally.empty();
              for (List<Milestone> part : split(all, seed, parts)) {
                merged = merged.merge(part.stream().collect(ProgressTally.collector(C, asOf)));
              }
              assertThat(merged).isEqualTo(whole);
              assertThat(merged.total()).isEqualTo(whole.total());
              assertThat(merged.byArea()).isEqualTo(whole.byArea());
              assertThat(all.parallelStream().collect(ProgressTally.collector(C, asOf)))
                  .isEqualTo(whole);
            });
  }

  @Test
  void property_mergeIsAssociativeAndOrderIndependent() {
    qt().withExamples(100)
        .forAll(TestPlans.plans(), TestPlans.dates(), SourceDSL.longs().all())
        .checkAssert(
            (plan, asOf, seed) -> {
              List<List<Milestone>> parts =
                  split(plan.milestones().collect(Collectors.toList()), seed, 3);
              ProgressTally a = parts.get(0).stream().collect(ProgressTally.collector(C, asOf));
              ProgressTally b = parts.get(1).stream().collect(ProgressTally.collector(C, asOf));
              ProgressTally c = parts.get(2).stream().collect(ProgressTally.collector(C, asOf));
              assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
              assertThat(a.merge(b)).isEqualTo(b.merge(a));
              assertThat(a.merge(ProgressTally.empty())).isEqualTo(a);
            });
  }

  @Test
  void property_percentCompleteIsMonotoneWhenAMilestoneCompletes() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates(), SourceDSL.integers().between(0, 1000))
        .checkAssert(
            (ImprovementPlan plan, LocalDate asOf, Integer pick) -> {
              List<Milestone> open =
                  plan.milestones()
                      .filter(m -> !m.status().progress().isDone())
                      .collect(Collectors.toList());
              if (open.isEmpty()) {
                return;
              }
              Milestone chosen = open.get(pick % open.size());
              ImprovementPlan after =
                  TestPlans.mapMilestones(
                      plan,
                      m ->
                          m.ref().equals(chosen.ref())
                              ? TestPlans.withStatus(m, Status.COMPLETE)
                              : m);
              PlanProgress p0 = PlanProgress.of(plan, C, asOf);
              PlanProgress p1 = PlanProgress.of(after, C, asOf);
              double before = p0.plan().percentComplete().orElseThrow();
              double now = p1.plan().percentComplete().orElseThrow();
              assertThat(now).isGreaterThan(before).isBetween(0.0, 100.0);
              assertThat(p1.byArea().get(chosen.ref().area()).complete())
                  .isEqualTo(p0.byArea().get(chosen.ref().area()).complete() + 1);
            });
  }

  @Test
  void ofCounts_leavesOutEmptyActions() {
    ProgressTally t =
        ProgressTally.ofCounts(
            Map.of(
                ActionRef.of(1, 1), StateCounts.zero(),
                ActionRef.of(1, 2), StateCounts.of(1, 0, 0, 0, 0)));
    assertThat(t.byAction()).containsOnlyKeys(ActionRef.of(1, 2));
  }
}
