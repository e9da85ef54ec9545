package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.IndicatorValue.Marker;
import org.improvementframework.model.Observation;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;

class MappedStatisticsTest {

  private static final ReportingPeriod MARCH_2015 = ReportingPeriod.parse("2015-03-31");
  private static final ReportingPeriod FY2014 = ReportingPeriod.financialYear(2014);

  private static ReadResult<List<PublishedSeries>> sfr34(String csv) {
    return MappedStatistics.read(
        Samples.rows(csv, "SFR34_CLA2015.csv"),
        Samples.mapping(Samples.SFR34_MAPPING),
        InputLimits.defaults());
  }

  private static PublishedSeries series(List<PublishedSeries> all, String name, String measure) {
    return all.stream()
        .filter(s -> s.areaName().equals(name) && s.indicator().equals(measure))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no series " + name + " " + measure));
  }

  @Test
  void read_sfr34Sample_typesTheCrossAsSuppressedNotZeroNorNotAvailable() {
    ReadResult<List<PublishedSeries>> r = sfr34(Samples.text(Samples.SFR34));
    assertThat(r.warnings()).isEmpty();
    PublishedSeries stockport =
        series(
            r.value(),
            "Plymouth",
            "unaccompanied asylum-seeking children looked after at 31 March");
    assertThat(stockport.observations())
        .containsExactly(Observation.of(MARCH_2015, IndicatorValue.of(Marker.SUPPRESSED)));
    PublishedSeries trafford = series(r.value(), "Trafford", "children looked after at 31 March");
    assertThat(trafford.areaCode()).isEqualTo("E08000009");
    assertThat(trafford.geographicLevel()).isEqualTo("Local authority");
    assertThat(trafford.observations())
        .containsExactly(Observation.of(MARCH_2015, IndicatorValue.of(334)));
  }

  @Test
  void read_sfr34Sample_headerWithTrailingSpaceAndQuotedNamesAreRead() {
    List<PublishedSeries> all = sfr34(Samples.text(Samples.SFR34)).value();
    PublishedSeries bristol =
        series(all, "Bristol, City of", "net gain of children placed from other authorities");
    assertThat(bristol.observations())
        .containsExactly(Observation.of(FY2014, IndicatorValue.of(-187)));
    assertThat(series(all, "ENGLAND", "children looked after during the year").geographicLevel())
        .isEqualTo("National");
  }

  @Test
  void read_sfr34Sample_londonAndItsHalvesShareACodeButStayThreeSeries() {
    List<PublishedSeries> all = sfr34(Samples.text(Samples.SFR34)).value();
    assertThat(
            all.stream()
                .filter(
                    s ->
                        s.areaCode().equals("E12000007")
                            && s.indicator().equals("children looked after at 31 March"))
                .map(PublishedSeries::areaName))
        .containsExactly("LONDON", "INNER LONDON", "OUTER LONDON");
  }

  @Test
  void read_footnoteRowEmptyCellAndGroupedThousands_warnsAndReadsTheRest() {
    String csv =
        "New_geog_code,geog_l,geog_n,CLA_Mar2015,CLA_2015,CLA_UASC,CLA_NetGain \n"
            + "E92000001,NATIONAL,ENGLAND,\"69,540\",\"99,230\",\"2,030\",0\n"
            + "E06000026,LA,Plymouth,395,,c,-57\n"
            + "\n"
            + "Source: SSDA903,,,,,,\n";
    ReadResult<List<PublishedSeries>> r = sfr34(csv);
    assertThat(
            series(r.value(), "ENGLAND", "children looked after at 31 March")
                .observations()
                .get(0)
                .value())
        .isEqualTo(IndicatorValue.of(69540));
    assertThat(r.warnings())
        .extracting(w -> w.problem() + " @ " + w.location())
        .containsExactly(
            "empty value cell @ SFR34_CLA2015.csv, row 3, column 'CLA_2015'",
            "cannot read value @ SFR34_CLA2015.csv, row 3, column 'CLA_UASC'",
            "row without any value (a footnote?) @ SFR34_CLA2015.csv, row 5");
    assertThat(r.warnings().get(1).action()).contains("[x]");
  }

  @Test
  void read_markersFromTheFilesMetadata_overrideTheDefaults() {
    StatisticsMapping m =
        Samples.mapping(Samples.SFR34_MAPPING).withMarkers(Map.of("x", Marker.NOT_AVAILABLE));
    List<PublishedSeries> all =
        MappedStatistics.read(
                Samples.rows(Samples.text(Samples.SFR34), "f.csv"), m, InputLimits.defaults())
            .value();
    assertThat(
            series(
                    all,
                    "Plymouth",
                    "unaccompanied asylum-seeking children looked after at 31 March")
                .observations()
                .get(0)
                .value())
        .isEqualTo(IndicatorValue.of(Marker.NOT_AVAILABLE));
  }

  @Test
  void read_missingMappedColumn_namesTheColumnTheShapesAndTheMapping() {
    assertThatThrownBy(() -> sfr34("LA_code,LA_name,CLA_Mar2015\n879,Plymouth,395\n"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining(
            "missing column 'New_geog_code' that the mapping names as the " + "area code")
        .hasMessageContaining("row 1")
        .hasMessageContaining("EES tidy CSV")
        .hasMessageContaining("tidy-period")
        .hasMessageContaining("statistics-mapping");
  }

  @Test
  void read_twoRowsForOneAreaAndPeriod_isAnErrorNamingBothRows() {
    String csv =
        "New_geog_code,geog_l,geog_n,CLA_Mar2015,CLA_2015,CLA_UASC,CLA_NetGain\n"
            + "E06000026,LA,Plymouth,395,592,86,-57\n"
            + "E06000026,LA,Plymouth,396,592,86,-57\n";
    assertThatThrownBy(() -> sfr34(csv))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("first in row 2")
        .hasMessageContaining("row 3");
  }

  @Test
  void read_rowWithTextBeyondTheHeader_isAnErrorNotLostText() {
    String csv =
        "New_geog_code,geog_l,geog_n,CLA_Mar2015,CLA_2015,CLA_UASC,CLA_NetGain\n"
            + "E06000026,LA,Plymouth,395,592,86,-57,see note 3\n";
    assertThatThrownBy(() -> sfr34(csv))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("column 'H'")
        .hasMessageContaining("see note 3");
  }

  @Test
  void read_tidyPeriodSample_readsEachAreaAcrossYears() {
    ReadResult<List<PublishedSeries>> r =
        MappedStatistics.read(
            Samples.rows(Samples.text(Samples.HEALTH), "health.csv"),
            Samples.mapping(Samples.HEALTH_MAPPING),
            InputLimits.defaults());
    assertThat(r.warnings()).isEmpty();
    assertThat(r.value()).hasSize(12);
    PublishedSeries trafford =
        r.value().stream().filter(s -> s.areaName().equals("Trafford")).findFirst().orElseThrow();
    assertThat(trafford.observations())
        .extracting(o -> o.period() + "=" + o.value())
        .containsExactly("FY2021-22=85", "FY2022-23=87", "FY2023-24=83");
    assertThat(trafford.indicator())
        .isEqualTo("Children looked after who had their annual health assessment");
    assertThat(trafford.filters()).isEmpty();
    assertThat(
            r.value().stream()
                .filter(s -> s.areaCode().equals("E92000001"))
                .findFirst()
                .orElseThrow()
                .geographicLevel())
        .isEqualTo("National");
  }

  @Test
  void read_tidyPeriodWithUnreadablePeriod_namesRowAndColumn() {
    String csv = Samples.text(Samples.HEALTH).replaceFirst("2021/22", "2021/23");
    assertThatThrownBy(
            () ->
                MappedStatistics.read(
                    Samples.rows(csv, "health.csv"),
                    Samples.mapping(Samples.HEALTH_MAPPING),
                    InputLimits.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("'2021/23' at health.csv, row 2, column 'period'")
        .hasMessageContaining("financial year");
  }

  @Test
  void read_hugeNumber_isAWarningNotArithmetic() {
    String csv =
        "New_geog_code,geog_l,geog_n,CLA_Mar2015,CLA_2015,CLA_UASC,CLA_NetGain\n"
            + "E06000026,LA,Plymouth,1e999999999,592,86,-57\n";
    ReadResult<List<PublishedSeries>> r = sfr34(csv);
    assertThat(r.warnings())
        .singleElement()
        .extracting(w -> w.problem())
        .isEqualTo("cannot read value");
  }

  @Test
  void levelOfCode_tellsNationalRegionalAndLocalAuthorityCodes() {
    assertThat(MappedStatistics.levelOfCode("E92000001")).isEqualTo("National");
    assertThat(MappedStatistics.levelOfCode("E12000007")).isEqualTo("Regional");
    assertThat(MappedStatistics.levelOfCode("E06000026")).isEqualTo("Local authority");
    assertThat(MappedStatistics.levelOfCode("879")).isEqualTo("Local authority");
    assertThat(MappedStatistics.levelOfCode("W06000015")).isEmpty();
  }

  /** Shuffling the data rows changes no series' observations: reading is order independent. */
  @Test
  void read_anyOrderOfRows_givesTheSameSeries() {
    List<TableRow> rows = Samples.rows(Samples.text(Samples.HEALTH), "h.csv");
    StatisticsMapping m = Samples.mapping(Samples.HEALTH_MAPPING);
    var expected = new HashSet<>(MappedStatistics.read(rows, m, InputLimits.defaults()).value());
    qt().withExamples(50)
        .forAll(integers().all())
        .checkAssert(
            seed -> {
              List<TableRow> data = new ArrayList<>(rows.subList(1, rows.size()));
              Collections.shuffle(data, new Random(seed));
              data.add(0, rows.get(0));
              assertThat(
                      new HashSet<>(MappedStatistics.read(data, m, InputLimits.defaults()).value()))
                  .isEqualTo(expected);
            });
  }

  /**
   * Nothing lost: every value cell of a wide file, whatever it holds, becomes exactly one
   * observation or exactly one warning, and a row with no value at all one warning.
   */
  @Test
  void read_anyValueCells_eachBecomesAnObservationOrAWarning() {
    String[] cells = {"12", "x", "X ", "", "c", "1,234", "-3.5", "..", "n/a", "7e2", "abc"};
    StatisticsMapping m =
        StatisticsMapping.wide("code", FY2014)
            .withMeasure(MeasureColumn.of("a", "a"))
            .withMeasure(MeasureColumn.of("b", "b"));
    qt().withExamples(200)
        .forAll(integers().between(1, 30), integers().all())
        .checkAssert(
            (n, seed) -> {
              Random random = new Random(seed);
              StringBuilder csv = new StringBuilder("code,a,b\n");
              long markerCells = 0;
              long emptyRows = 0;
              for (int i = 0; i < n; i++) {
                String a = cells[random.nextInt(cells.length)];
                String b = cells[random.nextInt(cells.length)];
                emptyRows += a.isEmpty() && b.isEmpty() ? 1 : 0;
                markerCells +=
                    List.of(a, b).stream()
                        .filter(c -> List.of("x", "X ", "..").contains(c))
                        .count();
                csv.append("E0600")
                    .append(1000 + i)
                    .append(",\"")
                    .append(a)
                    .append("\",\"")
                    .append(b)
                    .append("\"\n");
              }
              ReadResult<List<PublishedSeries>> r =
                  MappedStatistics.read(
                      Samples.rows(csv.toString(), "p.csv"), m, InputLimits.defaults());
              long observations = r.value().stream().mapToLong(s -> s.observations().size()).sum();
              // A row with no value at all is one warning (a footnote?), not two.
              assertThat(observations + r.warnings().size()).isEqualTo(2L * n - emptyRows);
              assertThat(
                      r.value().stream()
                          .flatMap(s -> s.observations().stream())
                          .filter(o -> o.value().marker().isPresent())
                          .count())
                  .isEqualTo(markerCells);
            });
  }

  @Test
  void read_noMeasureSelected_givesNoSeriesAndNoInventedValues() {
    StatisticsMapping m = Samples.mapping(Samples.HEALTH_MAPPING);
    String csv =
        Samples.text(Samples.HEALTH)
            .replace("annual health assessment,Percentage", "dental check,Percentage");
    assertThat(MappedStatistics.read(Samples.rows(csv, "h.csv"), m, InputLimits.defaults()).value())
        .isEmpty();
  }
}
