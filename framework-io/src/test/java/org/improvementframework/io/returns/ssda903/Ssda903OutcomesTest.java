package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.casework.LookedAfterOutcomes;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OC2 and UASC rows as records: both ways in, with the defects real files have. */
class Ssda903OutcomesTest {

  private static final String OC2 =
      "\uFEFFCHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
          + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED,,\r\n"
          + "A1,10/05/2012,14,,1,,1,1,1,0,,,,\r\n"
          // a lower-case reason, a code 2 where 0 or 1 is expected, ISO date
          + "A2,2015-02-01,,sdq4,2,,1,0,1,0,,,,\r\n"
          + "A3,03/03/2011,45,,0,,1,1,0,0,,,,\r\n";

  /** The outcomes of the first OC2 row. */
  static final LookedAfterOutcomes A1 =
      new LookedAfterOutcomes(
          "A1",
          LocalDate.of(2012, 5, 10),
          Optional.of(true),
          Optional.of(true),
          Optional.of(true),
          Optional.of(true),
          Optional.empty(),
          Optional.of(false),
          Optional.of(14));

  private static Path folder(Path dir) throws IOException {
    Files.writeString(dir.resolve("SSDA903_OC2.csv"), OC2, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("uasc.csv"), "CHILD,SEX,DOB,DUC\nA2,1,01/02/2015,\nA2,1,01/02/2015,\n");
    return dir;
  }

  @Test
  void from_mapsEachOc2RowAndWarnsOfAScoreOutside0To40(@TempDir Path dir) throws IOException {
    Ssda903Return r = Ssda903Return.readFolder(folder(dir), InputLimits.defaults());
    Ssda903CaseRecords c = Ssda903CaseRecords.from(r, Ssda903ReturnTest.FY2024);
    assertThat(c.outcomes())
        .containsExactly(
            A1,
            new LookedAfterOutcomes(
                "A2",
                LocalDate.of(2015, 2, 1),
                Optional.empty(),
                Optional.of(true),
                Optional.of(true),
                Optional.of(false),
                Optional.empty(),
                Optional.of(false),
                Optional.empty()));
    assertThat(c.unaccompanied()).containsExactly("A2");
    // the code 2 is the reader's warning; the score 45 the derivation's, at its cell
    assertThat(r.warnings())
        .extracting(ReadWarning::problem)
        .containsExactly("unknown code, not in the 2023-24 list");
    assertThat(c.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.problem()).isEqualTo("an SDQ score outside 0 to 40");
              assertThat(w.location().row()).hasValue(4);
              assertThat(w.location().column()).contains("SDQ_SCORE");
              assertThat(w.toString()).doesNotContain("A3").doesNotContain("2011");
            });
  }

  @Test
  void stream_givesTheOutcomesOfReadingItWhole(@TempDir Path dir) throws IOException {
    Path f = folder(dir);
    Ssda903CaseRecords whole =
        Ssda903CaseRecords.from(
            Ssda903Return.readFolder(f, InputLimits.defaults()), Ssda903ReturnTest.FY2024);
    List<LookedAfterOutcomes> outcomes = new ArrayList<>();
    List<String> uasc = new ArrayList<>();
    Ssda903Summary s =
        Ssda903CaseRecords.stream(
            f,
            Ssda903ReturnTest.FY2024,
            InputLimits.defaults(),
            Ssda903CaseRecords.Sink.builder()
                .on(LookedAfterOutcomes.class, outcomes::add)
                .unaccompanied(uasc::add)
                .build());
    assertThat(outcomes).containsExactlyElementsOf(whole.outcomes());
    // the stream gives every UASC row; the kept list holds each child once
    assertThat(uasc).containsExactly("A2", "A2");
    assertThat(s.rows(Ssda903Table.OC2)).isEqualTo(3);
    assertThat(s.warnings()).hasSize(2);
  }

  @Test
  void otherwise_catchesEveryRecordWithoutAHandlerOfItsType(@TempDir Path dir) throws IOException {
    List<Record> all = new ArrayList<>();
    Ssda903CaseRecords.stream(
        folder(dir),
        Ssda903ReturnTest.FY2024,
        InputLimits.defaults(),
        Ssda903CaseRecords.Sink.builder()
            .on(LookedAfterPeriod.class, p -> {})
            .otherwise(all::add)
            .build());
    assertThat(all).hasSize(2).allMatch(LookedAfterOutcomes.class::isInstance);
  }
}
