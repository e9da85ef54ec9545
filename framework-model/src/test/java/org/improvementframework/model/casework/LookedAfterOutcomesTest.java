package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookedAfterOutcomesTest {

  private static final LocalDate BORN = LocalDate.of(2012, 5, 17);

  private static LookedAfterOutcomes of(String id, Optional<Integer> sdq) {
    Optional<Boolean> yes = Optional.of(true);
    return new LookedAfterOutcomes(id, BORN, yes, yes, yes, yes, Optional.empty(), yes, sdq);
  }

  @Test
  void new_scoreOutside0To40_isRejectedWithoutTheScoreHolder() {
    assertThatThrownBy(() -> of("C1", Optional.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sdqScore must be 0 to 40");
    assertThat(of("C1", Optional.of(40)).sdqScore()).contains(40);
    assertThat(of("C1", Optional.of(0)).sdqScore()).contains(0);
  }

  @Test
  void new_blankIdOrNullField_isRejectedByName() {
    assertThatThrownBy(() -> of(" ", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("childId must not be blank");
    assertThatThrownBy(
            () ->
                new LookedAfterOutcomes(
                    "C1",
                    BORN,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    null,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("teethChecked");
  }

  @Test
  void equalsAndHashCode_followTheFields() {
    assertThat(of("C1", Optional.of(3))).isEqualTo(of("C1", Optional.of(3)));
    assertThat(of("C1", Optional.of(3))).hasSameHashCodeAs(of("C1", Optional.of(3)));
    assertThat(of("C1", Optional.of(3))).isNotEqualTo(of("C1", Optional.empty()));
    assertThat(of("C1", Optional.of(3))).isNotEqualTo(of("C2", Optional.of(3)));
  }

  @Test
  void toString_showsOutcomesButNeitherIdNorDateOfBirth() {
    String s = of("CHILD-77", Optional.of(14)).toString();
    assertThat(s).contains("sdqScore=14").contains("developmentAssessment=,");
    assertThat(s).doesNotContain("CHILD-77").doesNotContain("2012");
  }
}
