package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.examples.embedding.BuildPlanInCode;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Observation;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report and the dashboard set a plan's measured-by indicator beside published data. */
class ComparisonDashboardTest {

  private static final String MEASURE =
      "Children looked after who had their annual health " + "assessment";

  /** The example plan, with a measure of the published indicator and an own value for 2023-24. */
  private static Path plan(Path dir) throws Exception {
    Indicator health =
        Indicator.builder()
            .name(MEASURE)
            .unit(Indicator.Unit.PERCENTAGE)
            .polarity(Indicator.Polarity.HIGHER_IS_BETTER)
            .addObservations(
                Observation.of(ReportingPeriod.financialYear(2023), IndicatorValue.of(84)))
            .build();
    ImprovementPlan base = BuildPlanInCode.plan();
    Area first = base.areas().get(0);
    ImprovementPlan plan =
        base.withAreas(
            first.withMeasures(
                Measure.of("Annual health assessments for every child looked after", health)),
            base.areas().get(1));
    Path file = dir.resolve("plan.json");
    PlanJson.write(plan, file);
    return file;
  }

  private static String[] args(Path dir, String command, String... more) throws Exception {
    List<String> a =
        new ArrayList<>(
            List.of(
                command,
                plan(dir).toString(),
                "--published",
                StatisticsSamples.copy(dir, StatisticsSamples.HEALTH).toString(),
                "--mapping",
                StatisticsSamples.copy(dir, StatisticsSamples.HEALTH_MAPPING).toString(),
                "--la",
                "E08000009",
                "--neighbours",
                StatisticsSamples.copy(dir, StatisticsSamples.NEIGHBOURS).toString()));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  private static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void dashboard_showsTheHandCheckedComparisonAsInlineSvgWithoutScript(@TempDir Path dir)
      throws Exception {
    Path page = dir.resolve("page.html");
    Cli.Run run = Cli.run(args(dir, "dashboard", "--out", page.toString()));
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    String html = Files.readString(page);
    assertThat(html)
        .contains("<h2>Indicators in context (1)</h2>")
        .contains("<span class=\"rank\">rank 10 of 11</span>")
        .contains("<span class=\"quartile\">quartile 4</span>")
        .contains("comparator mean 91.3</span> (gap -8.3)")
        .contains("<span class=\"direction\">worsening</span>")
        .doesNotContain("<script");
    String chart = html.substring(html.indexOf("<svg class=\"comparison-chart\""));
    chart = chart.substring(0, chart.indexOf("</svg>"));
    assertThat(count(chart, "<rect class=\"bar\"")).isEqualTo(10);
    assertThat(count(chart, "<rect class=\"council-bar\"")).isEqualTo(1);
    assertThat(chart).contains("class=\"england-line\"").contains("class=\"mean-line\"");
    assertThat(html).contains("<td>83 <span class=\"travel WORSENING\">worsening</span></td>");
  }

  @Test
  void report_text_endsWithIndicatorsInContextAndTheOwnValue(@TempDir Path dir) throws Exception {
    Cli.Run run = Cli.run(args(dir, "report"));
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    String section = run.out().substring(run.out().indexOf("INDICATORS IN CONTEXT (1)"));
    assertThat(section)
        .contains("council:         Trafford (E08000009): 83, rank 10 of 11, " + "quartile 4")
        .contains("own value (plan): 84")
        .contains("comparator mean: 91.3, gap -8.3");
  }

  @Test
  void report_planWithoutLinkedIndicator_warnsAndShowsNoSection(@TempDir Path dir)
      throws Exception {
    Path plain = dir.resolve("plain.json");
    PlanJson.write(BuildPlanInCode.plan(), plain);
    String[] a = args(dir, "report");
    a[1] = plain.toString();
    Cli.Run run = Cli.run(a);
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).doesNotContain("INDICATORS IN CONTEXT");
    assertThat(run.err())
        .contains("no indicator of the plan has published data; link one with" + " --link");
  }

  @Test
  void dashboard_comparisonLoadsInChromiumWithoutErrors(@TempDir Path dir) throws Exception {
    Optional<Path> chromium = HeadlessChromium.executable();
    assumeTrue(chromium.isPresent(), "Chromium is not installed (.ci/run installs it)");
    Path page = dir.resolve("page.html");
    assertThat(Cli.run(args(dir, "dashboard", "--out", page.toString())).code()).isZero();
    try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
      browser.open(page);
      assertThat(browser.errors()).isEmpty();
      assertThat(
              browser
                  .evaluate("document.querySelectorAll('svg.comparison-chart rect')" + ".length")
                  .asInt())
          .isEqualTo(11);
      assertThat(
              browser
                  .evaluate(
                      "document.querySelector('svg.comparison-chart')" + ".getBBox().width > 100")
                  .asBoolean())
          .isTrue();
    }
  }
}
