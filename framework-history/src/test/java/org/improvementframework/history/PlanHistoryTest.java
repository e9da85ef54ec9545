package org.improvementframework.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.slippage.ChangeKind;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

class PlanHistoryTest {

  @TempDir Path temp;

  private final AtomicInteger folders = new AtomicInteger();

  private Path newFolder() {
    return temp.resolve("store-" + folders.incrementAndGet());
  }

  private static List<ImprovementPlan> plymouthYear() {
    return Histories.evolve(ExamplePlans.plymouth2015(), 2015, 12);
  }

  @Test
  void recordThenLoad_returnsEqualPlans() {
    qt().withExamples(15)
        .forAll(Histories.histories())
        .checkAssert(
            plans -> {
              try (PlanHistory h = PlanHistory.inFolder(newFolder())) {
                plans.forEach(p -> assertThat(h.record(p)).isEqualTo(RecordOutcome.RECORDED));
                for (ImprovementPlan p : plans) {
                  assertThat(h.at(p.asAt())).contains(p);
                }
                assertThat(h.plans()).containsExactlyElementsOf(plans);
              }
            });
  }

  @Test
  void trendFromStore_equalsTrendFromPlansInMemory() {
    qt().withExamples(15)
        .forAll(Histories.histories())
        .checkAssert(
            plans -> {
              try (PlanHistory h = PlanHistory.inFolder(newFolder())) {
                plans.forEach(h::record);
                assertThat(h.trend(ReportOptions.defaults()))
                    .isEqualTo(Trend.of(plans, ReportOptions.defaults()));
              }
            });
  }

  @Test
  void recordingOrder_doesNotChangeTheHistory() {
    qt().withExamples(15)
        .forAll(Histories.histories(), SourceDSL.longs().all())
        .checkAssert(
            (plans, seed) -> {
              List<ImprovementPlan> shuffled = new ArrayList<>(plans);
              Collections.shuffle(shuffled, new Random(seed));
              try (PlanHistory a = PlanHistory.inFolder(newFolder());
                  PlanHistory b = PlanHistory.inFolder(newFolder())) {
                plans.forEach(a::record);
                shuffled.forEach(b::record);
                assertThat(b.dates()).isEqualTo(a.dates()).isSorted();
                assertThat(b.plans()).isEqualTo(a.plans());
                assertThat(b.trend(ReportOptions.defaults()))
                    .isEqualTo(a.trend(ReportOptions.defaults()));
              }
            });
  }

  @Test
  void recordingTwice_isANoOp() {
    qt().withExamples(15)
        .forAll(Histories.histories())
        .checkAssert(
            plans -> {
              try (PlanHistory h = PlanHistory.inFolder(newFolder())) {
                plans.forEach(h::record);
                List<String> before =
                    h.store().index().stream().map(RecordSummary::sha256).toList();
                plans.forEach(p -> assertThat(h.record(p)).isEqualTo(RecordOutcome.UNCHANGED));
                assertThat(h.store().index().stream().map(RecordSummary::sha256))
                    .containsExactlyElementsOf(before);
              }
            });
  }

  @Test
  void recordingAnotherPlanForARecordedDate_isRefused() {
    List<ImprovementPlan> year = plymouthYear();
    try (PlanHistory h = PlanHistory.inFolder(newFolder())) {
      h.record(year.get(0));
      ImprovementPlan other = year.get(0).withTitle("Another title");
      assertThatThrownBy(() -> h.record(other))
          .isInstanceOf(RecordConflictException.class)
          .hasMessageContaining(
              "already has a different plan recorded as at " + year.get(0).asAt());
      assertThat(h.at(year.get(0).asAt())).contains(year.get(0));
    }
  }

  @Test
  void trend_ofTheExampleYear_followsProgressAndDeadlineMoves() {
    List<ImprovementPlan> year = plymouthYear();
    try (PlanHistory h = PlanHistory.inFolder(newFolder())) {
      year.forEach(h::record);
      Trend t = h.trend(ReportOptions.defaults());
      assertThat(t.dates()).hasSize(12);
      List<Long> complete = t.plan().stream().map(p -> p.counts().complete()).toList();
      assertThat(complete).isSorted();
      assertThat(complete.get(11)).isGreaterThan(complete.get(0));
      assertThat(t.areas()).containsKey(AreaRef.of(1));
      assertThat(t.area(AreaRef.of(1))).hasSize(12);
      long movesInTrend = t.deadlines().values().stream().mapToLong(DeadlineHistory::count).sum();
      long movesInSlippage = 0;
      for (int i = 1; i < year.size(); i++) {
        var s = h.slippage(year.get(i - 1).asAt(), year.get(i).asAt());
        movesInSlippage +=
            s.count(ChangeKind.DEADLINE_LATER) + s.count(ChangeKind.DEADLINE_EARLIER);
      }
      assertThat(movesInTrend).isPositive().isEqualTo(movesInSlippage);
      String lead = t.leads().keySet().iterator().next();
      assertThat(t.lead(lead)).hasSize(12);
    }
  }

  @Test
  void handEditedFile_isNamedAndSkippedOnlyOnRequest() throws IOException {
    List<ImprovementPlan> year = plymouthYear().subList(0, 3);
    Path folder = newFolder();
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      year.forEach(h::record);
    }
    Path file = folder.resolve("plans/" + year.get(1).asAt() + ".json");
    String json = Files.readString(file);
    Files.writeString(file, json.replaceFirst("\"title\" *: *\"", "$0Edited "));
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      assertThatThrownBy(h::plans)
          .isInstanceOf(DamagedRecordException.class)
          .hasMessageContaining("plans/" + year.get(1).asAt() + ".json")
          .hasMessageContaining("changed after recording");
      List<DamagedRecordException> skipped = new ArrayList<>();
      assertThat(h.skippingDamaged(skipped::add).plans()).containsExactly(year.get(0), year.get(2));
      assertThat(skipped)
          .extracting(DamagedRecordException::asAt)
          .containsExactly(year.get(1).asAt());
    }
  }

  @Test
  void damagedFile_isNamedWithWhatIsWrong() throws IOException {
    List<ImprovementPlan> year = plymouthYear().subList(0, 2);
    Path folder = newFolder();
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      year.forEach(h::record);
    }
    Path file = folder.resolve("plans/" + year.get(0).asAt() + ".json");
    Files.writeString(file, Files.readString(file).substring(0, 200));
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      assertThatThrownBy(() -> h.at(year.get(0).asAt()))
          .isInstanceOf(DamagedRecordException.class)
          .hasMessageContaining(year.get(0).asAt() + ".json")
          .hasMessageContaining("not a plan in the canonical JSON format");
      assertThat(h.at(year.get(1).asAt())).contains(year.get(1));
    }
    Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28});
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      assertThatThrownBy(() -> h.at(year.get(0).asAt()))
          .isInstanceOf(DamagedRecordException.class)
          .hasMessageContaining("not UTF-8");
    }
    Files.delete(file);
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      assertThatThrownBy(() -> h.at(year.get(0).asAt()))
          .isInstanceOf(DamagedRecordException.class)
          .hasMessageContaining("missing");
    }
  }

  @Test
  void storeOfANewerFormatVersion_isRefusedClearly() throws IOException {
    Path folder = newFolder();
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      h.record(ExamplePlans.plymouth2015());
    }
    Path index = folder.resolve(FolderHistoryStore.INDEX);
    Files.writeString(index, Files.readString(index).replace("\"version\" : 1", "\"version\" : 2"));
    assertThatThrownBy(() -> PlanHistory.inFolder(folder))
        .isInstanceOf(StoreVersionException.class)
        .hasMessageContaining("format version 2")
        .hasMessageContaining("reads version 1")
        .hasMessageContaining("upgrade");
  }

  @Test
  void folderThatIsNotAStore_isRefused() throws IOException {
    Path folder = newFolder();
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("notes.txt"), "not a store", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PlanHistory.inFolder(folder))
        .isInstanceOf(HistoryStoreException.class)
        .hasMessageContaining("is not a history store");
    Files.writeString(folder.resolve(FolderHistoryStore.INDEX), "{\"format\": ");
    assertThatThrownBy(() -> PlanHistory.inFolder(folder))
        .isInstanceOf(HistoryStoreException.class)
        .hasMessageContaining("history.json is not JSON");
  }

  @Test
  void slippage_betweenDatesNotRecorded_namesTheRecordedDates() {
    try (PlanHistory h = PlanHistory.inFolder(newFolder())) {
      h.record(ExamplePlans.plymouth2015());
      LocalDate missing = LocalDate.of(2001, 1, 31);
      assertThatThrownBy(() -> h.slippage(missing, ExamplePlans.plymouth2015().asAt()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no plan is recorded as at 2001-01-31")
          .hasMessageContaining(ExamplePlans.plymouth2015().asAt().toString());
    }
  }
}
