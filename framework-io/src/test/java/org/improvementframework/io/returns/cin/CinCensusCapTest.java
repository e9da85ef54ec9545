package org.improvementframework.io.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.improvementframework.io.InputLimits;
import org.junit.jupiter.api.Test;

/** A census with many unreadable dates keeps a bounded number of problems. */
class CinCensusCapTest {

  private static CinCensus census(int badChildren, int goodChildren) {
    StringBuilder xml =
        new StringBuilder(
            "<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2022</Year>"
                + "<ReferenceDate>2022-03-31</ReferenceDate></CollectionDetails></Header>"
                + "<Children>\n");
    for (int i = 0; i < badChildren + goodChildren; i++) {
      String date = i < badChildren ? "31st March" : "2021-05-01";
      xml.append("<Child><ChildIdentifiers><LAchildID>K")
          .append(i)
          .append("</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>")
          .append(date)
          .append("</CINreferralDate></CINdetails></Child>\n");
    }
    xml.append("</Children></Message>");
    byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
    return CinCensus.read(new ByteArrayInputStream(bytes), "cin.xml", InputLimits.defaults());
  }

  @Test
  void read_thousandUnreadableDates_keepsEveryProblemWithoutSummary() {
    CinCensus c = census(1000, 3);

    assertThat(c.problems()).hasSize(1000);
    assertThat(c.warnings()).isEmpty();
    assertThat(c.referralCount()).isEqualTo(3);
    assertThat(c.toString()).endsWith(", 1000 problems]");
  }

  @Test
  void read_oneUnreadableDateOverTheCap_summarisesItAtTheFile() {
    CinCensus c = census(1001, 3);

    assertThat(c.problems()).hasSize(1000);
    assertThat(c.problems().get(999).location().line()).hasValue(1001);
    assertThat(c.warnings()).hasSize(1);
    assertThat(c.warnings().get(0).toString())
        .isEqualTo(
            "cin.xml: 1 more problems not kept, by kind: 'not a date' 1: "
                + "counted only; the first 1000 are kept");
    assertThat(c.referralCount()).isEqualTo(3);
    assertThat(c.toString()).endsWith(", 1001 problems]");
  }
}
