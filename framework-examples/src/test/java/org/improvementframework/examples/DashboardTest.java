package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.improvementframework.examples.embedding.BuildPlanInCode;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the dashboard of the 2015 plan and opens it in headless Chromium: the page must load
 * without console errors and show the 17 areas. The screenshot is kept under
 * {@code target/dashboard/} as a test artefact.
 */
class DashboardTest {

  private static final Path ARTEFACTS = Path.of("target", "dashboard");

  @Test
  void dashboard_curatedPlan_loadsInChromiumWithoutErrorsAndShowsEveryArea() throws Exception {
    Optional<Path> chromium = HeadlessChromium.executable();
    assumeTrue(chromium.isPresent(), "Chromium is not installed (.ci/run installs it)");
    Files.createDirectories(ARTEFACTS);
    Path page = ARTEFACTS.resolve("plymouth-2015.html").toAbsolutePath();
    Cli.Run run = Cli.run("dashboard", "--out", page.toString());
    assertThat(run.code()).isZero();

    try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
      browser.open(page);
      browser.screenshot(ARTEFACTS.resolve("plymouth-2015.png"));

      assertThat(browser.errors()).isEmpty();
      assertThat(browser.evaluate("document.querySelectorAll('section.area').length").asInt())
          .isEqualTo(17);
      assertThat(
              browser
                  .evaluate(
                      "Array.from(document.querySelectorAll('section.area h2'))"
                          + ".map(h => parseInt(h.textContent, 10)).join(',')")
                  .asText())
          .isEqualTo("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17");
      assertThat(browser.evaluate("document.querySelectorAll('svg.rag-chart').length").asInt())
          .isEqualTo(17);
      assertThat(
              browser.evaluate("document.querySelectorAll('tr.overdue-milestone').length").asInt())
          .isEqualTo(6);
      // The progress bar of area 1 is 4 of 10 complete: its green part is 40% of the bar.
      assertThat(
              browser
                  .evaluate(
                      "(() => { const bar = document.querySelector('#area-1 .progress'); return"
                          + " Math.round(100 *"
                          + " bar.querySelector('.COMPLETE').getBoundingClientRect().width /"
                          + " bar.getBoundingClientRect().width); })()")
                  .asInt())
          .isEqualTo(40);
      assertThat(browser.evaluate("document.title").asText())
          .startsWith("Children's Services Improvement Monitoring Framework");
    }
    assertThat(Files.size(ARTEFACTS.resolve("plymouth-2015.png"))).isGreaterThan(10_000);
  }

  @Test
  void dashboard_planWithObservations_drawsSparklinesInChromium(@TempDir Path dir)
      throws Exception {
    Optional<Path> chromium = HeadlessChromium.executable();
    assumeTrue(chromium.isPresent(), "Chromium is not installed (.ci/run installs it)");
    ImprovementPlan plan = BuildPlanInCode.plan();
    Path page = dir.resolve("small.html");
    Files.writeString(page, render(plan), StandardCharsets.UTF_8);

    try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
      browser.open(page);

      assertThat(browser.errors()).isEmpty();
      assertThat(
              browser.evaluate("document.querySelectorAll('#area-1 svg.sparkline').length").asInt())
          .isEqualTo(1);
      assertThat(
              browser.evaluate("document.querySelectorAll('#area-2 svg.sparkline').length").asInt())
          .isZero();
      assertThat(
              browser
                  .evaluate(
                      "document.querySelector('#area-1 svg.sparkline polyline')"
                          + ".points.numberOfItems")
                  .asInt())
          .isEqualTo(3);
    }
  }

  @Test
  void render_isSelfContained() {
    String html = render(PlanInput.curated());

    // No script, no stylesheet or image fetched from anywhere: the only link is the inline icon.
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("src=")
        .doesNotContain("url(")
        .doesNotContain("@import");
    assertThat(Pattern.compile("href=\"(?!data:)").matcher(html).find()).isFalse();
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void render_curatedPlan_hasNoSparklinesBecauseItHasNoObservations() {
    String html = render(PlanInput.curated());

    assertThat(html).doesNotContain("class=\"sparkline\"");
    assertThat(html.split("<section class=\"area ", -1)).hasSize(18);
  }

  @Test
  void render_escapesTheTextOfThePlan() {
    ImprovementPlan plan = BuildPlanInCode.plan();
    Area first = plan.areas().get(0);
    Area hostile =
        Area.builder()
            .ref(AreaRef.of(1))
            .title("<script>alert('x')</script> & \"more\"")
            .addAllLeads(first.leads())
            .addAllMeasures(first.measures())
            .addAllActions(first.actions())
            .build();
    ImprovementPlan changed =
        ImprovementPlan.builder()
            .title(plan.title())
            .asAt(plan.asAt())
            .addAreas(hostile)
            .addAreas(plan.areas().get(1))
            .build();

    String html = render(changed);

    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;");
  }

  @Test
  void sparkline_flatSeries_isDrawnAcrossTheMiddle() {
    String svg = Dashboard.sparkline(List.of(new double[] {0, 5}, new double[] {1, 5}));

    assertThat(svg).contains("points=\"2.0,14.0 118.0,14.0\"");
  }

  private static String render(ImprovementPlan plan) {
    return Dashboard.render(BoardReport.of(plan, plan.asAt(), ReportOptions.defaults(), null));
  }
}
