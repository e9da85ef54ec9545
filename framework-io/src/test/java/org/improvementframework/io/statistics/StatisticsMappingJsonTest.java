package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.model.IndicatorValue.Marker;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StatisticsMappingJsonTest {

  @Test
  void read_sfr34Mapping_givesItsColumnsPeriodsAndMarkers() {
    StatisticsMapping m = Samples.mapping(Samples.SFR34_MAPPING);
    assertThat(m.shape()).isEqualTo(StatisticsShape.WIDE_RELEASE);
    assertThat(m.areaCode()).isEqualTo("New_geog_code");
    assertThat(m.filePeriod()).contains(ReportingPeriod.financialYear(2014));
    assertThat(m.measures().get(0).period()).contains(ReportingPeriod.parse("2015-03-31"));
    assertThat(m.markers()).containsExactly(Map.entry("x", Marker.SUPPRESSED));
  }

  @Test
  void read_tidyMappingWithoutMarkers_takesTheEesMarkers() {
    assertThat(Samples.mapping(Samples.HEALTH_MAPPING).markers())
        .isEqualTo(StatisticsMapping.eesMarkers());
  }

  @Test
  void read_misspeltField_isAnErrorAtItsJsonPath() {
    String json = Samples.text(Samples.HEALTH_MAPPING).replace("\"where\"", "\"wehre\"");
    assertThatThrownBy(() -> StatisticsMappingJson.read(json, "m.json"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("unknown field 'wehre' at m.json, $.measures[0].wehre");
  }

  @Test
  void read_unknownMarkerMeaning_namesTheMeaningsKnown() {
    String json = Samples.text(Samples.SFR34_MAPPING).replace("\"suppressed\"", "\"hidden\"");
    assertThatThrownBy(() -> StatisticsMappingJson.read(json, "m.json"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("$.markers['x']")
        .hasMessageContaining("not-available");
  }

  @Test
  void read_wideMappingWithoutAnyPeriod_isAnInconsistentMapping() {
    String json = Samples.text(Samples.SFR34_MAPPING).replace("\"period\": \"FY2014-15\",", "");
    assertThatThrownBy(() -> StatisticsMappingJson.read(json, "m.json"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining(
            "measure 'children looked after during the year' of a wide file " + "has no period");
  }

  @Test
  void read_notAMapping_saysWhatFormatIsExpected() {
    assertThatThrownBy(
            () -> StatisticsMappingJson.read("{\"format\": \"improvement-plan\"}", "plan.json"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("not a statistics mapping 'improvement-plan' at plan.json, $.format");
    assertThatThrownBy(() -> StatisticsMappingJson.read("[1,", "x.json"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("malformed JSON");
  }

  private static Gen<String> names() {
    return strings().basicLatinAlphabet().ofLengthBetween(1, 12).assuming(s -> !s.isBlank());
  }

  /** Writing a mapping and reading it back gives the same mapping. */
  @Test
  void write_thenRead_givesTheSameMapping() {
    Marker[] meanings = Marker.values();
    qt().withExamples(200)
        .forAll(names(), names(), integers().between(1, 4), integers().between(0, 3))
        .checkAssert(
            (code, column, measures, variant) -> {
              StatisticsMapping m =
                  variant % 2 == 0
                      ? StatisticsMapping.wide(code, ReportingPeriod.financialYear(2000 + measures))
                      : StatisticsMapping.tidyPeriod(
                              code,
                              column,
                              PeriodConvention.values()[variant % PeriodConvention.values().length])
                          .withAreaName(column + "n");
              for (int i = 0; i < measures; i++) {
                MeasureColumn mc = MeasureColumn.of(column + " " + i, column + i);
                if (i % 2 == 1) {
                  mc = mc.withPeriod(ReportingPeriod.calendarYear(2010 + i)).where(code, "v" + i);
                }
                m = m.withMeasure(mc);
              }
              Map<String, Marker> markers = new LinkedHashMap<>();
              markers.put("*" + column, meanings[variant]);
              markers.put("..", meanings[(variant + 1) % meanings.length]);
              m = m.withMarkers(markers);
              assertThat(StatisticsMappingJson.read(StatisticsMappingJson.write(m), "m.json"))
                  .isEqualTo(m);
            });
  }
}
