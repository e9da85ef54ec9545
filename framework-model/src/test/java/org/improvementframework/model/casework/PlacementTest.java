package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacementTest {

  private static final LocalDate START = LocalDate.of(2023, 4, 1);
  private static final LocalDate END = LocalDate.of(2023, 6, 30);

  @Test
  void overlaps_includesBothEnds() {
    Placement p = new Placement("A", START, Optional.of(END), "U1", false);
    assertThat(p.overlaps(END, END.plusDays(5))).isTrue();
    assertThat(p.overlaps(END.plusDays(1), END.plusDays(5))).isFalse();
    assertThat(p.overlaps(START.minusDays(5), START)).isTrue();
    assertThat(p.overlaps(START.minusDays(5), START.minusDays(1))).isFalse();
    assertThat(p.isOpenAt(END)).isFalse();
    assertThat(p.isOpenAt(END.minusDays(1))).isTrue();
  }

  @Test
  void new_badFields_areRejected() {
    assertThatThrownBy(() -> new Placement("A", END, Optional.of(START), "U1", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Placement("A", START, Optional.empty(), null, false))
        .hasMessage("placementType");
  }

  @Test
  void toString_hidesTheChildId() {
    assertThat(new Placement("SECRET", START, Optional.empty(), "A4", true).toString())
        .doesNotContain("SECRET")
        .contains("A4")
        .contains("shortBreak=true");
  }
}
