package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OC2 table's children set beside the cohort the episodes give, with invented children. */
class ContinuousCohortTest {

  private static final String EPISODES =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
          + "PL_POST,URN\n";
  private static final String OC2 =
      "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
          + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n";

  private static List<ReadWarning> cohortWarnings(Path dir, String episodes, String oc2)
      throws IOException {
    Files.writeString(
        dir.resolve("header.csv"),
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
            + "K1,1,01/01/2012,WBRI,,,\nK2,2,01/01/2012,WBRI,,,\n"
            + "K3,1,01/01/2012,WBRI,,,\nK4,2,01/01/2012,WBRI,,,\nK5,1,01/01/2012,WBRI,,,\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("episodes.csv"), EPISODES + episodes, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("oc2.csv"), OC2 + oc2, StandardCharsets.UTF_8);
    return Ssda903CaseRecords.stream(dir, Ssda903ReturnTest.FY2024, InputLimits.defaults(), r -> {})
        .warnings()
        .stream()
        .filter(
            w ->
                w.problem().equals(ContinuousCohort.NOT_CONTINUOUS)
                    || w.problem().equals(ContinuousCohort.NO_OC2))
        .toList();
  }

  @Test
  void stream_warnsWhereOc2AndTheEpisodesDisagree_locatedWithoutIds(@TempDir Path dir)
      throws IOException {
    String episodes =
        // K1 in care from 1 April 2023, the first day of the year: 12 months at 31 March
        "K1,01/04/2023,S,C2,N1,U1,PR1,,,,,,\n"
            // K2 from 2 April 2023: not 12 months
            + "K2,02/04/2023,S,C2,N1,U1,PR1,,,,,,\n"
            // K3 for years, but under short breaks (V3) in the year
            + "K3,10/01/2020,S,V3,N1,U1,PR1,,,,,,\n"
            // K4 for years, no OC2 row
            + "K4,10/01/2020,S,C2,N1,U1,PR1,,,,,,\n"
            // K5 for years, left care on 31 March 2024: not open at 31 March
            + "K5,10/01/2020,S,C2,N1,U1,PR1,31/03/2024,E4A,,,,\n";
    String oc2 =
        "K1,01/01/2012,,,0,,1,1,1,0,,\nK2,01/01/2012,,,0,,1,1,1,0,,\n"
            + "K5,01/01/2012,,,0,,1,1,1,0,,\n";
    assertThat(cohortWarnings(dir, episodes, oc2))
        .extracting(w -> w.source().orElseThrow() + " " + w.row().orElseThrow() + " " + w.problem())
        .containsExactly(
            "oc2.csv 3 " + ContinuousCohort.NOT_CONTINUOUS,
            "oc2.csv 4 " + ContinuousCohort.NOT_CONTINUOUS,
            "episodes.csv 5 " + ContinuousCohort.NO_OC2);
    assertThat(cohortWarnings(dir, episodes, oc2).toString())
        .doesNotContain("K1", "K2", "K3", "K4", "K5", "2012");
  }

  @Test
  void stream_oc2AgreeingWithTheEpisodes_givesNoWarning(@TempDir Path dir) throws IOException {
    String episodes =
        "K1,01/04/2023,S,C2,N1,U1,PR1,,,,,,\n"
            + "K3,10/01/2020,S,V3,N1,U1,PR1,,,,,,\n"
            + "K4,10/01/2020,S,C2,N1,U1,PR1,01/06/2022,X1,,,,\n"
            + "K4,01/06/2022,P,C2,N1,U4,PR1,,,,,,\n";
    String oc2 = "K1,01/01/2012,,,0,,1,1,1,0,,\nK4,01/01/2012,,,0,,1,1,1,0,,\n";
    assertThat(cohortWarnings(dir, episodes, oc2)).isEmpty();
  }
}
