package org.improvementframework.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.improvementframework.history.PlanHistory;
import org.improvementframework.history.Trend;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.ImprovementPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The trend query over a folder store: every record read, checked against its hash, judged by
 * the monthly report and compared with the month before. The setup records the months into a
 * temporary folder and checks that the trend from the store equals the trend of the plans in
 * memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HistoryTrendBenchmark {

  /** The number of milestones of the plan. */
  @Param({"1000"})
  public int milestones;

  /** The number of monthly updates recorded. */
  @Param({"12", "120"})
  public int months;

  private Path folder;
  private final ReportOptions options = ReportOptions.defaults();

  /**
   * Records the months and checks the trend once.
   *
   * @throws IOException if the temporary folder cannot be made
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("history-bench");
    List<ImprovementPlan> plans = HistoryPlans.months(milestones, months);
    try (PlanHistory h = PlanHistory.inFolder(folder.resolve("store"))) {
      plans.forEach(h::record);
    }
    Check.equal(trend(), Trend.of(plans, options), "trend from the store");
  }

  /**
   * Removes the temporary folder.
   *
   * @throws IOException if it cannot be removed
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Answers the trend query from a freshly opened history.
   *
   * @return the trend; not null
   */
  @Benchmark
  public Trend trend() {
    try (PlanHistory h = PlanHistory.inFolder(folder.resolve("store"))) {
      return h.trend(options);
    }
  }
}
