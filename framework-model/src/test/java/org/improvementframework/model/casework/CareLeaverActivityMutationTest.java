package org.improvementframework.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementframework.model.casework.CareLeaverActivity.Activity;
import org.improvementframework.model.casework.CareLeaverActivity.InTouch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.generators.SourceDSL;

/** The SSDA903 OC3 codes of a care leaver's activity, contact and accommodation. */
class CareLeaverActivityMutationTest {

  private static final LocalDate BIRTHDAY = LocalDate.of(2005, 9, 14);

  @ParameterizedTest
  @CsvSource({
    "F1, true", "P1, true", "F2, true", "P2, true", "F4, true", "P4, true", "F5, true",
    "P5, true", "F3, true", "P3, true", "G4, false", "G5, false", "G6, false", "0, false"
  })
  void activity_eachCode_isEducationEmploymentOrTrainingAsTheReturnSays(String code, boolean eet) {
    Activity a = Activity.ofCode(code).orElseThrow();
    assertThat(a.code()).isEqualTo(code);
    assertThat(a.isEducationEmploymentOrTraining()).isEqualTo(eet);
  }

  @ParameterizedTest
  @EnumSource(InTouch.class)
  void inTouch_everyCode_isReadInAnyCaseAndSpacing(InTouch t) {
    assertThat(InTouch.ofCode(t.name())).contains(t);
    assertThat(InTouch.ofCode("  " + t.name().toLowerCase() + "\t")).contains(t);
  }

  @Test
  void property_onlyTheListedCodesAreRead() {
    qt().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 4))
        .checkAssert(
            s -> {
              String c = s.strip().toUpperCase();
              boolean activity = c.equals("0") || isActivityName(c);
              assertThat(Activity.ofCode(s).isPresent()).isEqualTo(activity);
              assertThat(InTouch.ofCode(s).isPresent()).isEqualTo(isInTouchName(c));
            });
  }

  private static boolean isActivityName(String c) {
    for (Activity a : Activity.values()) {
      if (a != Activity.NO_INFORMATION && a.name().equals(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInTouchName(String c) {
    for (InTouch t : InTouch.values()) {
      if (t.name().equals(c)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void new_agesAtTheBounds_areAcceptedAndJustOutsideRejected() {
    assertThat(new CareLeaverActivity("C1", BIRTHDAY, 0, Activity.G6).age()).isZero();
    assertThat(new CareLeaverActivity("C1", BIRTHDAY, 30, Activity.G6).age()).isEqualTo(30);
    assertThatThrownBy(() -> new CareLeaverActivity("C1", BIRTHDAY, -1, Activity.G6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age must be 0 to 30, but was -1");
  }

  @ParameterizedTest
  @CsvSource({"B1, true", "X2, false", "B3, ''", "B, ''", "B12, ''", "1, ''", "'', ''"})
  void suitableAccommodation_onlyTwoCharacterCodesEndingInOneOrTwo(String code, String expected) {
    CareLeaverActivity c =
        new CareLeaverActivity(
            "C1", BIRTHDAY, 19, Activity.F2, Optional.of(InTouch.YES), Optional.of(code));
    Optional<Boolean> want =
        expected.isEmpty() ? Optional.empty() : Optional.of(Boolean.parseBoolean(expected));
    assertThat(c.suitableAccommodation()).isEqualTo(want);
  }

  @Test
  void toString_showsTheCodesButNotTheChildOrTheBirthday() {
    CareLeaverActivity c =
        new CareLeaverActivity(
            "JaneDoe-77", BIRTHDAY, 19, Activity.P4, Optional.of(InTouch.REFU), Optional.of("K2"));
    assertThat(c)
        .hasToString("CareLeaverActivity[age=19, activity=P4, inTouch=REFU, accommodation=K2]");
  }
}
