package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.history.PlanHistory;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadCommandsTest {

  @TempDir Path temp;

  private Path store;
  private Path latest;
  private ImprovementPlan last;

  @BeforeEach
  void recordTheExampleYear() {
    store = temp.resolve("store");
    List<ImprovementPlan> year = ExampleHistory.updates();
    try (PlanHistory h = PlanHistory.inFolder(store)) {
      year.forEach(h::record);
    }
    last = year.get(year.size() - 1);
    latest = temp.resolve("latest.json");
    PlanJson.write(last, latest);
  }

  private String someLead() {
    return last.areas().stream()
        .filter(a -> a.leads().size() == 1)
        .findFirst()
        .orElseThrow()
        .leads()
        .get(0);
  }

  @Test
  void reportLead_listsOnlyTheirMilestones_overdueFirst_withTheirTrend() {
    String lead = someLead();
    Cli.Run r = Cli.run("report", latest.toString(), "--lead", lead, "--history", store.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> rows =
        r.out()
            .lines()
            .filter(l -> l.startsWith("  ") && !l.startsWith("   "))
            .filter(l -> l.matches("  \\d+\\.\\d+\\.\\d+ .*"))
            .toList();
    long ledMilestones =
        last.areas().stream()
            .filter(a -> a.leads().contains(lead))
            .flatMap(a -> a.actions().stream())
            .mapToLong(a -> a.milestones().size())
            .sum();
    assertThat(rows).hasSize((int) ledMilestones);
    List<Boolean> overdue = rows.stream().map(l -> l.contains(" OVERDUE ")).toList();
    assertThat(overdue.indexOf(false)).isGreaterThanOrEqualTo(overdue.lastIndexOf(true));
    assertThat(r.out()).contains("Trend of lead " + lead + ": 12 reporting dates");
  }

  @Test
  void reportLead_unknown_namesTheLeads() {
    Cli.Run r = Cli.run("report", latest.toString(), "--lead", "Nobody Here");
    assertThat(r.code()).isEqualTo(Main.UNREADABLE);
    assertThat(r.err()).contains("nobody called 'Nobody Here' leads an area; leads: ");
  }

  @Test
  void dashboardWithHistory_hasATrendChartPerArea() throws IOException {
    Path page = temp.resolve("dash.html");
    Cli.Run r =
        Cli.run(
            "dashboard",
            latest.toString(),
            "--history",
            store.toString(),
            "--out",
            page.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).doesNotContain("<script");
    Matcher m =
        Pattern.compile("<polyline class=\"complete-line\"[^>]*points=\"([^\"]*)\"").matcher(html);
    int charts = 0;
    while (m.find()) {
      charts++;
      assertThat(m.group(1).split(" ")).hasSize(12);
    }
    assertThat(charts).isEqualTo(last.areas().size());
    for (Area a : last.areas()) {
      int section = html.indexOf("id=\"area-" + a.ref().number() + "\"");
      assertThat(html.indexOf("trend-chart", section))
          .isLessThan(html.indexOf("</section>", section));
    }
  }

  @Test
  void dashboardLead_writesTheLeadsPage() throws IOException {
    String lead = someLead();
    Path page = temp.resolve("lead.html");
    Cli.Run r =
        Cli.run(
            "dashboard",
            latest.toString(),
            "--lead",
            lead,
            "--history",
            store.toString(),
            "--out",
            page.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(page);
    assertThat(html)
        .contains("<h1>" + Dashboard.esc(lead) + "</h1>")
        .contains("trend-chart")
        .doesNotContain("<script");
  }
}
