package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Section47EnquiryTest {

  private static final LocalDate DAY = LocalDate.of(2023, 5, 8);

  @Test
  void of_keepsFieldsAndEqualsByValue() {
    assertThat(Section47Enquiry.of("A1", DAY).startDate()).isEqualTo(DAY);
    assertThat(Section47Enquiry.of("A1", DAY))
        .isEqualTo(new Section47Enquiry("A1", DAY))
        .isNotEqualTo(new Section47Enquiry("A1", DAY.plusDays(1)));
  }

  @Test
  void new_nullOrBlank_isRejectedNamingTheField() {
    assertThatThrownBy(() -> new Section47Enquiry("A1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("startDate");
    assertThatThrownBy(() -> new Section47Enquiry("", DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_hidesTheChildId() {
    assertThat(Section47Enquiry.of("SECRET-ID", DAY).toString())
        .doesNotContain("SECRET-ID")
        .contains("2023-05-08");
  }
}
