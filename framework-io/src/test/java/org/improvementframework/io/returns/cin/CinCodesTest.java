package org.improvementframework.io.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.CodeLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class CinCodesTest {

  private static final String FILE = "cin-2021-codes.xml";

  private static CinCensus file(int year) {
    InputStream in = CinCodesTest.class.getResourceAsStream(FILE);
    return year == 0
        ? CinCensus.read(in, FILE, InputLimits.defaults())
        : CinCensus.read(in, FILE, InputLimits.defaults(), year);
  }

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "AssessmentFactors, 18A, 2017-18 to 2019-20",
    "AssessmentFactors, 19A, 2017-18 to 2019-20",
    "AssessmentFactors, 18B, 2020-21 onward",
    "AssessmentFactors, 19C, 2020-21 onward",
    "AssessmentFactors, 24A, 2021-22 onward",
    "AssessmentFactors, 23A, 2017-18 onward",
    "ICPCnotRequired, TRUE, 2017-18 to 2020-21",
    "ReferralNFA, true, 2017-18 onward",
    "ReasonForClosure, RC8, 2017-18 onward",
    "PrimaryNeedCode, N0, 2017-18 onward",
    "ReferralSource, 10, 2017-18 onward",
    "LatestCategoryOfAbuse, MUL, 2017-18 onward",
    "Disability, DDA, 2017-18 onward",
    "UPNunknown, UN7, 2017-18 onward",
  })
  void years_ofCodesThatChangedBetweenSchemas_areTheTranscribedOnes(
      String element, String code, String years) {
    assertThat(CinCodes.years(element, code)).map(Object::toString).contains(years);
  }

  @Test
  void codes_countPerElement_matchTheSchemas() {
    Map<String, Integer> in2022 =
        Map.ofEntries(
            Map.entry("GenderCurrent", 4),
            Map.entry("UPNunknown", 7),
            Map.entry("Ethnicity", 20),
            Map.entry("Disability", 13),
            Map.entry("ReferralSource", 21),
            Map.entry("PrimaryNeedCode", 10),
            Map.entry("ReasonForClosure", 8),
            Map.entry("InitialCategoryOfAbuse", 5),
            Map.entry("LatestCategoryOfAbuse", 5),
            Map.entry("AssessmentFactors", 42),
            Map.entry("ReferralNFA", 4),
            Map.entry("ICPCnotRequired", 4));
    assertThat(CinCodes.elements()).containsExactlyInAnyOrderElementsOf(in2022.keySet());
    in2022.forEach((e, n) -> assertThat(CinCodes.codes(e, 2022)).as(e).hasSize(n));
    assertThat(CinCodes.codes("AssessmentFactors", 2018)).hasSize(39).contains("18A", "19A");
    assertThat(CinCodes.codes("AssessmentFactors", 2021)).hasSize(41).doesNotContain("24A");
    assertThat(CinCodes.codes("ReferralNFA", 2021))
        .containsExactly("true", "false", "0", "1", "TRUE", "FALSE");
  }

  @Test
  void years_outsideTheKnownSchemas_takeTheNearestList() {
    CodeLists.Years factor18a = CinCodes.years("AssessmentFactors", "18A").orElseThrow();
    assertThat(factor18a.contains(2010)).isTrue();
    assertThat(factor18a.contains(2019)).isTrue();
    assertThat(factor18a.contains(2021)).isFalse();
    assertThat(CinCodes.years("AssessmentFactors", "24A").orElseThrow().contains(2030)).isTrue();
    assertThat(CinCodes.years("AssessmentFactors", "24a")).isEmpty();
    assertThat(CinCodes.years("NoSuchElement", "1A")).isEmpty();
  }

  @Test
  void read_realisticFileOf2021_warnsOfEachCodeTheYearLacks_locatedWithoutIds() {
    CinCensus c = file(0);
    assertThat(c.codeYear()).isEqualTo(2021);
    assertThat(c.problems()).isEmpty();
    assertThat(c.warnings())
        .extracting(w -> w.column().orElseThrow() + " | " + w.problem() + " | " + w.text())
        .containsExactly(
            "/Message/Children/Child[1]/CINdetails/Assessments/FactorsIdentifiedAtAssessment/"
                + "AssessmentFactors | code not in the 2020-21 list of AssessmentFactors, listed "
                + "2021-22 onward | 24A",
            "/Message/Children/Child[1]/CINdetails/Assessments/FactorsIdentifiedAtAssessment/"
                + "AssessmentFactors | unknown code, not in the 2020-21 list of AssessmentFactors"
                + " | ",
            "/Message/Children/Child[1]/CINdetails/ChildProtectionPlans/LatestCategoryOfAbuse"
                + " | unknown code, not in the 2020-21 list of LatestCategoryOfAbuse | ",
            "/Message/Children/Child[2]/CINdetails/ReferralSource | unknown code, not in the "
                + "2020-21 list of ReferralSource | ",
            "/Message/Children/Child[2]/CINdetails/PrimaryNeedCode | unknown code, not in the "
                + "2020-21 list of PrimaryNeedCode | ",
            "/Message/Children/Child[2]/CINdetails/Assessments/FactorsIdentifiedAtAssessment/"
                + "AssessmentFactors | code not in the 2020-21 list of AssessmentFactors, listed "
                + "2017-18 to 2019-20 | 18A",
            "/Message/Children/Child[2]/CINdetails/Assessments/FactorsIdentifiedAtAssessment/"
                + "AssessmentFactors | unknown code, not in the 2020-21 list of AssessmentFactors"
                + " | ");
    assertThat(c.warnings()).allSatisfy(w -> assertThat(w.source()).contains(FILE));
    assertThat(c.warnings()).allSatisfy(w -> assertThat(w.location().line()).isPresent());
    // the second child's id typed as a factor, and the dates, are never shown
    assertThat(c.warnings().toString())
        .doesNotContain("INV00", "2020-06-1", "2014-02-03", "2019-10-30");
    assertThat(c.referralCount()).isEqualTo(2);
  }

  @Test
  void read_withAnotherYearGiven_checksAgainstThatYearAndSaysTheHeaderDiffers() {
    CinCensus c = file(2022);
    assertThat(c.codeYear()).isEqualTo(2022);
    assertThat(c.warnings())
        .extracting(ReadWarning::problem)
        .containsExactly(
            "the header names collection year 2020-21, not the year given",
            "unknown code, not in the 2021-22 list of AssessmentFactors",
            "code not in the 2021-22 list of ICPCnotRequired, listed 2017-18 to 2020-21",
            "unknown code, not in the 2021-22 list of LatestCategoryOfAbuse",
            "unknown code, not in the 2021-22 list of ReferralSource",
            "unknown code, not in the 2021-22 list of PrimaryNeedCode",
            "code not in the 2021-22 list of AssessmentFactors, listed 2017-18 to 2019-20",
            "unknown code, not in the 2021-22 list of AssessmentFactors");
    assertThat(c.referrals()).isEqualTo(file(0).referrals());
  }

  @Test
  void read_withoutHeaderYear_takesTheReferenceDateOrWarnsOnceAndTakesTheLatestList() {
    String child =
        "<Child><ChildIdentifiers><LAchildID>Q1</LAchildID><GenderCurrent>1</GenderCurrent>"
            + "</ChildIdentifiers><CINdetails><CINreferralDate>2017-05-01</CINreferralDate>"
            + "<AssessmentFactors>18A</AssessmentFactors></CINdetails></Child>";
    CinCensus byDate =
        CinCensus.read(
            bytes(
                "<Message><Header><CollectionDetails><ReferenceDate>2018-03-31</ReferenceDate>"
                    + "</CollectionDetails></Header><Children>"
                    + child
                    + "</Children></Message>"),
            "c.xml",
            InputLimits.defaults());
    assertThat(byDate.codeYear()).isEqualTo(2018);
    assertThat(byDate.warnings()).isEmpty();
    CinCensus none =
        CinCensus.read(
            bytes("<Message><Children>" + child + child + "</Children></Message>"),
            "c.xml",
            InputLimits.defaults());
    assertThat(none.codeYear()).isEqualTo(CinCodes.LATEST_KNOWN_YEAR);
    assertThat(none.warnings())
        .extracting(ReadWarning::problem)
        .containsExactly(
            "no collection year (header Year or ReferenceDate) before the first child",
            "code not in the 2021-22 list of AssessmentFactors, listed 2017-18 to 2019-20",
            "code not in the 2021-22 list of AssessmentFactors, listed 2017-18 to 2019-20");
  }

  @Test
  void read_yearNotPositive_isRefused() {
    assertThatThrownBy(
            () -> CinCensus.read(bytes("<Message/>"), "c.xml", InputLimits.defaults(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year");
  }

  /** A coded element and the text written in it. */
  private record Coded(String element, String code) {}

  private static Gen<Coded> coded() {
    List<String> elements = List.copyOf(CinCodes.elements());
    List<String> odd = List.of("n1", "RC9", "19D", "ZZ", "TRUE", "Yes", "CHILD77", "01/02/2015");
    return integers()
        .between(0, elements.size() - 1)
        .zip(
            integers().between(0, 60),
            (e, i) -> {
              String element = elements.get(e);
              List<String> listed = CinCodes.codes(element, 2018);
              List<String> all = new ArrayList<>(listed);
              CinCodes.codes(element, 2022).stream()
                  .filter(x -> !listed.contains(x))
                  .forEach(all::add);
              all.addAll(odd);
              return new Coded(element, all.get(i % all.size()));
            });
  }

  @Test
  void read_anyCodesInAnyYear_warnsOncePerCodeTheYearLacks_andReadsTheSameRecords() {
    qt().withExamples(150)
        .forAll(integers().between(2014, 2026), lists().of(coded()).ofSizeBetween(0, 12))
        .checkAssert(
            (year, codes) -> {
              StringBuilder with = new StringBuilder();
              for (Coded c : codes) {
                with.append('<').append(c.element()).append('>').append(c.code());
                with.append("</").append(c.element()).append('>');
              }
              CinCensus read = CinCensus.read(bytes(census(with)), "g.xml", limits(), year);
              CinCensus plain =
                  CinCensus.read(bytes(census(new StringBuilder())), "g.xml", limits(), year);
              long lacking =
                  codes.stream()
                      .filter(
                          c ->
                              CinCodes.years(c.element(), c.code())
                                  .map(y -> !y.contains(year))
                                  .orElse(true))
                      .count();
              assertThat(read.warnings()).hasSize((int) lacking);
              assertThat(read.warnings())
                  .allSatisfy(
                      w -> {
                        assertThat(w.column().orElseThrow())
                            .startsWith("/Message/Children/Child[1]/");
                        assertThat(w.text()).doesNotContain("CHILD77", "01/02");
                      });
              assertThat(read.referrals()).isEqualTo(plain.referrals());
              assertThat(read.problems()).isEmpty();
            });
  }

  private static InputLimits limits() {
    return InputLimits.defaults();
  }

  private static String census(StringBuilder codes) {
    return "<Message><Children><Child><ChildIdentifiers><LAchildID>CHILD77</LAchildID>"
        + "</ChildIdentifiers><CINdetails><CINreferralDate>2020-04-02</CINreferralDate>"
        + codes
        + "</CINdetails></Child></Children></Message>";
  }

  @Test
  void codes_areNeverEmptyForAKnownElement_andEveryListedCodeIsListedSomeYear() {
    for (String e : CinCodes.elements()) {
      for (int y = CinCodes.FIRST_KNOWN_YEAR; y <= CinCodes.LATEST_KNOWN_YEAR; y++) {
        assertThat(CinCodes.codes(e, y)).as(e + " " + y).isNotEmpty();
        CinCodes.codes(e, y).forEach(code -> assertThat(CinCodes.isListed(code)).isTrue());
      }
    }
  }
}
