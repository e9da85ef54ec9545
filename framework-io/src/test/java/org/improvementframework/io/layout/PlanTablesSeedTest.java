package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.tracker.TrackerImporter;
import org.improvementframework.io.tracker.TrackerOptions;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

/** The seed tracker read through the layouts gives the plan the tracker importer gives. */
class PlanTablesSeedTest {

  static String seed() throws Exception {
    try (InputStream in =
        PlanTablesSeedTest.class.getResourceAsStream(
            "/org/improvementframework/io/seed-2015.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void read_seed_detectsTrackerLayout_andGivesTheImportersPlan() throws Exception {
    String text = seed();
    CsvTables.Table table = CsvTables.read(text, "seed.txt", CsvOptions.defaults());
    ReadResult<ImprovementPlan> viaLayouts =
        PlanTables.read(
            TableReader.of(table.rows()), LayoutOptions.defaults().withSource("seed.txt"));
    ReadResult<ImprovementPlan> direct =
        TrackerImporter.read(text, TrackerOptions.builder().source("seed.txt").build());

    assertThat(viaLayouts.value()).isEqualTo(direct.value());
    assertThat(viaLayouts.warnings().get(0).toString())
        .contains("read the table as layout tracker");
  }
}
