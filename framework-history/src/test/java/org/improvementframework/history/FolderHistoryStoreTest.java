package org.improvementframework.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderHistoryStoreTest {

  @TempDir Path temp;

  private static Process start(Path folder, String firstMonth, int count) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            RecordingProcess.class.getName(),
            folder.toString(),
            firstMonth,
            String.valueOf(count))
        .redirectErrorStream(true)
        .redirectOutput(folder.resolveSibling(firstMonth + ".log").toFile())
        .start();
  }

  @Test
  void twoProcessesRecordingAtOnce_loseNothing() throws Exception {
    Path folder = temp.resolve("store");
    int each = 30;
    Process odd = start(folder, "2010-01", each);
    Process even = start(folder, "2010-02", each);
    // No deadline: both processes end by themselves, however slow a loaded machine makes them.
    odd.waitFor();
    even.waitFor();
    assertThat(odd.exitValue()).as(Files.readString(temp.resolve("2010-01.log"))).isZero();
    assertThat(even.exitValue()).as(Files.readString(temp.resolve("2010-02.log"))).isZero();
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      List<LocalDate> expected =
          Stream.iterate(YearMonth.of(2010, 1), m -> m.plusMonths(1))
              .limit(2L * each)
              .map(YearMonth::atEndOfMonth)
              .toList();
      assertThat(h.dates()).containsExactlyElementsOf(expected);
      assertThat(h.plans()).hasSize(2 * each);
    }
    try (Stream<Path> files = Files.list(folder.resolve("plans"))) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void threadsRecordingTheSameDate_oneWinsTheOthersAreTold() throws Exception {
    Path folder = temp.resolve("threads");
    ImprovementPlan base = ExamplePlans.plymouth2015();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RecordOutcome>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        ImprovementPlan p = base.withTitle("Version " + i);
        results.add(pool.submit(() -> PlanHistory.inFolder(folder).record(p)));
      }
      int won = 0;
      int told = 0;
      for (Future<RecordOutcome> f : results) {
        try {
          assertThat(f.get()).isEqualTo(RecordOutcome.RECORDED);
          won++;
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(RecordConflictException.class);
          told++;
        }
      }
      assertThat(won).isEqualTo(1);
      assertThat(told).isEqualTo(7);
    } finally {
      pool.shutdownNow();
    }
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      assertThat(h.plans())
          .singleElement()
          .satisfies(p -> assertThat(p.title()).startsWith("Version "));
    }
  }

  @Test
  void indexEntryWithAPathOutsideTheStore_isRefused() throws IOException {
    Path folder = temp.resolve("escape");
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      h.record(ExamplePlans.plymouth2015());
    }
    Path index = folder.resolve(FolderHistoryStore.INDEX);
    Files.writeString(
        index,
        Files.readString(index)
            .replaceFirst("\"file\" : \"[^\"]*\"", "\"file\" : \"../../etc/passwd\""));
    assertThatThrownBy(() -> PlanHistory.inFolder(folder))
        .isInstanceOf(HistoryStoreException.class)
        .hasMessageContaining("history.json $.records[0].file: expected \"plans/");
  }
}
