package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.IndicatorValue.Marker;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input size limit and shape detection of {@link PublishedFiles}, the warnings and options of
 * {@link PublishedStatistics}, and the marker rules of {@link StatisticsMapping}, at their edges.
 */
class PublishedFilesMutationTest {

  private static final String FILE = "release.csv";
  private static final StatisticsMapping WIDE =
      StatisticsMapping.wide("code", ReportingPeriod.financialYear(2014))
          .withMeasure(MeasureColumn.of("looked after", "n"));

  private static ReadResult<List<PublishedSeries>> readFile(String csv, InputLimits limits) {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    return PublishedFiles.read(new ByteArrayInputStream(bytes), FILE, Optional.of(WIDE), limits);
  }

  @Test
  void read_inputOfExactlyTheByteLimit_isRead_oneByteLess_isRefused() {
    String csv = "code,n\nE09000006,12\n";
    int size = csv.getBytes(StandardCharsets.UTF_8).length;
    InputLimits atSize = InputLimits.defaults().withMaxInputBytes(size);
    assertThat(readFile(csv, atSize).value()).hasSize(1);
    InputLimits below = InputLimits.defaults().withMaxInputBytes(size - 1);
    assertThatThrownBy(() -> readFile(csv, below)).isInstanceOf(InputLimitException.class);
  }

  @Test
  void shapeOf_blankRowsBeforeAnEesHeader_isEesTidy() {
    List<TableRow> rows =
        Samples.rows("\n,,\ntime_period,time_identifier,geographic_level\n", FILE);
    assertThat(PublishedFiles.shapeOf(rows, Optional.empty())).isEqualTo(StatisticsShape.EES_TIDY);
  }

  @Test
  void shapeOf_withoutAMapping_namesTheHeaderRowAndGuessesTheShape() {
    List<TableRow> rows = Samples.rows("\nla_code,year,n\n", FILE);
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PublishedFiles.shapeOf(rows, Optional.empty()));
    assertThat(e.problem())
        .isEqualTo(
            "cannot tell the shape of this statistics file (it looks like a tidy file with a"
                + " period column: declare a tidy-period mapping)");
    assertThat(e.location().row()).hasValue(2);
    assertThat(e.expected().orElseThrow()).contains("the header has [la_code, year, n]");
  }

  @Test
  void shapeOf_blankOrNoRows_isRefusedAtTheFirstRowOrAnUnknownPlace() {
    List<TableRow> blank = List.of(TableRow.of(FILE, 1, List.of(" ")));
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PublishedFiles.shapeOf(blank, Optional.empty()));
    assertThat(e.problem()).isEqualTo("cannot tell the shape of this statistics file");
    assertThat(e.location().row()).hasValue(1);
    PlanFormatException none =
        catchThrowableOfType(
            PlanFormatException.class, () -> PublishedFiles.shapeOf(List.of(), Optional.empty()));
    assertThat(none.location().isUnknown()).isTrue();
  }

  @Test
  void tidyFile_emptyAndUnreadableIndicatorCells_areTwoDifferentWarnings() {
    String csv =
        "time_period,time_identifier,geographic_level,country_code,country_name,number\n"
            + "2022,Reporting year,National,E92000001,England,\n"
            + "2023,Reporting year,National,E92000001,England,many\n"
            + "2024,Reporting year,National,E92000001,England,12\n";
    ReadResult<List<PublishedSeries>> r =
        PublishedStatistics.read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            PublishedStatistics.Options.defaults().withSource(FILE).withIndicators("number"));
    assertThat(r.warnings())
        .extracting(ReadWarning::problem)
        .containsExactly("empty indicator cell", "cannot read indicator value");
    assertThat(r.value()).singleElement().satisfies(s -> assertThat(s.observations()).hasSize(1));
  }

  @Test
  void tidyFile_areaWithANameButNoCode_keepsTheName_andBlankLinesAreSkipped() {
    String csv =
        "time_period,time_identifier,geographic_level,country_code,country_name,number\n"
            + "\n"
            + "2022,Reporting year,National,,England,5\n";
    ReadResult<List<PublishedSeries>> r =
        PublishedStatistics.read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            PublishedStatistics.Options.defaults().withIndicators("number"));
    assertThat(r.value())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.areaName()).isEqualTo("England");
              assertThat(s.areaCode()).isEmpty();
            });
  }

  @Test
  void readPath_takesTheFileNameAsSource_unlessTheOptionsGiveOne(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("ees.csv"), "time_period,number\n2022,1,2\n");
    PlanFormatException byName =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> PublishedStatistics.read(file, PublishedStatistics.Options.defaults()));
    assertThat(byName.location().source()).contains("ees.csv");
    PlanFormatException given =
        catchThrowableOfType(
            PlanFormatException.class,
            () ->
                PublishedStatistics.read(
                    file, PublishedStatistics.Options.defaults().withSource("activity 2022")));
    assertThat(given.location().source()).contains("activity 2022");
  }

  @Test
  @SuppressWarnings("deprecation")
  void options_keepTheirSourceAndLimits() {
    PublishedStatistics.Options o =
        PublishedStatistics.Options.defaults().withSource("a.csv").withLimits(10, 20, 30);
    assertThat(o.source()).contains("a.csv");
    assertThat(o.limits().maxRows()).isEqualTo(10);
    assertThat(o.limits().maxCellChars()).isEqualTo(20);
    assertThat(o.limits().maxInputBytes()).isEqualTo(30);
    assertThat(PublishedStatistics.Options.defaults().source()).isEmpty();
  }

  @Test
  void eesMarkers_areEveryMarkerByItsCode() {
    Map<String, Marker> m = StatisticsMapping.eesMarkers();
    assertThat(m).hasSize(Marker.values().length);
    for (Marker marker : Marker.values()) {
      assertThat(m).containsEntry(marker.code(), marker);
    }
  }

  @Test
  void markerText_thatIsANumber_isRefused_butOtherTextIsKeptLowerCase() {
    assertThatThrownBy(() -> WIDE.withMarkers(Map.of("1.5", Marker.SUPPRESSED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("marker text '1.5' must not be blank or a number");
    assertThat(WIDE.withMarkers(Map.of(" X ", Marker.SUPPRESSED)).markers())
        .containsExactly(Map.entry("x", Marker.SUPPRESSED));
  }

  @Test
  void shapeDescriptions_sayWhatEachShapeHas() {
    assertThat(StatisticsShape.TIDY_PERIOD.description()).contains("period column", "tidy-period");
    assertThat(StatisticsShape.WIDE_RELEASE.description()).isNotBlank();
    assertThat(StatisticsShape.EES_TIDY.description()).isNotBlank();
  }
}
