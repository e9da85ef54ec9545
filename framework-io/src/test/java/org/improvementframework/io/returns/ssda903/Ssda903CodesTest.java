package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;

class Ssda903CodesTest {

  private static final String OC3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n";

  private static List<ReadWarning> read(Ssda903Table table, String csv, int year) {
    List<ReadWarning> warnings = new ArrayList<>();
    List<Ssda903Row> rows = new ArrayList<>();
    Ssda903Reader.of(table, InputLimits.defaults(), year)
        .read(new StringReader(csv), "t.csv", rows::add, warnings::add)
        .forEach(
            p -> {
              throw p;
            });
    assertThat(rows).isNotEmpty();
    return warnings;
  }

  @Test
  void olderCode_isReadWithoutWarningInItsOwnYear_andWithOneNamingTheYearLater() {
    String f3 = OC3 + "L1,10/06/2001,YES,F3,U1\n";
    assertThat(read(Ssda903Table.OC3, f3, 2021)).isEmpty();
    assertThat(read(Ssda903Table.OC3, f3, 2024))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.problem())
                  .isEqualTo("code not in the 2023-24 list, listed 2016-17 to 2020-21");
              assertThat(w.text()).isEqualTo("F3");
              assertThat(w.column()).contains("ACTIV");
              assertThat(w.row()).hasValue(2);
            });
  }

  @Test
  void newerCode_isWarnedOfInAnEarlierYear() {
    String f4 = OC3 + "L1,10/06/2001,YES,F4,U1\n";
    assertThat(read(Ssda903Table.OC3, f4, 2022)).isEmpty();
    assertThat(read(Ssda903Table.OC3, f4, 2021))
        .extracting(ReadWarning::problem)
        .containsExactly("code not in the 2020-21 list, listed 2021-22 onward");
  }

  @Test
  void yearsBetweenKnownSchemas_takeTheEarlierSchemasList() {
    // E43 is in the 2017 schema and not in 2021's: valid 2016-17 to 2019-20
    assertThat(Ssda903Codes.years(Ssda903Table.EPISODES, "REC", "E43").orElseThrow().toString())
        .isEqualTo("2016-17 to 2019-20");
    assertThat(Ssda903Codes.codes(Ssda903Table.EPISODES, "REC", 2020)).contains("E43");
    assertThat(Ssda903Codes.codes(Ssda903Table.EPISODES, "REC", 2021)).doesNotContain("E43");
    // CUSTOD is first listed in 2021: not in 2019-20, in 2020-21
    assertThat(Ssda903Codes.codes(Ssda903Table.EPISODES, "REASON_PLACE_CHANGE", 2020))
        .doesNotContain("CUSTOD");
    assertThat(Ssda903Codes.codes(Ssda903Table.EPISODES, "REASON_PLACE_CHANGE", 2021))
        .contains("CUSTOD");
    // before the first and after the last known schema, the nearest list holds
    assertThat(Ssda903Codes.codes(Ssda903Table.OC3, "ACTIV", 2012))
        .isEqualTo(Ssda903Codes.codes(Ssda903Table.OC3, "ACTIV", 2017));
    assertThat(Ssda903Codes.codes(Ssda903Table.OC3, "ACTIV", 2026))
        .containsExactly("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");
  }

  @Test
  void unknownCode_namesTheYearsList() {
    assertThat(read(Ssda903Table.OC3, OC3 + "L1,10/06/2001,MAYBE,F1,U1\n", 2019))
        .extracting(ReadWarning::problem)
        .containsExactly("unknown code, not in the 2018-19 list");
  }

  @Test
  void everyCodeOfAYearsList_isAcceptedForThatYear() {
    qt().withExamples(200)
        .forAll(
            integers().between(2014, 2027),
            integers().between(0, Ssda903Table.values().length - 1),
            integers().between(0, 20))
        .checkAssert(
            (year, t, c) -> {
              Ssda903Table table = Ssda903Table.values()[t];
              List<Ssda903Column> columns = table.columns();
              Ssda903Column column = columns.get(c % columns.size());
              List<String> codes = Ssda903Codes.codes(table, column.name(), year);
              // a table's code lists are empty only in years before the table existed
              boolean tableExists = table != Ssda903Table.SOCIAL_WORKER || year >= 2024;
              if (column.kind() == Ssda903Column.Kind.CODE && tableExists) {
                assertThat(codes).isNotEmpty();
              }
              StringBuilder csv = new StringBuilder();
              csv.append(String.join(",", columns.stream().map(Ssda903Column::name).toList()));
              csv.append('\n');
              for (String code : codes) {
                List<String> cells = new ArrayList<>();
                for (Ssda903Column other : columns) {
                  cells.add(other == column ? code : valid(table, other, year));
                }
                csv.append(String.join(",", cells)).append('\n');
              }
              if (!codes.isEmpty()) {
                assertThat(read(table, csv.toString(), year)).isEmpty();
              }
            });
  }

  private static String valid(Ssda903Table table, Ssda903Column column, int year) {
    return switch (column.kind()) {
      case ID -> "K1";
      case DATE -> "01/01/2010";
      case INTEGER -> "1";
      case CODE -> Ssda903Codes.codes(table, column.name(), year).get(0);
      default -> "X";
    };
  }
}
