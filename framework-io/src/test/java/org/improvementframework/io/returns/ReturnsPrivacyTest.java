package org.improvementframework.io.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.cin.CinCensus;
import org.improvementframework.io.returns.ssda903.Ssda903CaseRecords;
import org.improvementframework.io.returns.ssda903.Ssda903Reader;
import org.improvementframework.io.returns.ssda903.Ssda903Return;
import org.improvementframework.io.returns.ssda903.Ssda903Row;
import org.improvementframework.io.returns.ssda903.Ssda903Table;
import org.improvementframework.io.returns.workforce.WorkforceCensus;
import org.improvementframework.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds recognisable personal data (a child's id, a date of birth, event dates, a postcode, a
 * worker's number) through every problem and warning path of the returns' readers and their
 * mapping, and checks that no message, warning or {@code toString()} shows any of it.
 */
class ReturnsPrivacyTest {

  private static final String CHILD = "JaneDoe4857773456";
  private static final String DOB = "14/07/2009";
  private static final String EVENT = "05/06/2023";
  private static final String POSTCODE = "ZX98QW";
  private static final String WORKER = "SW4857773456";

  private static void assertClean(String text) {
    assertThat(text)
        .doesNotContain(CHILD)
        .doesNotContain(DOB)
        .doesNotContain("2009-07-14")
        .doesNotContain(EVENT)
        .doesNotContain("2023-06-05")
        .doesNotContain(POSTCODE)
        .doesNotContain(WORKER);
  }

  @Test
  void ssda903_problemsWarningsAndMapping_showNoPersonalData(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("header.csv"),
        "CHILD,SEX,DOB,ETHNIC,UPN\n"
            + CHILD
            + ",1,"
            + DOB
            + ",WBRI,UN1\n"
            + CHILD
            + ",1,15/07/2009,WBRI,UN1\n"
            + CHILD
            + "X,9,"
            + DOB
            + "x,WBRI,UN1\n");
    Files.writeString(
        dir.resolve("episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC,"
            + "HOME_POST,Postcode "
            + POSTCODE
            + "\n"
            + CHILD
            + ","
            + EVENT
            + ",S,C2,N1,A5,04/06/2023,E11,"
            + POSTCODE
            + ",\n"
            + CHILD
            + "Y,,"
            + "S,C2,N1,U1,,,"
            + POSTCODE
            + ",\n");
    Files.writeString(
        dir.resolve("oc3.csv"),
        "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n" + CHILD + "," + DOB + ",MAYBE,F1,U1\n");
    // OC2: an SDQ score outside 0 to 40, an unknown code and a bad date; UASC: a bad DUC
    Files.writeString(
        dir.resolve("oc2.csv"),
        "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
            + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n"
            + CHILD
            + ","
            + DOB
            + ",99,,7,,1,1,1,0,,\n"
            + CHILD
            + "Z,"
            + DOB
            + "x,1,,1,,1,1,1,0,,\n");
    Files.writeString(
        dir.resolve("uasc.csv"), "CHILD,SEX,DOB,DUC\n" + CHILD + ",1," + DOB + ",31/02/2024\n");
    Ssda903Return r = Ssda903Return.readFolder(dir, InputLimits.defaults());
    List<String> texts = new ArrayList<>();
    r.problems().forEach(p -> texts.add(p.getMessage()));
    r.warnings().forEach(w -> texts.add(w.toString()));
    Ssda903CaseRecords c =
        Ssda903CaseRecords.from(
            r, DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)));
    c.warnings().forEach(w -> texts.add(w.toString()));
    r.rows(Ssda903Table.HEADER).forEach(row -> texts.add(row.toString()));
    texts.add(r.toString());
    c.outcomes().forEach(o -> texts.add(o.toString()));
    assertThat(texts).hasSizeGreaterThan(9).anyMatch(t -> t.contains("SDQ score outside"));
    texts.forEach(ReturnsPrivacyTest::assertClean);
  }

  @Test
  void ssda903_brokenCsv_isRefusedWithoutTheText() {
    Throwable t =
        catchThrowable(
            () ->
                Ssda903Reader.of(Ssda903Table.MISSING, InputLimits.defaults())
                    .read(
                        new StringReader(
                            "CHILD,DOB,MISSING,MIS_START\n\"" + CHILD + "," + DOB + "\n"),
                        "missing.csv",
                        (Ssda903Row x) -> {},
                        (ReadWarning w) -> {}));
    assertThat(t).isInstanceOf(PlanFormatException.class);
    assertClean(t.getMessage());
  }

  @Test
  void cinAndWorkforce_problemsShowNoPersonalData() {
    String cin =
        "<Message><Children><Child><ChildIdentifiers><LAchildID>"
            + CHILD
            + "</LAchildID><PersonBirthDate>"
            + DOB
            + "</PersonBirthDate></ChildIdentifiers>"
            + "<CINdetails><CINreferralDate>"
            + EVENT
            + "x</CINreferralDate></CINdetails></Child>"
            + "<Child><ChildIdentifiers><UPN>"
            + CHILD
            + "</UPN></ChildIdentifiers></Child>"
            + "</Children></Message>";
    CinCensus c =
        CinCensus.read(
            new ByteArrayInputStream(cin.getBytes(StandardCharsets.UTF_8)),
            "cin.xml",
            InputLimits.defaults());
    assertThat(c.problems()).hasSize(2);
    c.problems().forEach(p -> assertClean(p.getMessage()));
    assertClean(c.toString());
    String wf =
        "<Message><CSWWWorker><SWENo>"
            + WORKER
            + "</SWENo><RoleStartDate>"
            + EVENT
            + "x</RoleStartDate><Cases30>"
            + WORKER
            + "</Cases30></CSWWWorker></Message>";
    WorkforceCensus w =
        WorkforceCensus.read(
            new ByteArrayInputStream(wf.getBytes(StandardCharsets.UTF_8)),
            "csww.xml",
            InputLimits.defaults());
    assertThat(w.problems()).hasSize(2);
    w.problems().forEach(p -> assertClean(p.getMessage()));
    Throwable broken =
        catchThrowable(
            () ->
                CinCensus.read(
                    new ByteArrayInputStream(
                        ("<Message><LAchildID>" + CHILD + "</Message>")
                            .getBytes(StandardCharsets.UTF_8)),
                    "broken.xml",
                    InputLimits.defaults()));
    assertThat(broken).isInstanceOf(PlanFormatException.class);
    assertClean(broken.getMessage());
  }
}
