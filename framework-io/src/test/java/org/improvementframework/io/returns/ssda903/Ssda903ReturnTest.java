package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;
import org.junit.jupiter.api.Test;

class Ssda903ReturnTest {

  static final DateRange FY2024 = DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));

  static Path sample() {
    try {
      return Path.of(Ssda903ReturnTest.class.getResource("sample-2024").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readFolder_sampleWithTheDefectsOfRealFiles_readsEveryTableAndLocatesEachDefect() {
    Ssda903Return r = Ssda903Return.readFolder(sample(), InputLimits.defaults());
    // BOM, Windows line ends and trailing empty columns: all six children read, C5 once
    assertThat(r.rows(Ssda903Table.HEADER))
        .extracting(Ssda903Row::child)
        .containsExactly("C1", "C2", "C3", "C4", "C5");
    assertThat(r.rows(Ssda903Table.HEADER).get(4).date("DOB")).contains(LocalDate.of(2016, 8, 15));
    assertThat(r.rows(Ssda903Table.EPISODES)).hasSize(10);
    // the impossible date 31/02/2024 of C9 is a problem at its physical line
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().row()).hasValue(12);
              assertThat(p.location().column()).contains("DECOM");
              assertThat(p.getMessage()).doesNotContain("C9").doesNotContain("31/02");
            });
    assertThat(r.warnings())
        .extracting(ReadWarning::problem)
        .containsExactlyInAnyOrder(
            "not the CSV file of an SSDA903 table",
            "column not in the Episodes table",
            "code not in the 2023-24 list, listed 2016-17 to 2019-20",
            "code not in the 2023-24 list, listed 2016-17 to 2020-21",
            "Header rows of a child disagree in DOB (first at row 6)");
    assertThat(r.warnings())
        .filteredOn(w -> w.problem().startsWith("code not in"))
        .extracting(ReadWarning::text)
        .containsExactlyInAnyOrder("E43", "F3");
    assertThat(r.warnings())
        .allSatisfy(
            w ->
                assertThat(w.toString())
                    .doesNotContain("AB12CD")
                    .doesNotContain("15/08/2016")
                    .doesNotContain("16/08")
                    .doesNotContain("2016-08")
                    .doesNotContain("C5,"));
  }

  @Test
  void caseRecords_ofTheSample_followTheSpecificationsFields() {
    Ssda903CaseRecords c =
        Ssda903CaseRecords.from(Ssda903Return.readFolder(sample(), InputLimits.defaults()), FY2024);
    assertThat(c.periods())
        .contains(
            new LookedAfterPeriod(
                "C3",
                LocalDate.of(2010, 3, 3),
                LocalDate.of(2023, 5, 1),
                Optional.of(LocalDate.of(2024, 3, 31))));
    // C2's change of legal status (RNE L) does not start a placement
    assertThat(c.placements())
        .filteredOn(p -> p.childId().equals("C2"))
        .containsExactly(
            new Placement("C2", LocalDate.of(2020, 1, 15), Optional.empty(), "U1", false));
    assertThat(c.placements()).filteredOn(p -> p.childId().equals("C1")).hasSize(3);
    assertThat(c.placements())
        .filteredOn(p -> p.childId().equals("C5"))
        .allMatch(Placement::shortBreak);
    assertThat(c.adoptions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.enteredCare()).isEqualTo(LocalDate.of(2021, 2, 1));
              assertThat(a.placementOrder()).contains(LocalDate.of(2022, 6, 1));
              assertThat(a.matched()).contains(LocalDate.of(2022, 10, 1));
              assertThat(a.movedIn()).isEqualTo(LocalDate.of(2022, 11, 1));
              assertThat(a.adoptionOrder()).isEqualTo(LocalDate.of(2023, 8, 15));
            });
    assertThat(c.careLeavers()).extracting(CareLeaverActivity::age).containsExactly(19, 20, 21);
    assertThat(c.careLeavers().get(1).inTouch()).contains(CareLeaverActivity.InTouch.DIED);
    assertThat(c.missingEpisodes()).hasSize(1);
  }

  @Test
  void read_headerWithoutARequiredColumn_isALocatedError() {
    assertThatThrownBy(
            () ->
                Ssda903Reader.of(Ssda903Table.OC3, InputLimits.defaults())
                    .read(
                        new StringReader("CHILD,DOB,IN_TOUCH,ACCOM\nL1,01/01/2004,YES,U1\n"),
                        "oc3.csv",
                        r -> {},
                        w -> {}))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("oc3.csv")
        .hasMessageContaining("ACTIV");
  }

  @Test
  void read_unknownCode_isKeptWithAWarningNamingIt() {
    List<Ssda903Row> rows = new ArrayList<>();
    List<ReadWarning> warnings = new ArrayList<>();
    Ssda903Reader.of(Ssda903Table.MISSING, InputLimits.defaults())
        .read(
            new StringReader("child,dob,missing,mis_start,mis_end\nC1,2012-05-10,x,2023-07-01,\n"),
            "missing.csv",
            rows::add,
            warnings::add);
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.value("MISSING")).contains("X"));
    assertThat(warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.column()).contains("MISSING");
              assertThat(w.row()).hasValue(2);
              assertThat(w.text()).isEqualTo("X");
            });
  }

  @Test
  void location_ofEveryRowAndColumnOfTheSample_isItsFileLineAndColumn() {
    Ssda903Return r = Ssda903Return.readFolder(sample(), InputLimits.defaults());
    int rows = 0;
    for (Ssda903Table t : Ssda903Table.values()) {
      for (Ssda903Row row : r.rows(t)) {
        rows++;
        assertThat(row.location()).isEqualTo(InputLocation.ofCell(row.source(), row.row(), null));
        for (Ssda903Column c : t.columns()) {
          assertThat(row.location(c.name()))
              .isEqualTo(InputLocation.ofCell(row.source(), row.row(), c.name()));
        }
        assertThatThrownBy(() -> row.location("NO_SUCH_COLUMN"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no column NO_SUCH_COLUMN in table " + t.fileName());
      }
    }
    assertThat(rows).isGreaterThan(20);
    Ssda903Row first = r.rows(Ssda903Table.EPISODES).get(0);
    assertThat(first.location("DECOM").row()).hasValue(2);
    assertThat(first.location("DECOM").source()).hasValueSatisfying(s -> s.endsWith(".csv"));
  }

  @Test
  void ofFileName_matchesTheTableAtTheEndOfTheName() {
    assertThat(Ssda903Table.ofFileName("SSDA903_2024_Episodes.csv"))
        .contains(Ssda903Table.EPISODES);
    assertThat(Ssda903Table.ofFileName("placed_adoption.csv"))
        .contains(Ssda903Table.PLACED_ADOPTION);
    assertThat(Ssda903Table.ofFileName("notes.txt")).isEmpty();
  }
}
