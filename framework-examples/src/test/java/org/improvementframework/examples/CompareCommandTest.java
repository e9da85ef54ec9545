package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  private static final String MEASURE =
      "Children looked after who had their annual health " + "assessment";

  private static Cli.Run trafford(Path dir, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--published",
                StatisticsSamples.copy(dir, StatisticsSamples.HEALTH).toString(),
                "--mapping",
                StatisticsSamples.copy(dir, StatisticsSamples.HEALTH_MAPPING).toString(),
                "--la",
                "Trafford",
                "--polarity",
                "higher_is_better",
                "--neighbours",
                StatisticsSamples.copy(dir, StatisticsSamples.NEIGHBOURS).toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  /**
   * Worked by hand from the sample (2023/24): the ten neighbours sum to 913, mean 91.3; Trafford's
   * 83 is beaten by 98, 97, 97, 92, 92, 91, 89, 88 and 86, so it ranks 10th of 11 (tied with
   * Hertfordshire), quartile floor(4 x 9 / 11) + 1 = 4; 87 in 2022/23 to 83 is worsening.
   */
  @Test
  void compare_traffordSample_text_showsTheHandCheckedFigures(@TempDir Path dir) {
    Cli.Run run = trafford(dir);
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    assertThat(run.out())
        .contains(MEASURE + " \u2014 FY2023-24 (higher is better)")
        .contains("council:         Trafford (E08000009): 83, rank 10 of 11, quartile 4")
        .contains("England:         89, gap -6")
        .contains("comparator mean: 91.3, gap -8.3 (10 of 10 comparators with a number)")
        .contains("FY2021-22 85 \u2192 FY2022-23 87 (improving) \u2192 FY2023-24 83 (worsening)");
    assertThat(run.out().lines().filter(l -> l.contains("E06000060")).findFirst().orElseThrow())
        .matches("\\s+1\\s+Buckinghamshire\\s+E06000060\\s+98\\s+1");
  }

  @Test
  void compare_json_hasRankQuartileMeanAndTypedValues(@TempDir Path dir) throws Exception {
    Cli.Run run = trafford(dir, "--format", "json", "--period", "FY2022-23");
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode c = new ObjectMapper().readTree(run.out()).get(0);
    assertThat(c.get("period").asText()).isEqualTo("FY2022-23");
    assertThat(c.at("/council/value").decimalValue()).isEqualByComparingTo("87");
    // 2022/23: 96 95 95 94 92 91 89 87 86 71 beside Trafford's 87: 7 better; the comparators' sum
    // 94+95+91+89+95+86+92+71+96+87 = 896, mean 89.6.
    assertThat(c.at("/council/rank").asInt()).isEqualTo(8);
    assertThat(c.at("/council/quartile").asInt()).isEqualTo(3);
    assertThat(c.get("comparatorMean").decimalValue()).isEqualByComparingTo("89.6");
    assertThat(c.get("comparators")).hasSize(10);
  }

  @Test
  void compare_csv_hasOneRowPerArea(@TempDir Path dir) {
    Cli.Run run = trafford(dir, "--format", "csv");
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + 12);
    assertThat(lines.get(1))
        .isEqualTo(
            MEASURE
                + ",FY2023-24,council,E08000009,Trafford,83,number,10,4,11,91.3,-8.3,WORSENING");
    assertThat(lines).filteredOn(l -> l.contains(",comparator,")).hasSize(10);
  }

  @Test
  void compare_sfr34_suppressedComparatorIsTypedAndNotRanked(@TempDir Path dir) throws Exception {
    Path list =
        Files.writeString(
            dir.resolve("n.txt"),
            "# ours\nE06000049\nE10000013\n"
                + "E09000001 City of London\nE99999999 not in the file\n");
    Cli.Run run =
        Cli.run(
            "compare",
            "--published",
            StatisticsSamples.copy(dir, StatisticsSamples.SFR34).toString(),
            "--mapping",
            StatisticsSamples.copy(dir, StatisticsSamples.SFR34_MAPPING).toString(),
            "--la",
            "Plymouth",
            "--neighbours",
            list.toString(),
            "--measure",
            "unaccompanied asylum-seeking children looked after at 31 March",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode c = new ObjectMapper().readTree(run.out()).get(0);
    assertThat(c.at("/council/name").asText()).isEqualTo("Plymouth");
    assertThat(c.at("/council/status").asText()).isEqualTo("suppressed");
    assertThat(c.at("/council/value").isNull()).isTrue();
    assertThat(c.at("/council/rank").isMissingNode()).isTrue();
    assertThat(c.get("comparators").findValuesAsText("status"))
        .containsExactly("suppressed", "suppressed", "suppressed", "missing");
    assertThat(c.get("comparatorMean").isNull()).isTrue();
    assertThat(c.at("/england/value").asInt()).isEqualTo(2030);
  }

  @Test
  void compare_wideFileWithoutMapping_exits2NamingTheShapesKnown(@TempDir Path dir) {
    Cli.Run run =
        Cli.run(
            "compare",
            "--published",
            StatisticsSamples.copy(dir, StatisticsSamples.SFR34).toString(),
            "--la",
            "Plymouth");
    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err())
        .startsWith("error: cannot tell the shape of this statistics file")
        .contains("The library reads three shapes")
        .doesNotContain("Exception");
  }

  @Test
  void compare_unknownMeasure_exits2ListingTheMeasures(@TempDir Path dir) {
    Cli.Run run = trafford(dir, "--measure", "dental checks");
    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err())
        .contains("no published data for measure 'dental checks'")
        .contains(MEASURE);
  }

  @Test
  void compare_councilInItsOwnNeighbourList_isLeftOutWithAWarning(@TempDir Path dir)
      throws Exception {
    Path list = Files.writeString(dir.resolve("n.txt"), "E08000009\nE08000007\n");
    Cli.Run run =
        Cli.run(
            "compare",
            "--published",
            StatisticsSamples.copy(dir, StatisticsSamples.HEALTH).toString(),
            "--mapping",
            StatisticsSamples.copy(dir, StatisticsSamples.HEALTH_MAPPING).toString(),
            "--la",
            "E08000009",
            "--neighbours",
            list.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    assertThat(run.err()).contains("names the council itself (E08000009): left it out");
    assertThat(run.out()).contains("rank 2 of 2");
  }

  @Test
  void compare_neighbourListedTwice_exits2NamingTheLine(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("n.txt"), "E08000007\n# note\nE08000007 again\n");
    Cli.Run run =
        Cli.run(
            "compare",
            "--published",
            StatisticsSamples.copy(dir, StatisticsSamples.HEALTH).toString(),
            "--mapping",
            StatisticsSamples.copy(dir, StatisticsSamples.HEALTH_MAPPING).toString(),
            "--la",
            "Trafford",
            "--neighbours",
            list.toString());
    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err()).contains("area code listed twice 'E08000007' at n.txt, line 3");
  }

  @Test
  void compare_eesSample_comparesAnEesMeasureByItsFilters(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("n.txt"), "E06000002\nE06000003\n");
    Cli.Run run =
        Cli.run(
            "compare",
            "--published",
            StatisticsSamples.copy(dir, StatisticsSamples.EES).toString(),
            "--la",
            "Darlington",
            "--neighbours",
            list.toString(),
            "--measure",
            "percentage [age=Aged 19 to 21, activity=Total in education, employment or training]",
            "--format",
            "json");
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode c = new ObjectMapper().readTree(run.out()).get(0);
    assertThat(c.get("period").asText()).isEqualTo("FY2021-22");
    assertThat(c.at("/council/value").asInt()).isEqualTo(80);
    assertThat(c.get("comparators").findValuesAsText("status"))
        .containsExactly("missing", "missing");
  }
}
