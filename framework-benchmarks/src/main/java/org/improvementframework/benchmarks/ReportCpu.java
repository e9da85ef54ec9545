package org.improvementframework.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.ImprovementPlan;

/**
 * {@link ReportBenchmark}'s report on plans of several sizes in one process, the sizes taking
 * turns round after round, timed by the CPU time of the thread that runs them as well as by the
 * clock: on a machine shared with other builds, waiting for a core inflates the clock's time by
 * whatever the others do, but not the thread's CPU time. Each round reports on a plan as many
 * times as make about a million milestones, so every size is timed over the same work. Not a JMH
 * benchmark: a check, under load, of the flatness JMH measures on a quiet machine.
 *
 * <pre>{@code
 * java -Xms4g -Xmx4g -cp benchmarks.jar org.improvementframework.benchmarks.ReportCpu 20 \
 *     10000 1000000
 * }</pre>
 *
 * <p>The plans come from {@link PlanCache} (read from JSON, as a user's are); a size written
 * {@code g10000} is generated object by object instead. Prints, per round and size, the thread's
 * CPU time and the wall time per milestone in ns, then the median and least of the later half of
 * the rounds, the earlier half being warm-up, and each size's median over the first size's.
 */
public final class ReportCpu {

  private static final int WORK = 1_000_000;

  private ReportCpu() {}

  /**
   * Runs the rounds.
   *
   * @param args the number of rounds, then the sizes (milestones, {@code g} first for a plan
   *     generated rather than read)
   */
  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    int sizes = args.length - 1;
    ImprovementPlan[] plans = new ImprovementPlan[sizes];
    for (int s = 0; s < sizes; s++) {
      String a = args[s + 1];
      plans[s] =
          a.startsWith("g")
              ? BenchmarkPlans.plan(Integer.parseInt(a.substring(1)))
              : PlanCache.inTemporaryFolder().plan(Integer.parseInt(a));
    }
    ReportOptions options = ReportOptions.defaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] cpu = new double[sizes][rounds];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %2d", r));
      for (int s = 0; s < sizes; s++) {
        ImprovementPlan plan = plans[s];
        LocalDate asOf = plan.asAt().plusMonths(3);
        long milestones = plan.milestones().count();
        int times = (int) Math.max(1, WORK / milestones);
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (int k = 0; k < times; k++) {
          sink += MonthlyReport.of(plan, asOf, options).findings().size();
        }
        double n = (double) milestones * times;
        cpu[s][r] = (threads.getCurrentThreadCpuTime() - c0) / n;
        double wall = (System.nanoTime() - w0) / n;
        line.append(String.format(Locale.ROOT, "  %s %6.1f %6.1f", args[s + 1], cpu[s][r], wall));
      }
      System.out.println(line);
    }
    double first = median(cpu[0], rounds);
    for (int s = 0; s < sizes; s++) {
      double m = median(cpu[s], rounds);
      double[] later = Arrays.copyOfRange(cpu[s], rounds / 2, rounds);
      System.out.printf(
          Locale.ROOT,
          "%s: CPU ns per milestone, later half: median %.1f, least %.1f; %.2fx the first size%n",
          args[s + 1],
          m,
          Arrays.stream(later).min().orElseThrow(),
          m / first);
    }
    System.out.println("(" + sink + ")");
  }

  private static double median(double[] values, int rounds) {
    double[] later = Arrays.copyOfRange(values, rounds / 2, rounds);
    Arrays.sort(later);
    return later[later.length / 2];
  }
}
