package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InitialConferenceTest {

  private static final LocalDate DAY = LocalDate.of(2023, 5, 8);

  @Test
  void of_keepsFieldsAndEqualsByValue() {
    assertThat(InitialConference.of("A1", DAY).date()).isEqualTo(DAY);
    assertThat(InitialConference.of("A1", DAY))
        .isEqualTo(new InitialConference("A1", DAY))
        .isNotEqualTo(new InitialConference("A1", DAY.plusDays(1)));
  }

  @Test
  void new_nullOrBlank_isRejectedNamingTheField() {
    assertThatThrownBy(() -> new InitialConference("A1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> new InitialConference("", DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_hidesTheChildId() {
    assertThat(InitialConference.of("SECRET-ID", DAY).toString())
        .doesNotContain("SECRET-ID")
        .contains("2023-05-08");
  }
}
