package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.improvementframework.io.returns.ssda903.Ssda903Column.Kind;
import org.junit.jupiter.api.Test;

/** The tables' columns, read from their resource, against the DfE guide's CSV headers. */
class Ssda903ColumnsTest {

  /** The first row of each table's CSV file, as the DfE's technical specification gives it. */
  private static final Map<Ssda903Table, String> GUIDE = new EnumMap<>(Ssda903Table.class);

  static {
    GUIDE.put(Ssda903Table.HEADER, "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
    GUIDE.put(
        Ssda903Table.EPISODES,
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
            + "PL_POST,URN");
    GUIDE.put(Ssda903Table.UASC, "CHILD,SEX,DOB,DUC");
    GUIDE.put(Ssda903Table.REVIEWS, "CHILD,DOB,REVIEW,REVIEW_CODE");
    GUIDE.put(
        Ssda903Table.AD1,
        "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
    GUIDE.put(
        Ssda903Table.PLACED_ADOPTION,
        "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED");
    GUIDE.put(Ssda903Table.PREV_PERM, "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM");
    GUIDE.put(
        Ssda903Table.OC2,
        "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
            + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED");
    GUIDE.put(Ssda903Table.OC3, "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
    GUIDE.put(Ssda903Table.MISSING, "CHILD,DOB,MISSING,MIS_START,MIS_END");
    GUIDE.put(Ssda903Table.SOCIAL_WORKER, "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON");
  }

  private static List<String> resource() throws IOException {
    try (InputStream in = Ssda903Columns.class.getResourceAsStream(Ssda903Columns.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static Ssda903Column column(Ssda903Table t, String name) {
    return t.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void columns_ofEveryTable_areTheGuidesCsvHeaderInOrder() {
    for (Ssda903Table t : Ssda903Table.values()) {
      assertThat(String.join(",", t.columns().stream().map(Ssda903Column::name).toList()))
          .as(t.fileName())
          .isEqualTo(GUIDE.get(t));
      assertThat(t.columns().get(0)).isEqualTo(column(t, "CHILD"));
      assertThat(t.columns().get(0).kind()).isEqualTo(Kind.ID);
      assertThat(t.columns().get(0).required()).isTrue();
    }
  }

  @Test
  void columns_kindAndNeed_asTheSpecificationDefinesThem() {
    assertThat(column(Ssda903Table.EPISODES, "DECOM"))
        .isEqualTo(new Ssda903Column("DECOM", Kind.DATE, true, Set.of(), Set.of()));
    assertThat(column(Ssda903Table.EPISODES, "DEC"))
        .isEqualTo(new Ssda903Column("DEC", Kind.DATE, false, Set.of(), Set.of()));
    assertThat(column(Ssda903Table.EPISODES, "URN"))
        .isEqualTo(new Ssda903Column("URN", Kind.TEXT, false, Set.of(), Set.of()));
    assertThat(column(Ssda903Table.AD1, "NB_ADOPTR").kind()).isEqualTo(Kind.INTEGER);
    assertThat(column(Ssda903Table.AD1, "NB_ADOPTR").required()).isTrue();
    assertThat(column(Ssda903Table.OC2, "SDQ_SCORE").required()).isFalse();
    assertThat(column(Ssda903Table.SOCIAL_WORKER, "SW_ID").kind()).isEqualTo(Kind.TEXT);
    assertThat(column(Ssda903Table.HEADER, "SEX").codes()).containsExactlyInAnyOrder("1", "2");
  }

  @Test
  void codes_ofEveryCodedColumn_areTheLatestYearsAndOlderOnlyTheEarlierYearsNothingLost() {
    Set<String> withOlder = new HashSet<>();
    for (Ssda903Table t : Ssda903Table.values()) {
      for (Ssda903Column c : t.columns()) {
        if (c.kind() != Kind.CODE) {
          assertThat(c.codes()).isEmpty();
          assertThat(c.olderCodes()).isEmpty();
          continue;
        }
        assertThat(c.codes())
            .containsExactlyInAnyOrderElementsOf(
                Ssda903Codes.codes(t, c.name(), Ssda903Codes.LATEST_KNOWN_YEAR));
        assertThat(c.olderCodes()).doesNotContainAnyElementsOf(c.codes());
        for (int y = Ssda903Codes.FIRST_KNOWN_YEAR; y <= Ssda903Codes.LATEST_KNOWN_YEAR; y++) {
          List<String> listed = Ssda903Codes.codes(t, c.name(), y);
          assertThat(listed)
              .allMatch(code -> c.codes().contains(code) || c.olderCodes().contains(code));
        }
        if (!c.olderCodes().isEmpty()) {
          withOlder.add(t.fileName() + "/" + c.name());
        }
      }
    }
    assertThat(withOlder).containsExactlyInAnyOrder("Episodes/REC", "OC3/ACTIV");
    assertThat(column(Ssda903Table.EPISODES, "REC").olderCodes())
        .containsExactlyInAnyOrder("E43", "E44");
    assertThat(column(Ssda903Table.OC3, "ACTIV").olderCodes())
        .containsExactlyInAnyOrder("F3", "P3");
  }

  @Test
  void parse_theResource_givesTheTablesColumns() throws IOException {
    Map<Ssda903Table, List<Ssda903Column>> parsed = Ssda903Columns.parse(resource());
    for (Ssda903Table t : Ssda903Table.values()) {
      assertThat(parsed.get(t)).isEqualTo(t.columns());
    }
  }

  @Test
  void parse_anyBrokenRow_isRefusedNamingItsLineAndWhatWasExpected() throws IOException {
    List<String> lines = resource();
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("#") && !lines.get(i).startsWith("table,")) {
        rows.add(i);
      }
    }
    String[] expected = {
      "a table name as the specification writes it, such as Episodes",
      "a kind: id, date, code, text or integer",
      "a need: required or optional",
      "4 fields (table,column,kind,need), found 5"
    };
    qt().forAll(integers().between(0, rows.size() - 1), integers().between(0, 3))
        .checkAssert(
            (k, how) -> {
              int at = rows.get(k);
              String[] f = lines.get(at).split(",", -1);
              String broken =
                  switch (how) {
                    case 0 -> "Episode," + f[1] + "," + f[2] + "," + f[3];
                    case 1 -> f[0] + "," + f[1] + ",number," + f[3];
                    case 2 -> f[0] + "," + f[1] + "," + f[2] + ",yes";
                    default -> lines.get(at) + ",";
                  };
              List<String> copy = new ArrayList<>(lines);
              copy.set(at, broken);
              assertThatThrownBy(() -> Ssda903Columns.parse(copy))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessage(
                      "ssda903-columns.csv line " + (at + 1) + ": expected " + expected[how]);
            });
  }

  @Test
  void load_aTableNamedTwoWays_isRefused() {
    List<String> lines =
        List.of("table,column,kind,need", "UASC,CHILD,id,required", "Uasc,DOB,date,required");
    assertThatThrownBy(() -> Ssda903Columns.names(lines))
        .hasMessage(
            "ssda903-columns.csv line 3: expected the table's name as its first row writes it,"
                + " UASC");
  }

  @Test
  void parse_aTableWithoutColumnsOrWithoutTheIdFirst_isRefused() throws IOException {
    List<String> lines = new ArrayList<>(resource());
    lines.removeIf(l -> l.startsWith("UASC,"));
    assertThatThrownBy(() -> Ssda903Columns.parse(lines))
        .hasMessage("ssda903-columns.csv: table UASC must have columns, the id (CHILD) first");
    List<String> idLast = new ArrayList<>(resource());
    idLast.remove("Reviews,CHILD,id,required");
    idLast.add("Reviews,CHILD,id,required");
    assertThatThrownBy(() -> Ssda903Columns.parse(idLast))
        .hasMessage("ssda903-columns.csv: table Reviews must have columns, the id (CHILD) first");
  }
}
