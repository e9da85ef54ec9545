package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.SeededRandomness;

/**
 * Runs a calculation from 16 threads at once, over shared immutable inputs, a fixed number of
 * times each, and checks that every answer equals the one computed first on a single thread.
 * Shared mutable state anywhere on the path (a cache, a static formatter) would show as a
 * different answer or an exception.
 */
public class ConcurrencyStressTest {

  /** Threads run at once. */
  public static final int THREADS = 16;

  /**
   * Runs {@code task} on {@link #THREADS} threads, all released together, each {@code rounds}
   * times, and checks every answer against {@code expected}. A count, not a duration: the same
   * work is checked however loaded the machine is, and nothing waits on a clock.
   *
   * @param expected the single-threaded answer; not null
   * @param task the calculation over shared inputs; not null
   * @param rounds how many times each thread runs the task; at least 1
   * @return the number of calculations compared
   * @throws Exception if a thread failed
   */
  public static long check(Object expected, Supplier<?> task, int rounds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<Long> worker =
            () -> {
              start.await();
              long runs = 0;
              for (int r = 0; r < rounds; r++) {
                assertThat(task.get()).isEqualTo(expected);
                runs++;
              }
              return runs;
            };
        futures.add(pool.submit(worker));
      }
      start.countDown();
      long total = 0;
      for (Future<Long> f : futures) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A monthly report as comparable text: every part a board reads. */
  static String fingerprint(MonthlyReport r) {
    return r.states()
        + "\n"
        + r.progress().byArea()
        + "\n"
        + r.progress().byLead()
        + "\n"
        + r.overdue()
        + "\n"
        + r.dueSoon()
        + "\n"
        + r.disagreements()
        + "\n"
        + r.findings();
  }

  @org.junit.jupiter.api.Test
  void monthlyReport_sharedPlanFrom16Threads_equalsTheSingleThreadedReport() throws Exception {
    List<ImprovementPlan> plans = new ArrayList<>();
    for (long seed = 1; seed <= 8; seed++) {
      plans.add(PlanGenerators.plans().generate(SeededRandomness.of(seed)));
    }
    LocalDate asOf = LocalDate.of(2015, 3, 31);
    Supplier<List<String>> task =
        () -> {
          List<String> out = new ArrayList<>();
          for (ImprovementPlan plan : plans) {
            out.add(fingerprint(MonthlyReport.of(plan, asOf, ReportOptions.defaults())));
            out.add(String.valueOf(plan.milestones().count()) + plan.hashCode());
          }
          return out;
        };
    List<String> expected = task.get();
    assertThat(check(expected, task, 25)).isEqualTo(THREADS * 25L);
  }
}
