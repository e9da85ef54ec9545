package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferralTest {

  private static final LocalDate DAY = LocalDate.of(2024, 2, 29);

  @Test
  void of_keepsFieldsAndEqualsByValue() {
    Referral r = Referral.of("A1", DAY);
    assertThat(r.childId()).isEqualTo("A1");
    assertThat(r.date()).isEqualTo(DAY);
    assertThat(r)
        .isEqualTo(new Referral("A1", DAY))
        .hasSameHashCodeAs(new Referral("A1", DAY))
        .isNotEqualTo(new Referral("A2", DAY));
  }

  @Test
  void new_nullOrBlank_isRejectedNamingTheField() {
    assertThatThrownBy(() -> new Referral(null, DAY))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("childId");
    assertThatThrownBy(() -> new Referral("A1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> new Referral(" ", DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("childId must not be blank");
  }

  @Test
  void toString_hidesTheChildId() {
    assertThat(Referral.of("SECRET-ID", DAY).toString()).isEqualTo("Referral[date=2024-02-29]");
  }
}
