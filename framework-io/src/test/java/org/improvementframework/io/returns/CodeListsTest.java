package org.improvementframework.io.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeListsTest {

  private static final List<String> LINES =
      List.of(
          "# a comment, then a blank line",
          "",
          "table,column,code,first,last",
          "Episodes,LS,C1,2017,",
          "Episodes,LS,V1,2017,2020",
          "Episodes,LS,J3,2021,",
          "OC3,ACTIV,F1,2017, 2023 ");

  private static final CodeLists LISTS = CodeLists.parse(LINES, 2, 2017, 2024);

  @Test
  void parse_twoKeyColumns_namesListsByTableAndColumnInResourceOrder() {
    assertThat(LISTS.keys()).containsExactly("Episodes/LS", "OC3/ACTIV");
    assertThat(LISTS.codes("Episodes/LS", 2019)).containsExactly("C1", "V1");
    assertThat(LISTS.codes("Episodes/LS", 2021)).containsExactly("C1", "J3");
    assertThat(LISTS.codes("Episodes/LS", 2020)).containsExactly("C1", "V1");
    assertThat(LISTS.codes("OC3/ACTIV", 2024)).isEmpty();
    assertThat(LISTS.codes("none", 2024)).isEmpty();
    assertThat(LISTS.firstKnownYear()).isEqualTo(2017);
    assertThat(LISTS.latestKnownYear()).isEqualTo(2024);
  }

  @Test
  void years_listedAndUnlisted_giveTheRecordedYearsOrEmpty() {
    assertThat(LISTS.years("OC3/ACTIV", "F1"))
        .contains(new CodeLists.Years(2017, Optional.of(2023), 2017, 2024));
    assertThat(LISTS.years("OC3/ACTIV", "F1").orElseThrow().toString())
        .isEqualTo("2016-17 to 2022-23");
    assertThat(LISTS.years("Episodes/LS", "J3").orElseThrow().toString())
        .isEqualTo("2020-21 onward");
    assertThat(LISTS.years("Episodes/LS", "F1")).isEmpty();
    assertThat(LISTS.isListed("F1")).isTrue();
    assertThat(LISTS.isListed("f1")).isFalse();
  }

  @Test
  void contains_yearsOutsideTheKnownSchemas_takeTheNearestList() {
    CodeLists.Years v1 = LISTS.years("Episodes/LS", "V1").orElseThrow();
    CodeLists.Years j3 = LISTS.years("Episodes/LS", "J3").orElseThrow();

    assertThat(v1.contains(2010)).isTrue();
    assertThat(v1.contains(2016)).isTrue();
    assertThat(v1.contains(2020)).isTrue();
    assertThat(v1.contains(2021)).isFalse();
    assertThat(j3.contains(2020)).isFalse();
    assertThat(j3.contains(2030)).isTrue();
  }

  @Test
  void codes_anyYear_areExactlyTheCodesWhoseYearsContainIt() {
    qt().forAll(integers().between(2000, 2040))
        .checkAssert(
            y ->
                assertThat(LISTS.codes("Episodes/LS", y))
                    .containsExactlyElementsOf(
                        List.of("C1", "V1", "J3").stream()
                            .filter(c -> LISTS.years("Episodes/LS", c).orElseThrow().contains(y))
                            .toList()));
  }

  @Test
  void yearText_writesTheDfeForm() {
    assertThat(CodeLists.yearText(2024)).isEqualTo("2023-24");
    assertThat(CodeLists.yearText(2001)).isEqualTo("2000-01");
    assertThat(CodeLists.yearText(2100)).isEqualTo("2099-00");
  }

  @Test
  void parse_badRows_areRefusedNamingWhatIsWrong() {
    assertThatThrownBy(() -> CodeLists.parse(List.of("h", "Episodes,LS,C1"), 2, 2017, 2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a code list row needs 5 columns, found 3");
    assertThatThrownBy(() -> CodeLists.parse(List.of("h", "LS,C1,20x7,"), 1, 2017, 2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a collection year: '20x7'");
    assertThatThrownBy(() -> CodeLists.parse(List.of(), 0, 2017, 2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keyColumns must be at least 1, not 0");
    assertThatThrownBy(() -> new CodeLists.Years(2017, Optional.empty(), 2024, 2017))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latestKnown 2017 is before firstKnown 2024");
  }

  @Test
  void load_missingResource_isRefused() {
    assertThatThrownBy(() -> CodeLists.load(CodeLists.class, "none.csv", 1, 2017, 2024))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("none.csv is missing from the framework-io jar");
  }
}
