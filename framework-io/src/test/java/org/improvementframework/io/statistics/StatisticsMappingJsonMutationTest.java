package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files at the size limit, objects where a mapping needs them, and long texts in messages. */
class StatisticsMappingJsonMutationTest {

  private static final int MIB = 1024 * 1024;
  private static final String SFR34 = Samples.text(Samples.SFR34_MAPPING);

  private static PlanFormatException refusal(String json) {
    return catchThrowableOfType(
        PlanFormatException.class, () -> StatisticsMappingJson.read(json, "m.json"));
  }

  @Test
  void readPath_fileOfExactlyOneMebibyte_isRead_oneByteMoreIsRefused(@TempDir Path dir)
      throws IOException {
    byte[] json = SFR34.getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[MIB];
    System.arraycopy(json, 0, padded, 0, json.length);
    Arrays.fill(padded, json.length, MIB, (byte) ' ');
    Path atLimit = Files.write(dir.resolve("at-limit.mapping.json"), padded);
    assertThat(StatisticsMappingJson.read(atLimit))
        .isEqualTo(Samples.mapping(Samples.SFR34_MAPPING));

    Path over = Files.write(dir.resolve("over.mapping.json"), new byte[MIB + 1]);
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> StatisticsMappingJson.read(over));
    assertThat(e.problem()).isEqualTo("mapping file larger than 1 MiB");
    assertThat(e.location().source()).contains("over.mapping.json");
  }

  @Test
  void readPath_namesTheFileInItsErrors(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.mapping.json"), SFR34.replace("wide", "tall"));
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> StatisticsMappingJson.read(file));
    assertThat(e.problem()).isEqualTo("unknown shape");
    assertThat(e.location().source()).contains("bad.mapping.json");
    assertThat(e.location().jsonPath()).contains("$.shape");
  }

  @Test
  void read_documentThatIsNotAnObject_isRefusedAtTheRoot() {
    PlanFormatException e = refusal("[1, 2]");
    assertThat(e.problem()).isEqualTo("not an object");
    assertThat(e.location().jsonPath()).contains("$");
    assertThat(e.text()).contains("[1,2]");
  }

  @Test
  void read_unknownTopLevelField_isRefusedAtItsPath() {
    PlanFormatException e = refusal(SFR34.replace("\"areaName\"", "\"areaNmae\""));
    assertThat(e.problem()).isEqualTo("unknown field");
    assertThat(e.location().jsonPath()).contains("$.areaNmae");
  }

  @Test
  void read_measureThatIsNotAnObject_isRefusedAtItsIndex() {
    String json =
        SFR34.replace(
            "{\"name\": \"children looked after during the year\", \"column\": \"CLA_2015\"}",
            "\"CLA_2015\"");
    assertThat(json).isNotEqualTo(SFR34);
    PlanFormatException e = refusal(json);
    assertThat(e.problem()).isEqualTo("not an object");
    assertThat(e.location().jsonPath()).contains("$.measures[1]");
    assertThat(e.text()).contains("\"CLA_2015\"");
  }

  @Test
  void read_unknownMeasureField_isRefusedAtItsPath() {
    String json = SFR34.replace("\"column\": \"CLA_2015\"", "\"colunm\": \"CLA_2015\"");
    PlanFormatException e = refusal(json);
    assertThat(e.problem()).isEqualTo("unknown field");
    assertThat(e.location().jsonPath()).contains("$.measures[1].colunm");
  }

  @Test
  void read_markersThatAreNotAnObject_areRefusedAtTheMarkers() {
    PlanFormatException e = refusal(SFR34.replace("{\"x\": \"suppressed\"}", "[\"x\"]"));
    assertThat(e.problem()).isEqualTo("not an object");
    assertThat(e.location().jsonPath()).contains("$.markers");
  }

  @Test
  void read_whereThatIsNotAnObject_isRefusedAtTheWhere() {
    String json =
        Samples.text(Samples.HEALTH_MAPPING)
            .replace(
                "{\"indicator\": \"Children looked after who had their annual health"
                    + " assessment\"}",
                "\"indicator\"");
    PlanFormatException e = refusal(json);
    assertThat(e.problem()).isEqualTo("not an object");
    assertThat(e.location().jsonPath()).contains("$.measures[0].where");
  }

  @Test
  void read_filePeriod_isTheMappingsPeriod() {
    StatisticsMapping m =
        StatisticsMappingJson.read(SFR34.replace("FY2014-15", "FY2016-17"), "m.json");
    assertThat(m.filePeriod()).contains(ReportingPeriod.financialYear(2016));
  }

  @Test
  void write_keepsTheAreaNameAndLevelColumns() {
    StatisticsMapping m =
        StatisticsMapping.wide("code", ReportingPeriod.financialYear(2014))
            .withAreaName("la_name")
            .withLevel("geographic_level")
            .withMeasure(MeasureColumn.of("looked after", "n"));
    String json = StatisticsMappingJson.write(m);
    assertThat(json).contains("\"areaName\" : \"la_name\"", "\"level\" : \"geographic_level\"");
    assertThat(StatisticsMappingJson.read(json, "m.json")).isEqualTo(m);
  }

  /** Before the fix the model's check re-reported this at "$" as an inconsistent mapping. */
  @Test
  void notAString_showsTheValueWhole_upToSixtyCharacters_thenCutsIt() {
    // 58 and 59 digits: a value of exactly 60 characters is shown whole, one of 61 is cut.
    assertShownAsText(58);
    assertShownAsText(59);
    qt().forAll(integers().between(0, 120))
        .checkAssert(StatisticsMappingJsonMutationTest::assertShownAsText);
  }

  private static void assertShownAsText(int digits) {
    // An array of n digits prints as "[" + digits + "]": n + 2 characters.
    String value = "[" + "1".repeat(digits) + "]";
    PlanFormatException e = refusal(SFR34.replace("\"New_geog_code\"", value));
    assertThat(e.problem()).isEqualTo("not a string");
    assertThat(e.location().jsonPath()).contains("$.areaCode");
    String shown = digits + 2 > 60 ? value.substring(0, 60) + "…" : value;
    assertThat(e.text()).contains(shown);
  }
}
