package org.improvementframework.io.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import org.improvementframework.io.InputLimits;
import org.junit.jupiter.api.Test;

class CinCensusMutationTest {

  private static CinCensus census() {
    return CinCensus.read(
        CinCensusMutationTest.class.getResourceAsStream("cin-2022.xml"),
        "cin-2022.xml",
        InputLimits.defaults());
  }

  @Test
  void read_sample_givesTheHeaderYearAndCountsTheOtherDates() {
    CinCensus c = census();

    assertThat(c.year()).isEqualTo("2022");
    // two birth dates, two assessment dates, a plan start, a protection plan start and review
    assertThat(c.otherDates()).isEqualTo(7);
    assertThat(c.warnings()).isEmpty();
    assertThat(c.toString())
        .isEqualTo(
            "CinCensus["
                + c.children()
                + " children, "
                + c.referralCount()
                + " referrals, "
                + c.section47Count()
                + " section 47 enquiries, "
                + c.conferenceCount()
                + " ICPCs, "
                + c.problems().size()
                + " problems]");
  }
}
