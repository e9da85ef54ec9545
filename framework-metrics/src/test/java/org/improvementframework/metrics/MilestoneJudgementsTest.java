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

  private static final MilestoneState[] STATES = MilestoneState.values();

  /** A deadline: none, an everyday date, or one whose epoch day does not fit an int. */
  private static LocalDate deadline(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> null;
      case 1 -> r.nextBoolean() ? LocalDate.MAX : LocalDate.MIN;
      case 2 -> LocalDate.ofEpochDay(Integer.MAX_VALUE - r.nextInt(2));
      default -> LocalDate.of(2010, 1, 1).plusDays(r.nextInt(4000));
    };
  }

  @Test
  void property_everyPlaceGivesBackWhatWasKept_acrossGrowth() {
    QuickTheory.qt()
        .withExamples(300)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 8))
        .checkAssert(
            (seed, capacity) -> {
              Random r = new Random(seed);
              MilestoneJudgements j = new MilestoneJudgements(capacity);
              List<MilestoneState> states = new ArrayList<>();
              List<LocalDate> deadlines = new ArrayList<>();
              for (int action = r.nextInt(40); action > 0; action--) {
                int n = r.nextInt(7);
                int first = j.reserve(n);
                assertThat(first).isEqualTo(states.size());
                for (int i = 0; i < n; i++) {
                  MilestoneState s = STATES[r.nextInt(STATES.length)];
                  LocalDate d = deadline(r);
                  j.set(first + i, s, d);
                  states.add(s);
                  deadlines.add(d);
                }
              }
              for (int i = 0; i < states.size(); i++) {
                assertThat(j.state(i)).isEqualTo(states.get(i));
                assertThat(j.deadline(i)).isEqualTo(deadlines.get(i));
                if (deadlines.get(i) != null) {
                  assertThat(j.day(i)).isEqualTo(deadlines.get(i).toEpochDay());
                }
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
