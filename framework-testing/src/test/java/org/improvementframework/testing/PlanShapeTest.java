package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanShapeTest {

  @Test
  void defaults_areSmallPlansOfTheMid2010s() {
    PlanShape d = PlanShape.defaults();
    assertThat(d.minAreas()).isEqualTo(1);
    assertThat(d.maxAreas()).isEqualTo(5);
    assertThat(d.minActionsPerArea()).isEqualTo(1);
    assertThat(d.maxActionsPerArea()).isEqualTo(4);
    assertThat(d.minMilestonesPerAction()).isEqualTo(1);
    assertThat(d.maxMilestonesPerAction()).isEqualTo(4);
    assertThat(d.earliestAsAt()).isEqualTo(LocalDate.of(2013, 4, 1));
    assertThat(d.latestAsAt()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(d.maxMilestones()).isEqualTo(80);
  }

  @Test
  void exactly_fixesEverySize() {
    PlanShape s = PlanShape.exactly(100, 100, 10);
    assertThat(s.minAreas()).isEqualTo(s.maxAreas()).isEqualTo(100);
    assertThat(s.minMilestonesPerAction()).isEqualTo(s.maxMilestonesPerAction()).isEqualTo(10);
    assertThat(s.maxMilestones()).isEqualTo(100_000);
  }

  @Test
  void builder_negativeOrReversedSizes_areRejected() {
    assertThatThrownBy(() -> PlanShape.builder().areas(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("areas")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> PlanShape.builder().actionsPerArea(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actions per area")
        .hasMessageContaining("min 3, max 2");
    assertThatThrownBy(() -> PlanShape.builder().milestonesPerAction(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("milestones");
  }

  @Test
  void builder_asAtWindow_isCheckedAndKept() {
    LocalDate a = LocalDate.of(2015, 3, 31);
    assertThat(PlanShape.builder().asAtBetween(a, a).build().latestAsAt()).isEqualTo(a);
    assertThatThrownBy(() -> PlanShape.builder().asAtBetween(a, a.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2015-03-30");
    assertThatThrownBy(() -> PlanShape.builder().asAtBetween(LocalDate.of(1800, 1, 1), a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1900");
    assertThatThrownBy(() -> PlanShape.builder().asAtBetween(null, a))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("earliest");
  }

  @Test
  void equalsAndHashCode_followTheValues() {
    PlanShape a = PlanShape.builder().areas(2, 3).build();
    PlanShape b = PlanShape.builder().areas(2, 3).build();
    assertThat(a)
        .isEqualTo(b)
        .hasSameHashCodeAs(b)
        .isNotEqualTo(PlanShape.defaults())
        .isNotEqualTo("shape");
    assertThat(a.toBuilder().build()).isEqualTo(a);
    assertThat(a.toBuilder().milestonesPerAction(0, 0).build()).isNotEqualTo(a);
  }

  @Test
  void toString_showsTheRanges() {
    assertThat(PlanShape.defaults())
        .hasToString(
            "PlanShape{areas 1-5, actions 1-4, milestones 1-4, as at 2013-04-01/2020-03-31}");
  }
}
