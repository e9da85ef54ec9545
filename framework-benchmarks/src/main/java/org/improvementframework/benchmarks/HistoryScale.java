package org.improvementframework.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.improvementframework.history.PlanHistory;
import org.improvementframework.history.Trend;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.ImprovementPlan;

/**
 * The history at scale, as a whole process: records monthly updates of a generated plan into a
 * new folder store, then answers the trend query from a freshly opened history, printing the
 * times and the store's size.
 *
 * <pre>
 * java -cp framework-benchmarks/target/benchmarks.jar \
 *     org.improvementframework.benchmarks.HistoryScale DIR 10000 120
 * </pre>
 */
public final class HistoryScale {

  private HistoryScale() {}

  /**
   * Runs it.
   *
   * @param args the new folder, the plan's milestones, the number of months
   * @throws IOException if the store's size cannot be measured
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    int milestones = Integer.parseInt(args[1]);
    int months = Integer.parseInt(args[2]);
    Check.that(!Files.exists(folder), "folder %s must not exist yet", folder);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    List<ImprovementPlan> plans = HistoryPlans.months(milestones, months);
    long t1 = System.nanoTime();
    long c1 = cpu.getCurrentThreadCpuTime();
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      plans.forEach(h::record);
    }
    long t2 = System.nanoTime();
    long c2 = cpu.getCurrentThreadCpuTime();
    plans = null;
    Trend trend;
    try (PlanHistory h = PlanHistory.inFolder(folder)) {
      trend = h.trend(ReportOptions.defaults());
    }
    long t3 = System.nanoTime();
    long c3 = cpu.getCurrentThreadCpuTime();
    Check.equal(trend.plan().size(), months, "trend points");
    long bytes;
    try (Stream<Path> files = Files.walk(folder)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf("plans generated: %.1f s%n", (t1 - t0) / 1e9);
    System.out.printf(
        "recorded %d months of %d milestones: %.1f s (%.0f ms per month)%n",
        months, milestones, (t2 - t1) / 1e9, (t2 - t1) / 1e6 / months);
    System.out.printf(
        "trend query: %.1f s (%.0f ms per month)%n", (t3 - t2) / 1e9, (t3 - t2) / 1e6 / months);
    // On a shared machine the wall-clock times include waiting for a core; CPU time does not.
    System.out.printf(
        "CPU time of the main thread: recording %.1f s, trend query %.1f s%n",
        (c2 - c1) / 1e9, (c3 - c2) / 1e9);
    System.out.printf(
        "store size: %.1f MB (%.0f bytes per milestone-month)%n",
        bytes / 1e6, (double) bytes / ((long) milestones * months));
    System.out.printf(
        "deadlines moved: %d milestones; last percent complete %s%n",
        trend.deadlines().size(), trend.plan().get(months - 1).percentComplete());
  }
}
