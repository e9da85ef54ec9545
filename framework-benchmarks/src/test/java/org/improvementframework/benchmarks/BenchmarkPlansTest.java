package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchmarkPlansTest {

  @ParameterizedTest
  @ValueSource(ints = {1000, 10_000, 100_000, 1_000_000})
  void shape_benchmarkSizes_haveExactlyThatManyMilestones(int milestones) {
    assertThat(BenchmarkPlans.shape(milestones).maxMilestones()).isEqualTo(milestones);
    assertThat(BenchmarkPlans.shape(milestones).minAreas()).isEqualTo(milestones / 40);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -40, 41, 1001})
  void shape_notAPositiveMultipleOf40_isRefused(int milestones) {
    assertThatThrownBy(() -> BenchmarkPlans.shape(milestones))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multiple of 40");
  }

  @Test
  void plan_sameSize_isTheSamePlanEveryTime() {
    assertThat(BenchmarkPlans.plan(1000)).isEqualTo(BenchmarkPlans.plan(1000));
  }
}
