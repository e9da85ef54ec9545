package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementframework.model.casework.CareLeaverActivity.Activity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CareLeaverActivityTest {

  @ParameterizedTest
  @EnumSource(Activity.class)
  void ofCode_readsEveryCodeInAnyCase(Activity a) {
    assertThat(Activity.ofCode(a.code())).contains(a);
    assertThat(Activity.ofCode(" " + a.code().toLowerCase() + " ")).contains(a);
  }

  @Test
  void suitableAccommodation_readsTheSecondCharacterOfTheCode() {
    LocalDate b = LocalDate.of(2024, 5, 1);
    assertThat(leaver(b, "U1").suitableAccommodation()).contains(true);
    assertThat(leaver(b, "S2").suitableAccommodation()).contains(false);
    assertThat(leaver(b, "0").suitableAccommodation()).isEmpty();
    assertThat(new CareLeaverActivity("A", b, 19, Activity.F1).suitableAccommodation()).isEmpty();
  }

  @Test
  void inTouch_ofCode_readsTheOc3Codes() {
    assertThat(CareLeaverActivity.InTouch.ofCode(" died "))
        .contains(CareLeaverActivity.InTouch.DIED);
    assertThat(CareLeaverActivity.InTouch.ofCode("MAYBE")).isEmpty();
  }

  private static CareLeaverActivity leaver(LocalDate b, String accom) {
    return new CareLeaverActivity(
        "A", b, 19, Activity.F1, Optional.of(CareLeaverActivity.InTouch.YES), Optional.of(accom));
  }

  @Test
  void ofCode_unknown_isEmpty() {
    assertThat(Activity.ofCode("G3")).isEmpty();
    assertThat(Activity.ofCode("")).isEmpty();
  }

  @Test
  void new_ageOutOfRange_isRejected() {
    LocalDate b = LocalDate.of(2023, 6, 1);
    assertThatThrownBy(() -> new CareLeaverActivity("A", b, 31, Activity.F1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age must be 0 to 30, but was 31");
    assertThat(new CareLeaverActivity("SECRET", b, 19, Activity.NO_INFORMATION).toString())
        .isEqualTo("CareLeaverActivity[age=19, activity=0, inTouch=, accommodation=]");
  }
}
