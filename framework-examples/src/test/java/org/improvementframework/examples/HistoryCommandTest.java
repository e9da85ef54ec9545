package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

  @TempDir Path temp;

  private Path store;
  private List<ImprovementPlan> year;

  @BeforeEach
  void recordThreeMonths() throws IOException {
    store = temp.resolve("store");
    year = ExampleHistory.updates().subList(0, 3);
    for (ImprovementPlan p : year) {
      Path file = temp.resolve(p.asAt() + ".json");
      PlanJson.write(p, file);
      Cli.Run r = Cli.run("history", "record", file.toString(), "--store", store.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("recorded " + p.asAt() + ".json as at " + p.asAt());
    }
  }

  @Test
  void record_again_isUnchanged_andAnotherPlanForTheDate_isRefused() throws IOException {
    Path file = temp.resolve(year.get(0).asAt() + ".json");
    Cli.Run again = Cli.run("history", "record", file.toString(), "--store", store.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).startsWith("unchanged:");
    PlanJson.write(year.get(0).withTitle("Edited"), file);
    Cli.Run other = Cli.run("history", "record", file.toString(), "--store", store.toString());
    assertThat(other.code()).isEqualTo(Main.UNREADABLE);
    assertThat(other.err())
        .contains("already has a different plan recorded as at 2015-03-31")
        .doesNotContain("\tat ");
  }

  @Test
  void list_showsTheDates() {
    Cli.Run r = Cli.run("history", "list", "--store", store.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().map(l -> l.substring(0, 10)))
        .containsExactly("2015-03-31", "2015-04-30", "2015-05-31");
  }

  @Test
  void trend_asCsv_hasOneRowPerDate() {
    Cli.Run r = Cli.run("history", "trend", "--store", store.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("asAt,complete,overdue,due,");
    assertThat(lines.get(3)).startsWith("2015-05-31,");
  }

  @Test
  void trend_ofAnAreaAsJson_andOfALead() {
    Cli.Run area =
        Cli.run("history", "trend", "--store", store.toString(), "--area", "1", "--format", "json");
    assertThat(area.code()).as(area.err()).isZero();
    assertThat(area.out()).contains("\"scope\" : \"area 1\"").contains("\"asAt\" : \"2015-05-31\"");
    String lead = year.get(0).areas().get(0).leads().get(0);
    Cli.Run byLead = Cli.run("history", "trend", "--store", store.toString(), "--lead", lead);
    assertThat(byLead.code()).as(byLead.err()).isZero();
    assertThat(byLead.out()).startsWith("Trend of lead " + lead + ": 3 reporting dates");
    Cli.Run nobody = Cli.run("history", "trend", "--store", store.toString(), "--lead", "Nobody");
    assertThat(nobody.code()).isEqualTo(Main.UNREADABLE);
    assertThat(nobody.err()).contains("nobody called 'Nobody' leads an area");
  }

  @Test
  void slippage_betweenTwoDates_listsChanges_andAnUnrecordedDateIsAnError() {
    Cli.Run r =
        Cli.run(
            "history",
            "slippage",
            "--store",
            store.toString(),
            "--from",
            "2015-03-31",
            "--to",
            "2015-05-31");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Changes from 2015-03-31 to 2015-05-31: ")
        .contains("STATUS_FORWARDS");
    Cli.Run missing =
        Cli.run(
            "history",
            "slippage",
            "--store",
            store.toString(),
            "--from",
            "2015-01-31",
            "--to",
            "2015-05-31");
    assertThat(missing.code()).isEqualTo(Main.UNREADABLE);
    assertThat(missing.err()).contains("no plan is recorded as at 2015-01-31");
  }

  @Test
  void damagedFile_isNamed_andTrendSkipsItWithAWarning() throws IOException {
    Path file = store.resolve("plans/2015-04-30.json");
    Files.writeString(file, "{");
    Cli.Run r = Cli.run("history", "trend", "--store", store.toString(), "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("warning: skipped damaged history record plans/2015-04-30.json");
    assertThat(r.out().lines()).hasSize(3);
    Cli.Run s =
        Cli.run(
            "history",
            "slippage",
            "--store",
            store.toString(),
            "--from",
            "2015-04-30",
            "--to",
            "2015-05-31");
    assertThat(s.code()).isEqualTo(Main.UNREADABLE);
    assertThat(s.err()).contains("plans/2015-04-30.json").doesNotContain("\tat ");
  }
}
