package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissingEpisodeTest {

  private static final LocalDate GONE = LocalDate.of(2024, 2, 28);
  private static final Optional<LocalDate> BACK = Optional.of(LocalDate.of(2024, 2, 29));

  @Test
  void new_interviewWithoutReturn_isRejected() {
    assertThatThrownBy(() -> new MissingEpisode("A", GONE, Optional.empty(), true, BACK))
        .isInstanceOf(DateOrderException.class)
        .hasMessage("interviewHeld must be on or after returned (and needs it)")
        .satisfies(e -> assertThat(((DateOrderException) e).earlierField()).isEqualTo("returned"));
  }

  @Test
  void new_interviewBeforeReturnOrReturnBeforeStart_isRejected() {
    assertThatThrownBy(() -> new MissingEpisode("A", GONE, BACK, true, Optional.of(GONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interviewHeld");
    assertThatThrownBy(
            () -> new MissingEpisode("A", BACK.get(), Optional.of(GONE), true, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("returned");
  }

  @Test
  void new_sameDayReturnAndInterview_isAccepted() {
    MissingEpisode e =
        new MissingEpisode("SECRET", GONE, Optional.of(GONE), false, Optional.of(GONE));
    assertThat(e.interviewHeld()).contains(GONE);
    assertThat(e.toString()).doesNotContain("SECRET").startsWith("MissingEpisode[start=");
  }
}
