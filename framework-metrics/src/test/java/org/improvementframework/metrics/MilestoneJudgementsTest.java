package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class MilestoneJudgementsTest {

  @Test
  void property_actionsGetPlacesOfTheirOwn_whichKeepWhatWasWritten() {
    QuickTheory.qt()
        .withExamples(200)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 8))
        .checkAssert(
            (seed, capacity) -> {
              Random r = new Random(seed);
              MilestoneJudgements j = new MilestoneJudgements(capacity);
              List<byte[]> states = new ArrayList<>();
              List<LocalDate[]> deadlines = new ArrayList<>();
              List<Integer> firsts = new ArrayList<>();
              List<Integer> sizes = new ArrayList<>();
              for (int action = r.nextInt(3000); action > 0; action--) {
                // Now and then an action of more milestones than a pair of arrays holds.
                int n =
                    r.nextInt(50) == 0 ? MilestoneJudgements.CHUNK + r.nextInt(9) : r.nextInt(9);
                int first = j.reserve(n);
                assertThat(first + n).isLessThanOrEqualTo(j.states().length);
                assertThat(j.deadlines()).hasSameSizeAs(j.states());
                for (int i = 0; i < n; i++) {
                  j.states()[first + i] = (byte) (action + i);
                  j.deadlines()[first + i] = LocalDate.ofEpochDay(action * 100L + i);
                }
                states.add(j.states());
                deadlines.add(j.deadlines());
                firsts.add(first);
                sizes.add(n);
              }
              // Every action's places still hold what it wrote: no two actions share a place.
              for (int a = 0, action = states.size(); a < states.size(); a++, action--) {
                for (int i = 0; i < sizes.get(a); i++) {
                  assertThat(states.get(a)[firsts.get(a) + i]).isEqualTo((byte) (action + i));
                  assertThat(deadlines.get(a)[firsts.get(a) + i])
                      .isEqualTo(LocalDate.ofEpochDay(action * 100L + i));
                }
              }
            });
  }

  @Test
  void property_expect_keepsTheNextPlacesInTheSameArrays() {
    QuickTheory.qt()
        .withExamples(200)
        .forAll(
            SourceDSL.integers().between(0, 5000),
            SourceDSL.integers().between(0, 9000),
            SourceDSL.integers().between(1, 9))
        .checkAssert(
            (before, expected, step) -> {
              MilestoneJudgements j = new MilestoneJudgements(0);
              j.reserve(before);
              j.expect(expected);
              byte[] states = j.states();
              for (int left = expected; left > 0; left -= step) {
                int first = j.reserve(Math.min(step, left));
                assertThat(j.states()).isSameAs(states);
                assertThat(first + Math.min(step, left)).isLessThanOrEqualTo(states.length);
              }
            });
  }

  @Test
  void reportFacts_refuseAPositionPastTheirAction_thoughTheStoreHoldsTheNext() {
    MonthlyReport r =
        MonthlyReport.of(TestPlans.plan(3), LocalDate.of(2015, 3, 31), ReportOptions.defaults());
    ActionFacts f = r.facts().get(0);
    int n = f.action().milestones().size();
    assertThatThrownBy(() -> f.state(n)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> f.deadline(n)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> f.state(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
