package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Map;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.junit.jupiter.api.Test;

/** The counts by area, equality and argument checks of {@link ProgressTally}. */
class ProgressTallyMutationTest {

  private static final LocalDate MARCH_31 = LocalDate.of(2015, 3, 31);

  @Test
  void property_byAreaCountsEveryMilestoneOfEachAreaWithMilestones() {
    qt().withExamples(100)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              MilestoneClassifier c = MilestoneClassifier.defaults();
              Map<AreaRef, StateCounts> byArea = ProgressTally.of(plan, c, asOf).byArea();
              for (Area area : plan.areas()) {
                StateCounts direct =
                    area.actions().stream()
                        .flatMap(a -> a.milestones().stream())
                        .map(m -> c.state(m, asOf))
                        .collect(StateCounts.collector());
                if (direct.total() == 0) {
                  assertThat(byArea).doesNotContainKey(area.ref());
                } else {
                  assertThat(byArea).containsEntry(area.ref(), direct);
                }
              }
            });
  }

  @Test
  void byArea_ofThePlymouthPlan_addsTheActionsOfEachArea() {
    ProgressTally t =
        ProgressTally.of(Plymouth2015.plan(), MilestoneClassifier.defaults(), MARCH_31);
    Map<AreaRef, StateCounts> byArea = t.byArea();
    assertThat(byArea).isNotEmpty();
    StateCounts sum = byArea.values().stream().reduce(StateCounts.zero(), StateCounts::plus);
    assertThat(sum).isEqualTo(t.total());
    assertThat(sum.total()).isEqualTo(Plymouth2015.plan().milestones().count());
  }

  @Test
  void equals_tallyOfAnotherDate_isNotEqualAndHashesDiffer() {
    MilestoneClassifier c = MilestoneClassifier.defaults();
    ProgressTally march = ProgressTally.of(Plymouth2015.plan(), c, MARCH_31);
    ProgressTally later = ProgressTally.of(Plymouth2015.plan(), c, LocalDate.of(2016, 3, 31));
    ProgressTally collected =
        Plymouth2015.plan().milestones().collect(ProgressTally.collector(c, MARCH_31));
    assertThat(march).isNotEqualTo(later).isEqualTo(collected).hasSameHashCodeAs(collected);
    assertThat(march.hashCode()).isNotEqualTo(later.hashCode());
    assertThat(march.equals("ProgressTally")).isFalse();
  }

  @Test
  void toString_showsTheCountsOfEachAction() {
    ProgressTally t =
        ProgressTally.of(Plymouth2015.plan(), MilestoneClassifier.defaults(), MARCH_31);
    assertThat(t.toString())
        .startsWith("ProgressTally{")
        .contains("6.1=" + t.action(ActionRef.of(6, 1)));
  }

  @Test
  void of_andCollector_rejectNullClassifierAndDateByName() {
    MilestoneClassifier c = MilestoneClassifier.defaults();
    assertThatThrownBy(() -> ProgressTally.of(Plymouth2015.plan(), null, MARCH_31))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("classifier");
    assertThatThrownBy(() -> ProgressTally.of(Plymouth2015.plan(), c, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
    assertThatThrownBy(() -> ProgressTally.collector(null, MARCH_31))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("classifier");
    assertThatThrownBy(() -> ProgressTally.collector(c, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
  }
}
