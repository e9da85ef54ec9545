package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.improvementframework.model.ImprovementPlanTest.milestone;

import org.junit.jupiter.api.Test;

class MilestoneTest {

  @Test
  void build_withoutTargetOrStatus_isNoneAndNotReported() {
    Milestone m = milestone("1.1.1");

    assertThat(m.target()).isEqualTo(Target.none());
    assertThat(m.status()).isEqualTo(Status.NOT_REPORTED);
  }

  @Test
  void build_blankDescription_isRejectedNamingMilestone() {
    assertThatThrownBy(
            () -> Milestone.builder().ref(MilestoneRef.parse("1.2.3")).description("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone 1.2.3 description must not be blank, but was ''");
  }

  @Test
  void build_nulls_areRejectedNamingTheField() {
    assertThatThrownBy(() -> Milestone.builder().ref(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
    assertThatThrownBy(() -> Milestone.builder().target(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("target");
    assertThatThrownBy(() -> Milestone.builder().status(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
  }

  @Test
  void build_missingRef_isRejectedNamingIt() {
    assertThatThrownBy(() -> Milestone.builder().description("D").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ref");
  }

  @Test
  void with_changesOnlyThatAttribute() {
    Milestone m = milestone("1.1.1");
    Milestone done = m.withStatus(Status.COMPLETE);

    assertThat(done.status()).isEqualTo(Status.COMPLETE);
    assertThat(done.ref()).isEqualTo(m.ref());
    assertThat(done.description()).isEqualTo(m.description());
    assertThat(m.status()).isEqualTo(Status.NOT_REPORTED);
    assertThatThrownBy(() -> m.withDescription(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description");
  }

  @Test
  void equality_isStructural() {
    assertThat(milestone("1.1.1"))
        .isEqualTo(milestone("1.1.1"))
        .hasSameHashCodeAs(milestone("1.1.1"))
        .isNotEqualTo(milestone("1.1.2"))
        .isNotEqualTo(milestone("1.1.1").withStatus(Status.IN_PROGRESS));
  }
}
