package org.improvementframework.io.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.improvementframework.io.InputFormatException;
import org.junit.jupiter.api.Test;

class CaseRecordFormatExceptionTest {

  @Test
  void isAnInputFormatException_locatedBySourceRowAndColumn() {
    CaseRecordFormatException e =
        new CaseRecordFormatException("referrals.csv", 7, "referral_date", "a date");
    assertThat(e).isInstanceOf(InputFormatException.class);
    assertThat(e.location().toString()).isEqualTo("referrals.csv, row 7, column 'referral_date'");
    assertThat(e.getMessage()).isEqualTo("referrals.csv row 7, column 'referral_date': a date");
  }

  @Test
  void wholeRow_hasNoColumnInItsLocation() {
    CaseRecordFormatException e = new CaseRecordFormatException("a.csv", 3, "", "5 cells");
    assertThat(e.location().column()).isEmpty();
    assertThat(e.location().row()).hasValue(3);
  }
}
