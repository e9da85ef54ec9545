package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.improvementframework.history.Trend;
import org.improvementframework.metrics.MilestoneState;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleHistoryTest {

  @TempDir Path temp;

  @Test
  void regenerating_givesTheShippedFilesByteForByte() throws IOException {
    ExampleHistory.main(new String[] {temp.toString()});
    List<ImprovementPlan> updates = ExampleHistory.updates();
    assertThat(updates).hasSize(12);
    try (var files = Files.list(temp)) {
      assertThat(files).hasSize(12);
    }
    for (ImprovementPlan p : updates) {
      String name = p.asAt() + ".json";
      try (InputStream in =
          ExampleHistory.class.getResourceAsStream(ExampleHistory.RESOURCE_FOLDER + name)) {
        assertThat(in).as(name).isNotNull();
        assertThat(Files.readAllBytes(temp.resolve(name))).as(name).isEqualTo(in.readAllBytes());
      }
    }
  }

  @Test
  void theYear_completesMilestonesAndLetsSomeSlip() throws IOException {
    List<ImprovementPlan> shipped = ExampleHistory.shipped();
    assertThat(shipped).isEqualTo(ExampleHistory.updates());
    Trend t = Trend.of(shipped, ReportOptions.defaults());
    long first = t.plan().get(0).counts().count(MilestoneState.COMPLETE);
    long last = t.plan().get(11).counts().count(MilestoneState.COMPLETE);
    assertThat(last).isGreaterThan(first);
    assertThat(t.deadlines()).isNotEmpty();
    assertThat(t.deadlines().values()).anySatisfy(d -> assertThat(d.daysLater()).isPositive());
  }
}
