package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.TestFiles;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.IndicatorValue.Marker;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedStatisticsTest {

  private static final String SAMPLE = "ees-care-leavers-activity-2022-sample.csv";
  private static final String HEADER =
      "time_period,time_identifier,geographic_level,country_code,country_name,la_name,"
          + "new_la_code,age,number\n";

  private static List<PublishedSeries> read(PublishedStatistics.Options options) {
    return PublishedStatistics.read(new ByteArrayInputStream(TestFiles.bytes(SAMPLE)), options)
        .value();
  }

  private static PublishedSeries find(
      List<PublishedSeries> all, String code, String activity, String indicator) {
    return all.stream()
        .filter(
            s ->
                s.areaCode().equals(code)
                    && s.filters().get("activity").equals(activity)
                    && s.indicator().equals(indicator))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void read_sample_findsIndicatorAndFilterColumns() {
    List<PublishedSeries> all = read(PublishedStatistics.Options.defaults());
    assertThat(all).extracting(PublishedSeries::indicator).containsOnly("number", "percentage");
    assertThat(all.get(0).filters()).containsOnlyKeys("age", "activity");
    // 19 rows, 2 indicators each, every row a different series.
    assertThat(all).hasSize(38);
  }

  @Test
  void read_sample_keepsMarkersAsMarkersNeverZero() {
    List<PublishedSeries> all = read(PublishedStatistics.Options.defaults());
    PublishedSeries suppressed =
        find(
            all,
            "E06000002",
            "Not in education, training or employment, owing to illness or disability",
            "number");
    assertThat(suppressed.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.value()).isEqualTo(IndicatorValue.of(Marker.SUPPRESSED));
              assertThat(o.period()).isEqualTo(ReportingPeriod.financialYear(2021));
            });
    PublishedSeries notApplicable =
        find(all, "E92000001", "In training or employment", "percentage");
    assertThat(notApplicable.observations().get(0).value())
        .isEqualTo(IndicatorValue.of(Marker.NOT_APPLICABLE));
    PublishedSeries zero =
        find(all, "E06000003", "Higher education i.e. studies beyond A level", "number");
    assertThat(zero.observations().get(0).value()).isEqualTo(IndicatorValue.of(0));
  }

  @Test
  void read_oneLocalAuthority_byCodeOrName() {
    List<PublishedSeries> byCode =
        read(PublishedStatistics.Options.defaults().withLocalAuthority("E06000005"));
    List<PublishedSeries> byName =
        read(PublishedStatistics.Options.defaults().withLocalAuthority("darlington"));
    List<PublishedSeries> byOldCode =
        read(PublishedStatistics.Options.defaults().withLocalAuthority("841"));
    assertThat(byCode)
        .hasSize(10)
        .allSatisfy(
            s -> {
              assertThat(s.areaName()).isEqualTo("Darlington");
              assertThat(s.geographicLevel()).isEqualTo("Local authority");
            });
    assertThat(byName).isEqualTo(byCode);
    assertThat(byOldCode).isEqualTo(byCode);
    PublishedSeries total = find(byCode, "E06000005", "Total", "percentage");
    assertThat(total.filters()).containsEntry("age", "Aged 19 to 21");
    assertThat(total.observations().get(0).value().number()).contains(new BigDecimal("100"));
  }

  @Test
  void read_allLocalAuthorities_byGeographicLevel() {
    List<PublishedSeries> las =
        read(PublishedStatistics.Options.defaults().withGeographicLevel("Local authority"));
    assertThat(las)
        .extracting(PublishedSeries::areaCode)
        .containsOnly("E06000002", "E06000003", "E06000005");
    List<PublishedSeries> regions =
        read(PublishedStatistics.Options.defaults().withGeographicLevel("Regional"));
    assertThat(regions).extracting(PublishedSeries::areaName).containsOnly("North East");
  }

  @Test
  void read_severalPeriods_giveOneSeriesInPeriodOrder() {
    String csv =
        HEADER
            + "2023,Reporting year,Local authority,E92000001,England,Plymouth,E06000026,All,k\n"
            + "2021,Reporting year,Local authority,E92000001,England,Plymouth,E06000026,All,12\n"
            + "2022,Reporting year,Local authority,E92000001,England,Plymouth,E06000026,All,x\n";
    List<PublishedSeries> all =
        PublishedStatistics.read(
                new StringReader(csv),
                PublishedStatistics.Options.defaults().withIndicators("number"))
            .value();
    assertThat(all)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.filters()).isEqualTo(Map.of("age", "All"));
              assertThat(s.observations())
                  .extracting(o -> o.period().toString())
                  .containsExactly("FY2020-21", "FY2021-22", "FY2022-23");
              assertThat(s.observations())
                  .extracting(o -> o.value().toString())
                  .containsExactly("12", "x", "k");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "2022, Reporting year, FY2021-22",
    "202122, Financial year, FY2021-22",
    "202122, Academic year, AY2021-22",
    "2022, Calendar year, 2022",
    "202122, Financial year Q1, FY2021-22 Q1",
    "202122, Financial year Q4, FY2021-22 Q4",
    "2022, Calendar year Q1, FY2021-22 Q4",
    "2022, Calendar year Q2, FY2022-23 Q1",
    "2022, Calendar year Q4, FY2022-23 Q3",
    "2022, January, 2022-01",
    "2022, December, 2022-12",
  })
  void period_mapsEesTimeIdentifiers(String timePeriod, String identifier, String expected) {
    assertThat(PublishedStatistics.period(timePeriod, identifier))
        .hasValueSatisfying(p -> assertThat(p).hasToString(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "2022, Financial year",
    "202123, Academic year",
    "20x2, Reporting year",
    "202122, Calendar year",
  })
  void period_timePeriodThatDoesNotFit_isAnError(String timePeriod, String identifier) {
    assertThatThrownBy(() -> PublishedStatistics.period(timePeriod, identifier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(timePeriod);
  }

  @Test
  void period_unknownIdentifier_isEmpty() {
    assertThat(PublishedStatistics.period("2022", "Week 12")).isEmpty();
  }

  @Test
  void read_unknownIdentifier_isLeftOutWithAWarning() {
    String csv =
        HEADER
            + "2022,Week 12,Local authority,E92000001,England,Plymouth,E06000026,All,3\n"
            + "2022,Reporting year,Local authority,E92000001,England,Plymouth,E06000026,All,4\n";
    ReadResult<List<PublishedSeries>> r =
        PublishedStatistics.read(new StringReader(csv), PublishedStatistics.Options.defaults());
    assertThat(r.value()).singleElement().satisfies(s -> assertThat(s.observations()).hasSize(1));
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.row()).hasValue(2);
              assertThat(w.text()).isEqualTo("Week 12");
            });
  }

  @Test
  void read_unreadableIndicatorCell_isLeftOutWithAWarningNotZero() {
    String csv =
        HEADER
            + "2021,Reporting year,Local authority,E92000001,England,Plymouth,E06000026,All,\n"
            + "2022,Reporting year,Local authority,E92000001,England,Plymouth,E06000026,All,n/a\n"
            + "2023,Reporting year,Local authority,E92000001,England,Plymouth,E06000026,All,5\n";
    ReadResult<List<PublishedSeries>> r =
        PublishedStatistics.read(
            new StringReader(csv), PublishedStatistics.Options.defaults().withIndicators("number"));
    assertThat(r.value().get(0).observations())
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isEqualTo(IndicatorValue.of(5)));
    assertThat(r.warnings()).extracting(ReadWarning::text).containsExactly("", "n/a");
    assertThat(r.warnings()).extracting(w -> w.row().getAsLong()).containsExactly(2L, 3L);
  }

  @Test
  void read_badTimePeriod_isAnErrorWithRowAndColumn() {
    String csv =
        HEADER
            + "2021-22,Financial year,Local authority,E92000001,England,Plymouth,E06000026,All,1\n";
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () ->
                PublishedStatistics.read(
                    new StringReader(csv),
                    PublishedStatistics.Options.defaults().withSource("ees.csv")));
    assertThat(e.location()).isEqualTo(InputLocation.ofCell("ees.csv", 2, "time_period"));
    assertThat(e.text()).contains("2021-22");
  }

  @Test
  void read_duplicateSeriesAndPeriod_isAnErrorNamingBothRows() {
    String row = "2022,Reporting year,Local authority,E92000001,England,Plymouth,E06000026,All,1\n";
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () ->
                PublishedStatistics.read(
                    new StringReader(HEADER + row + row), PublishedStatistics.Options.defaults()));
    assertThat(e.location().row()).hasValue(3);
    assertThat(e.getMessage()).contains("first in row 2");
  }

  @Test
  void read_missingColumnsOrEmpty_isAnError() {
    assertThatThrownBy(
            () ->
                PublishedStatistics.read(
                    new StringReader(""), PublishedStatistics.Options.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("empty input");
    assertThatThrownBy(
            () ->
                PublishedStatistics.read(
                    new StringReader("a,b\n1,2\n"), PublishedStatistics.Options.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("missing column 'time_period'")
        .hasMessageContaining(
            "a wide release file (one column per measure) or a tidy file "
                + "with a period column is read by statistics.PublishedFiles with a mapping");
    assertThatThrownBy(
            () ->
                PublishedStatistics.read(
                    new StringReader(HEADER),
                    PublishedStatistics.Options.defaults().withIndicators("rate")))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("'rate'");
  }

  @Test
  void read_truncatedFile_isAFormatErrorOrFewerRows() {
    String csv = TestFiles.text(SAMPLE);
    for (int cut = 0; cut < csv.length(); cut += 53) {
      String prefix = csv.substring(0, cut);
      try {
        PublishedStatistics.read(new StringReader(prefix), PublishedStatistics.Options.defaults());
      } catch (PlanFormatException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void read_windows1252_isRejectedAsNotUtf8() {
    String csv =
        HEADER
            + "2022,Reporting year,Local authority,E92000001,England,Bromley –"
            + " Café,E09000006,All,1\n";
    assertThatThrownBy(
            () ->
                PublishedStatistics.read(
                    new ByteArrayInputStream(csv.getBytes(Charset.forName("windows-1252"))),
                    PublishedStatistics.Options.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void read_byteOrderMark_isSkipped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ees.csv");
    Files.writeString(file, "\uFEFF" + TestFiles.text(SAMPLE));
    assertThat(PublishedStatistics.read(file, PublishedStatistics.Options.defaults()).value())
        .isEqualTo(read(PublishedStatistics.Options.defaults()));
  }

  @Test
  void read_hugeInput_isRejectedByTheLimits() {
    assertThatThrownBy(
            () ->
                PublishedStatistics.read(
                    TestFiles.endless(
                        HEADER,
                        "2022,Reporting year,National,E92000001,England,,,All,1\n",
                        100L * 1024 * 1024),
                    PublishedStatistics.Options.defaults()
                        .withLimits(
                            InputLimits.defaults().withMaxRows(10_000).withMaxCellChars(1000))))
        .isInstanceOf(InputLimitException.class)
        .hasMessageContaining("row count");
  }

  @Test
  void series_copiesAndRejectsNulls() {
    assertThatThrownBy(() -> new PublishedSeries(null, "", "", Map.of(), "n", List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("geographicLevel");
  }
}
