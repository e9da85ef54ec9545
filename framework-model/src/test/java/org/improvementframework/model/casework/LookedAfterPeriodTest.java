package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookedAfterPeriodTest {

  private static final LocalDate DOB = LocalDate.of(2009, 7, 14);
  private static final LocalDate START = LocalDate.of(2023, 4, 1);
  private static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);

  @Test
  void isOpenAt_periodEndingOnTheDay_isNotOpen() {
    assertThat(new LookedAfterPeriod("A", DOB, START, Optional.of(MARCH_31)).isOpenAt(MARCH_31))
        .isFalse();
    assertThat(
            new LookedAfterPeriod("A", DOB, START, Optional.of(MARCH_31.plusDays(1)))
                .isOpenAt(MARCH_31))
        .isTrue();
    assertThat(new LookedAfterPeriod("A", DOB, MARCH_31, Optional.empty()).isOpenAt(MARCH_31))
        .isTrue();
    assertThat(
            new LookedAfterPeriod("A", DOB, START, Optional.empty()).isOpenAt(START.minusDays(1)))
        .isFalse();
  }

  @Test
  void new_endBeforeStart_isRejectedWithoutIdOrBirthDate() {
    assertThatThrownBy(
            () -> new LookedAfterPeriod("SECRET", DOB, START, Optional.of(START.minusDays(1))))
        .isInstanceOf(DateOrderException.class)
        // the dates of a child's record are personal data: the message names fields only
        .hasMessage("end must be on or after start (and needs it)");
    assertThatThrownBy(() -> new LookedAfterPeriod("A", null, START, Optional.empty()))
        .hasMessage("dateOfBirth");
    assertThatThrownBy(() -> new LookedAfterPeriod("A", DOB, START, null)).hasMessage("end");
  }

  @Test
  void toString_hidesIdAndDateOfBirth() {
    assertThat(new LookedAfterPeriod("SECRET", DOB, START, Optional.empty()).toString())
        .doesNotContain("SECRET")
        .doesNotContain("2009")
        .contains("2023-04-01");
  }
}
