package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.LookedAfterOutcomes;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The specification's fields derived at their edges, through the streaming reader: periods split
 * where they end, adoptions with and without foster carers, the first and last day of the
 * collection year, and each record that cannot be derived left out with a located warning.
 */
class Ssda903DerivationMutationTest {

  static final DateRange FY = Ssda903ReturnTest.FY2024;

  static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
  static final String EPISODES =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
          + "PL_POST,URN";
  static final String AD1 =
      "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";
  static final String OC2 =
      "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
          + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";

  /** Every record a sink received, in arrival order. */
  static final class All implements Ssda903CaseRecords.Sink {
    final List<Record> records = new ArrayList<>();

    @Override
    public void record(Record record) {
      records.add(record);
    }

    <T> List<T> of(Class<T> type) {
      return records.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  /** The records and summary of streaming a folder. */
  record Streamed(All all, Ssda903Summary summary) {
    List<String> warnings() {
      return summary.warnings().stream().map(Ssda903DerivationMutationTest::located).toList();
    }
  }

  static String located(ReadWarning w) {
    return w.source().orElse("?")
        + " "
        + (w.row().isPresent() ? w.row().getAsLong() : "-")
        + " "
        + w.column().orElse("-")
        + " "
        + w.problem();
  }

  /** Writes a table's file: its header line, then its rows. */
  static void write(Path dir, String file, String header, List<String> rows) {
    List<String> lines = new ArrayList<>(List.of(header));
    lines.addAll(rows);
    try {
      Files.write(dir.resolve(file), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String header(String child) {
    return child + ",1,01/01/2012,WBRI,,,";
  }

  static String episode(String child, String decom, String rne, String ls, String place) {
    return episode(child, decom, rne, ls, place, "", "");
  }

  static String episode(
      String child, String decom, String rne, String ls, String place, String dec, String rec) {
    return String.join(",", child, decom, rne, ls, "N1", place, "PR1", dec, rec, "", "", "", "");
  }

  static Streamed stream(Path dir, Ssda903CaseRecords.Children children) {
    All all = new All();
    Ssda903Summary s = Ssda903CaseRecords.stream(dir, FY, InputLimits.defaults(), children, all);
    return new Streamed(all, s);
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void periods_endWithAnEndingEpisode_andAReturnToCareStartsAnother(@TempDir Path dir) {
    write(dir, "header.csv", HEADER, List.of(header("K1")));
    write(
        dir,
        "episodes.csv",
        EPISODES,
        List.of(
            episode("K1", "01/05/2022", "S", "C2", "U1", "01/08/2022", "E4A"),
            episode("K1", "01/01/2023", "S", "C2", "U1", "01/06/2023", "X1"),
            episode("K1", "01/06/2023", "P", "C2", "U4")));
    Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    LocalDate dob = day(2012, 1, 1);
    assertThat(s.all().of(LookedAfterPeriod.class))
        .containsExactly(
            new LookedAfterPeriod("K1", dob, day(2022, 5, 1), Optional.of(day(2022, 8, 1))),
            new LookedAfterPeriod("K1", dob, day(2023, 1, 1), Optional.empty()));
    assertThat(s.all().of(Placement.class))
        .containsExactly(
            new Placement("K1", day(2022, 5, 1), Optional.of(day(2022, 8, 1)), "U1", false),
            new Placement("K1", day(2023, 1, 1), Optional.of(day(2023, 6, 1)), "U1", false),
            new Placement("K1", day(2023, 6, 1), Optional.empty(), "U4", false));
    assertThat(s.summary().warnings()).isEmpty();
    assertThat(s.summary().children()).isEqualTo(1);
  }

  @Test
  void children_withoutAHeaderRow_areLeftOutWithAWarningAtTheirFirstEpisode(@TempDir Path dir) {
    write(dir, "header.csv", HEADER, List.of(header("K1"), header("K2")));
    write(
        dir,
        "episodes.csv",
        EPISODES,
        List.of(
            episode("K1", "01/05/2023", "S", "C2", "U1"),
            episode("K9", "01/06/2023", "S", "C2", "U1"),
            episode("K9", "01/07/2023", "P", "C2", "U4")));
    Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    assertThat(s.all().of(LookedAfterPeriod.class))
        .extracting(LookedAfterPeriod::childId)
        .containsExactly("K1");
    assertThat(s.all().of(Placement.class)).extracting(Placement::childId).containsExactly("K1");
    assertThat(s.warnings())
        .containsExactly("episodes.csv 3 CHILD a child with episodes but no Header row");
    // K1, K2 and K9: every child met in Header and Episodes rows
    assertThat(s.summary().children()).isEqualTo(3);
    assertThat(s.summary().toString()).contains("3 children").doesNotContain("K9");
  }

  @Test
  void warningsOfDeriving_overTheCap_areCountedIntoOneSummaryAtNoFile(@TempDir Path dir) {
    int children = 1_003;
    List<String> episodes = new ArrayList<>();
    for (int c = 0; c < children; c++) {
      episodes.add(episode("K" + c, "01/05/2023", "S", "C2", "U1"));
    }
    write(dir, "header.csv", HEADER, List.of());
    write(dir, "episodes.csv", EPISODES, episodes);
    Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    assertThat(s.summary().warnings()).hasSize(1_001);
    assertThat(s.summary().warnings().get(999).row()).hasValue(1_001);
    ReadWarning summary = s.summary().warnings().get(1_000);
    assertThat(summary.problem())
        .isEqualTo(
            "3 more warnings not kept, by kind: 'a child with episodes but no Header row' 3");
    assertThat(summary.location().isUnknown()).isTrue();
    assertThat(s.summary().children()).isEqualTo(children);
  }

  @Test
  void adoptions_fromAFosterPlacementWithTheAdopters_orWithoutOne(@TempDir Path dir) {
    write(dir, "header.csv", HEADER, List.of(header("K1"), header("K2"), header("K4")));
    write(dir, "ad1.csv", AD1, List.of("K1,01/01/2012,01/09/2022,01/10/2022,1,2,MF,L0"));
    List<String> episodes = new ArrayList<>();
    for (String child : List.of("K1", "K2", "K4")) {
      episodes.add(episode(child, "01/02/2021", "S", "C2", "U1", "01/03/2021", "X1"));
      // a new placement, with the carers who will adopt
      episodes.add(episode(child, "01/03/2021", "P", "C2", "U4", "01/06/2022", "X1"));
      // the placement order: a change of legal status only, the placement goes on
      episodes.add(episode(child, "01/06/2022", "L", "E1", "U4", "01/11/2022", "X1"));
    }
    // K1 placed for adoption with its foster carers (A3), adopted (E11)
    episodes.add(episode("K1", "01/11/2022", "P", "E1", "A3", "15/08/2023", "E11"));
    // K2 placed for adoption with other adopters (A5), adopted (E12)
    episodes.add(episode("K2", "01/11/2022", "P", "E1", "A5", "15/08/2023", "E12"));
    // K4 placed with its foster carers (A4), but the period ends otherwise (E13)
    episodes.add(episode("K4", "01/11/2022", "P", "E1", "A4", "15/08/2023", "E13"));
    write(dir, "episodes.csv", EPISODES, episodes);
    Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    assertThat(s.all().of(Adoption.class))
        .containsExactly(
            new Adoption(
                "K1",
                day(2021, 2, 1),
                Optional.of(day(2021, 3, 1)),
                Optional.of(day(2022, 6, 1)),
                Optional.of(day(2022, 10, 1)),
                day(2022, 11, 1),
                day(2023, 8, 15)),
            new Adoption(
                "K2",
                day(2021, 2, 1),
                Optional.empty(),
                Optional.of(day(2022, 6, 1)),
                Optional.empty(),
                day(2022, 11, 1),
                day(2023, 8, 15)));
    assertThat(s.all().of(Placement.class))
        .filteredOn(p -> p.childId().equals("K1"))
        .extracting(Placement::start, Placement::end)
        .containsExactly(
            tuple(day(2021, 2, 1), Optional.of(day(2021, 3, 1))),
            tuple(day(2021, 3, 1), Optional.of(day(2022, 11, 1))),
            tuple(day(2022, 11, 1), Optional.of(day(2023, 8, 15))));
    assertThat(s.summary().warnings()).isEmpty();
  }

  @Test
  void adoptions_thatCannotBeDerived_areLeftOutWithAWarningAtTheirCell(@TempDir Path dir) {
    write(dir, "header.csv", HEADER, List.of(header("K3"), header("K5"), header("K6")));
    write(
        dir,
        "episodes.csv",
        EPISODES,
        List.of(
            // adopted, but never placed for adoption
            episode("K3", "01/02/2021", "S", "C2", "U1", "15/08/2023", "E11"),
            // adopted the month before the episode placing the child for adoption began
            episode("K5", "01/02/2021", "S", "C2", "U1", "01/08/2023", "X1"),
            episode("K5", "01/08/2023", "P", "E1", "A5", "01/07/2023", "E11"),
            // an episode ceasing before it began, the child's only one
            episode("K6", "01/06/2023", "S", "C2", "U1", "01/05/2023", "E4A")));
    Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    assertThat(s.all().of(Adoption.class)).isEmpty();
    assertThat(s.all().of(LookedAfterPeriod.class))
        .extracting(LookedAfterPeriod::childId)
        .containsExactly("K3", "K5");
    assertThat(s.all().of(Placement.class))
        .extracting(Placement::childId)
        .containsExactly("K3", "K5");
    assertThat(s.warnings())
        .containsExactly(
            "episodes.csv 2 PLACE adopted without an episode placed for adoption (A3 to A6)",
            "episodes.csv 4 DEC placement ending before it began",
            "episodes.csv 4 DECOM adoption dates out of order",
            "episodes.csv 5 DEC episode ceasing before its period of care began");
    assertThat(s.summary().warnings().toString()).doesNotContain("K3", "K5", "K6", "2023");
  }

  @Test
  void lookedAfterInYear_includesPeriodsOnTheFirstAndLastDayOfTheYearOnly(@TempDir Path dir) {
    write(
        dir, "header.csv", HEADER, List.of(header("L1"), header("L2"), header("L3"), header("L4")));
    write(
        dir,
        "episodes.csv",
        EPISODES,
        List.of(
            // begins on the last day of the year
            episode("L1", "31/03/2024", "S", "C2", "U1"),
            // begins the day after it
            episode("L2", "01/04/2024", "S", "C2", "U1"),
            // ends on the first day of the year
            episode("L3", "01/01/2023", "S", "C2", "U1", "01/04/2023", "E4A"),
            // ends the day before it
            episode("L4", "01/01/2023", "S", "C2", "U1", "31/03/2023", "E4A")));

    assertThat(stream(dir, Ssda903CaseRecords.Children.ALL).all().of(LookedAfterPeriod.class))
        .extracting(LookedAfterPeriod::childId)
        .containsExactly("L1", "L2", "L3", "L4");
    Streamed inYear = stream(dir, Ssda903CaseRecords.Children.LOOKED_AFTER_IN_YEAR);
    assertThat(inYear.all().of(LookedAfterPeriod.class))
        .extracting(LookedAfterPeriod::childId)
        .containsExactly("L1", "L3");
    assertThat(inYear.all().of(Placement.class))
        .extracting(Placement::childId)
        .containsExactly("L1", "L3");
  }

  @Test
  void cohort_shortBreaksOnTheYearsEdges_takeAChildOutOfTheTwelveMonths(@TempDir Path dir) {
    List<String> children = List.of("M1", "M2", "M3", "M4", "M5");
    write(dir, "header.csv", HEADER, children.stream().map(c -> header(c)).toList());
    write(
        dir,
        "episodes.csv",
        EPISODES,
        List.of(
            // a short break from the last day of the year: not continuous
            episode("M1", "10/01/2020", "S", "C2", "U1", "31/03/2024", "X1"),
            episode("M1", "31/03/2024", "L", "V3", "U1"),
            // short breaks ending on the first day of the year: not continuous
            episode("M2", "10/01/2020", "S", "V3", "U1", "01/04/2023", "X1"),
            episode("M2", "01/04/2023", "L", "C2", "U1"),
            // short breaks still open: not continuous
            episode("M3", "10/01/2020", "S", "V4", "U1"),
            // short breaks ending the day before the year: continuous
            episode("M4", "10/01/2020", "S", "V3", "U1", "31/03/2023", "X1"),
            episode("M4", "31/03/2023", "L", "C2", "U1"),
            // short breaks from the day after the year: continuous
            episode("M5", "10/01/2020", "S", "C2", "U1", "01/04/2024", "X1"),
            episode("M5", "01/04/2024", "L", "V3", "U1")));
    write(
        dir,
        "oc2.csv",
        OC2,
        List.of(
            "M1,01/01/2012,,,0,,1,1,1,0,,",
            "M2,01/01/2012,,,0,,1,1,1,0,,",
            "M3,01/01/2012,,,0,,1,1,1,0,,"));
    Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    assertThat(s.warnings())
        .containsExactly(
            "oc2.csv 2 CHILD " + ContinuousCohort.NOT_CONTINUOUS,
            "oc2.csv 3 CHILD " + ContinuousCohort.NOT_CONTINUOUS,
            "oc2.csv 4 CHILD " + ContinuousCohort.NOT_CONTINUOUS,
            "episodes.csv 7 CHILD " + ContinuousCohort.NO_OC2,
            "episodes.csv 9 CHILD " + ContinuousCohort.NO_OC2);
  }

  @Test
  void careLeavers_onTheir17thTo21stBirthdayInTheYear_andOthersWarned(@TempDir Path dir) {
    write(
        dir,
        "oc3.csv",
        "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM",
        List.of(
            // 17 on the first day of the year
            "N1,01/04/2006,YES,F1,S1",
            // 21 on its last day
            "N2,31/03/2003,NO,0,0",
            // 21 on its first day
            "N3,01/04/2002,YES,P2,B1",
            // 17 the day after it: too young
            "N4,01/04/2007,YES,F1,S1",
            // 21 the day before it: too old
            "N5,31/03/2002,YES,F1,S1"));
    Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    assertThat(s.all().of(CareLeaverActivity.class))
        .extracting(
            CareLeaverActivity::childId, CareLeaverActivity::age, CareLeaverActivity::birthday)
        .containsExactly(
            tuple("N1", 17, day(2023, 4, 1)),
            tuple("N2", 21, day(2024, 3, 31)),
            tuple("N3", 21, day(2023, 4, 1)));
    assertThat(s.warnings())
        .containsExactly(
            "oc3.csv 5 DOB no 17th to 21st birthday in the collection year",
            "oc3.csv 6 DOB no 17th to 21st birthday in the collection year");
  }

  @Test
  void outcomes_scoresFrom0To40_areKept_andOneBeyondIsWarnedAtItsCell(@TempDir Path dir) {
    write(
        dir,
        "oc2.csv",
        OC2,
        List.of(
            "Q1,01/01/2012,0,,,,,,,,,",
            "Q2,01/01/2012,40,,,,,,,,,",
            "Q3,01/01/2012,41,,,,,,,,,",
            "Q4,01/01/2012,-1,,,,,,,,,"));
    Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    assertThat(s.all().of(LookedAfterOutcomes.class))
        .extracting(LookedAfterOutcomes::childId, LookedAfterOutcomes::sdqScore)
        .containsExactly(tuple("Q1", Optional.of(0)), tuple("Q2", Optional.of(40)));
    assertThat(s.warnings())
        .containsExactly(
            "oc2.csv 4 SDQ_SCORE an SDQ score outside 0 to 40",
            "oc2.csv 5 SDQ_SCORE an SDQ score outside 0 to 40");
  }

  @Test
  void missingEpisodes_areTheRowsMarkedMissing_andOneEndingBeforeItStartsIsWarned(
      @TempDir Path dir) {
    write(
        dir,
        "missing.csv",
        "CHILD,DOB,MISSING,MIS_START,MIS_END",
        List.of(
            "P1,01/01/2012,M,01/07/2023,02/07/2023",
            // away from placement without authorisation: not missing
            "P1,01/01/2012,A,05/07/2023,",
            "P2,01/01/2012,M,10/07/2023,",
            "P3,01/01/2012,M,10/07/2023,09/07/2023"));
    Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    assertThat(s.all().of(MissingEpisode.class))
        .containsExactly(
            new MissingEpisode(
                "P1", day(2023, 7, 1), Optional.of(day(2023, 7, 2)), false, Optional.empty()),
            new MissingEpisode("P2", day(2023, 7, 10), Optional.empty(), false, Optional.empty()));
    assertThat(s.warnings())
        .containsExactly("missing.csv 5 MIS_END missing episode ending before it started");
  }
}
