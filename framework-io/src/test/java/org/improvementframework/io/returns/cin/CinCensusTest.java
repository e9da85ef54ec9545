package org.improvementframework.io.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;
import org.junit.jupiter.api.Test;

class CinCensusTest {

  private static CinCensus sample() {
    return CinCensus.read(
        CinCensusTest.class.getResourceAsStream("cin-2022.xml"),
        "cin-2022.xml",
        InputLimits.defaults());
  }

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void stream_sample_givesTheRecordsOfReadInTheSameOrderAndKeepsNone() {
    CinCensus whole = sample();
    List<Referral> referrals = new ArrayList<>();
    List<Section47Enquiry> enquiries = new ArrayList<>();
    List<InitialConference> conferences = new ArrayList<>();
    CinCensus streamed =
        CinCensus.stream(
            CinCensusTest.class.getResourceAsStream("cin-2022.xml"),
            "cin-2022.xml",
            InputLimits.defaults(),
            new CinCensus.Sink() {
              @Override
              public void referral(Referral r) {
                referrals.add(r);
              }

              @Override
              public void section47(Section47Enquiry e) {
                enquiries.add(e);
              }

              @Override
              public void conference(InitialConference c) {
                conferences.add(c);
              }
            });
    assertThat(referrals).containsExactlyElementsOf(whole.referrals());
    assertThat(enquiries).containsExactlyElementsOf(whole.section47Enquiries());
    assertThat(conferences).containsExactlyElementsOf(whole.initialConferences());
    assertThat(streamed.referrals()).isEmpty();
    assertThat(streamed.referralCount()).isEqualTo(4).isEqualTo(whole.referralCount());
    assertThat(streamed.section47Count()).isEqualTo(3);
    assertThat(streamed.conferenceCount()).isEqualTo(3);
    assertThat(streamed.problems()).hasSameSizeAs(whole.problems());
    assertThat(streamed.toString()).isEqualTo(whole.toString());
  }

  @Test
  void read_sampleWithNamespace_readsHeaderReferralsEnquiriesAndConferences() {
    CinCensus c = sample();
    assertThat(c.collection()).isEqualTo("CIN");
    assertThat(c.referenceDate()).contains(LocalDate.of(2022, 3, 31));
    assertThat(c.lea()).isEqualTo("999");
    assertThat(c.children()).isEqualTo(3);
    assertThat(c.referrals())
        .containsExactly(
            new Referral("K1", LocalDate.of(2021, 2, 10)),
            new Referral("K1", LocalDate.of(2021, 11, 1)),
            new Referral("K2", LocalDate.of(2021, 9, 1)),
            new Referral("K3", LocalDate.of(2021, 5, 4)));
    assertThat(c.section47Enquiries())
        .contains(new Section47Enquiry("K2", LocalDate.of(2021, 9, 6)))
        .hasSize(3);
    // CINdetails repeats K1's conference: it is kept once, from its Section47
    assertThat(c.initialConferences())
        .containsExactly(
            new InitialConference("K1", LocalDate.of(2022, 3, 31)),
            new InitialConference("K2", LocalDate.of(2021, 9, 3)),
            new InitialConference("K3", LocalDate.of(2021, 6, 3)));
    assertThat(c.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().line()).hasValue(35);
              assertThat(p.location().column())
                  .hasValueSatisfying(
                      col -> assertThat(col).endsWith("/Section47/S47ActualStartDate"));
              assertThat(p.getMessage()).doesNotContain("2021-13-40").doesNotContain("K3");
            });
  }

  @Test
  void read_withoutNamespace_readsTheSame() {
    CinCensus c =
        CinCensus.read(
            bytes(
                "<Message><Children><Child><ChildIdentifiers>"
                    + "<LAchildID>A</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>"
                    + "2021-05-04</CINreferralDate></CINdetails></Child></Children></Message>"),
            "x.xml",
            InputLimits.defaults());
    assertThat(c.referrals()).containsExactly(new Referral("A", LocalDate.of(2021, 5, 4)));
  }

  @Test
  void read_billionLaughs_isRefusedWithoutExpanding() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<Message><Header><CollectionDetails><Collection>&lol3;</Collection>"
            + "</CollectionDetails></Header></Message>";
    assertThatThrownBy(() -> CinCensus.read(bytes(bomb), "bomb.xml", InputLimits.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("bomb.xml")
        .hasMessageNotContaining("lol");
  }

  @Test
  void read_externalEntity_isRefusedAndNeverFetched() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<Message><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID>"
            + "</ChildIdentifiers></Child></Children></Message>";
    assertThatThrownBy(() -> CinCensus.read(bytes(xxe), "xxe.xml", InputLimits.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageNotContaining("root:");
  }

  @Test
  void read_hundredThousandDeepNesting_isRefusedAtTheDepthLimit() {
    String deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);
    assertThatThrownBy(() -> CinCensus.read(bytes(deep), "deep.xml", InputLimits.defaults()))
        .isInstanceOf(InputLimitException.class)
        .hasMessageContaining("deep.xml");
  }

  @Test
  void read_oneGigabyteStream_isRefusedAtTheByteLimitWithoutReadingItAll() {
    long gigabyte = 1L << 30;
    InputStream huge =
        new InputStream() {
          long served;
          final byte[] prefix = "<Message><Children>".getBytes(StandardCharsets.UTF_8);

          @Override
          public int read() {
            if (served >= gigabyte) {
              return -1;
            }
            int b = served < prefix.length ? prefix[(int) served] : ' ';
            served++;
            return b;
          }
        };
    assertThatThrownBy(
            () ->
                CinCensus.read(
                    huge, "huge.xml", InputLimits.defaults().withMaxInputBytes(8L << 20)))
        .isInstanceOf(InputLimitException.class)
        .hasMessageContaining("huge.xml");
  }
}
