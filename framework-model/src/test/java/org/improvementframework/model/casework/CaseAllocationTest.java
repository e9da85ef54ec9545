package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseAllocationTest {

  private static final LocalDate DAY = LocalDate.of(2024, 9, 30);

  @Test
  void isOpenAt_startsThatDayAndEndsThatDay() {
    assertThat(new CaseAllocation("A", "W", DAY, Optional.empty()).isOpenAt(DAY)).isTrue();
    assertThat(new CaseAllocation("A", "W", DAY.minusDays(9), Optional.of(DAY)).isOpenAt(DAY))
        .isFalse();
  }

  @Test
  void new_blankWorker_isRejectedAndToStringHidesIds() {
    assertThatThrownBy(() -> new CaseAllocation("A", " ", DAY, Optional.empty()))
        .hasMessage("workerId must not be blank");
    assertThat(new CaseAllocation("SECRET", "WSECRET", DAY, Optional.empty()).toString())
        .doesNotContain("SECRET");
  }
}
