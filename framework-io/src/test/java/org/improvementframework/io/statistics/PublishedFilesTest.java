package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedFilesTest {

  private static List<PublishedSeries> read(String resource, Optional<StatisticsMapping> m) {
    return PublishedFiles.read(
            new ByteArrayInputStream(Samples.bytes(resource)), resource, m, InputLimits.defaults())
        .value();
  }

  @Test
  void read_eesFile_isReadAsTheEesReaderReadsIt() {
    assertThat(read(Samples.EES, Optional.empty()))
        .isEqualTo(
            PublishedStatistics.read(
                    new ByteArrayInputStream(Samples.bytes(Samples.EES)),
                    PublishedStatistics.Options.defaults())
                .value());
  }

  @Test
  void read_eachShapeByItsMapping(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SFR34_CLA2015.csv");
    Files.write(file, Samples.bytes(Samples.SFR34));
    assertThat(
            PublishedFiles.read(
                    file,
                    Optional.of(Samples.mapping(Samples.SFR34_MAPPING)),
                    InputLimits.defaults())
                .value())
        .hasSize(21 * 4);
    assertThat(read(Samples.HEALTH, Optional.of(Samples.mapping(Samples.HEALTH_MAPPING))))
        .hasSize(12);
  }

  @Test
  void read_wideFileWithoutMapping_namesTheShapesKnownAndHowToDeclareAMapping() {
    assertThatThrownBy(() -> read(Samples.SFR34, Optional.empty()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining(
            "cannot tell the shape of this statistics file (it looks like a "
                + "wide release file: declare a wide mapping)")
        .hasMessageContaining("at " + Samples.SFR34 + ", row 1")
        .hasMessageContaining("[New_geog_code, geog_l, geog_c, geog_n, CLA_Mar2015")
        .hasMessageContaining("(1) EES tidy CSV")
        .hasMessageContaining("(2) wide release")
        .hasMessageContaining("(3) tidy file with a period column")
        .hasMessageContaining("\"format\": \"statistics-mapping\"");
  }

  @Test
  void read_tidyPeriodFileWithoutMapping_guessesItsShape() {
    assertThatThrownBy(() -> read(Samples.HEALTH, Optional.empty()))
        .hasMessageContaining("it looks like a tidy file with a period column");
  }

  @Test
  void read_unrelatedCsv_isRefusedWithTheShapesKnown() {
    byte[] csv = "milestone,target\n1.1.1,Jun-15\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                PublishedFiles.read(
                    new ByteArrayInputStream(csv),
                    "plan.csv",
                    Optional.empty(),
                    InputLimits.defaults()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("cannot tell the shape of this statistics file at plan.csv")
        .hasMessageContaining("The library reads three shapes");
  }

  @Test
  void read_inputOverTheByteLimit_isRefusedBeforeParsing() {
    assertThatThrownBy(
            () ->
                PublishedFiles.read(
                    new ByteArrayInputStream(Samples.bytes(Samples.SFR34)),
                    "big.csv",
                    Optional.empty(),
                    InputLimits.defaults().withMaxInputBytes(100)))
        .isInstanceOf(InputLimitException.class);
  }
}
