package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrategyDiscussionTest {

  private static final LocalDate DAY = LocalDate.of(2023, 5, 8);

  @Test
  void of_keepsFieldsAndEqualsByValue() {
    assertThat(StrategyDiscussion.of("A1", DAY).date()).isEqualTo(DAY);
    assertThat(StrategyDiscussion.of("A1", DAY))
        .isEqualTo(new StrategyDiscussion("A1", DAY))
        .isNotEqualTo(new StrategyDiscussion("A1", DAY.plusDays(1)));
  }

  @Test
  void new_nullOrBlank_isRejectedNamingTheField() {
    assertThatThrownBy(() -> new StrategyDiscussion("A1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> new StrategyDiscussion("", DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_hidesTheChildId() {
    assertThat(StrategyDiscussion.of("SECRET-ID", DAY).toString())
        .doesNotContain("SECRET-ID")
        .contains("2023-05-08");
  }
}
