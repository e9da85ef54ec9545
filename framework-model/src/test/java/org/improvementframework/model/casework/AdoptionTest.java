package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdoptionTest {

  private static final LocalDate ENTERED = LocalDate.of(2020, 1, 1);
  private static final LocalDate MOVED = LocalDate.of(2021, 1, 1);
  private static final LocalDate ORDER = LocalDate.of(2021, 6, 1);

  @Test
  void new_datesOutOfOrder_areRejected() {
    assertThatThrownBy(
            () ->
                new Adoption(
                    "A",
                    MOVED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    ENTERED,
                    ORDER))
        .hasMessageContaining("movedIn");
    assertThatThrownBy(
            () ->
                new Adoption(
                    "A",
                    ENTERED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    ORDER,
                    MOVED))
        .hasMessageContaining("adoptionOrder");
    assertThatThrownBy(
            () ->
                new Adoption(
                    "A",
                    ENTERED,
                    Optional.of(ENTERED.minusDays(1)),
                    Optional.empty(),
                    Optional.empty(),
                    MOVED,
                    ORDER))
        .hasMessageContaining("fosterPlacementStart");
  }

  @Test
  void new_matchBeforePlacementOrder_isAllowed() {
    Adoption a =
        new Adoption(
            "A",
            ENTERED,
            Optional.empty(),
            Optional.of(MOVED),
            Optional.of(MOVED.minusDays(10)),
            MOVED,
            ORDER);
    assertThat(a.matched()).contains(MOVED.minusDays(10));
    assertThat(a.toString()).doesNotContain("childId");
  }
}
