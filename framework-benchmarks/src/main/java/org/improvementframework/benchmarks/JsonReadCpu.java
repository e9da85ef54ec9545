package org.improvementframework.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link JsonReadBenchmark}'s two operations, one after the other in one process, timed by the
 * CPU time of the thread that runs them as well as by the clock: on a machine shared with other
 * builds, waiting for a core inflates the clock's time of each operation by whatever the others
 * do, but not the CPU time of the thread. The process's CPU time adds what the collector and the
 * compiler spent meanwhile. Not a JMH benchmark: a check, under load, of the ratio JMH measures on
 * a quiet machine.
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -cp benchmarks.jar org.improvementframework.benchmarks.JsonReadCpu 100000 30
 * }</pre>
 *
 * <p>Prints one line per round (floor and read: thread CPU, process CPU, wall, in ms), then the
 * median, least and most of the later half of the rounds, the earlier half being warm-up.
 */
public final class JsonReadCpu {

  private JsonReadCpu() {}

  /**
   * Runs the rounds.
   *
   * @param args the number of milestones (default 100,000) and of rounds (default 30)
   * @throws IOException never: the bytes are in memory
   */
  public static void main(String[] args) throws IOException {
    JsonReadBenchmark b = setUp(args);
    int rounds = rounds(args);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] times = new double[6][rounds];
    for (int r = 0; r < rounds; r++) {
      long[] t0 = now(threads);
      long n = b.jacksonFloor();
      long[] t1 = now(threads);
      int areas = b.readPlan().areas().size();
      long[] t2 = now(threads);
      for (int k = 0; k < 3; k++) {
        times[k][r] = (t1[k] - t0[k]) / 1e6;
        times[k + 3][r] = (t2[k] - t1[k]) / 1e6;
      }
      System.out.printf(
          Locale.ROOT,
          "round %2d  floor %7.1f %7.1f %7.1f  read %7.1f %7.1f %7.1f  (%d, %d)%n",
          r,
          times[0][r],
          times[1][r],
          times[2][r],
          times[3][r],
          times[4][r],
          times[5][r],
          n,
          areas);
    }
    String[] names = {
      "floor thread CPU",
      "floor process CPU",
      "floor wall",
      "read thread CPU",
      "read process CPU",
      "read wall"
    };
    for (int k = 0; k < 6; k++) {
      double[] later = Arrays.copyOfRange(times[k], rounds / 2, rounds);
      Arrays.sort(later);
      System.out.printf(
          Locale.ROOT,
          "%-18s median %7.1f ms  least %7.1f  most %7.1f%n",
          names[k],
          later[later.length / 2],
          later[0],
          later[later.length - 1]);
    }
  }

  /**
   * Sets up the benchmark of the number of milestones in {@code args[0]}, 100,000 if none, for
   * this class and the other probes of the JSON read.
   */
  static JsonReadBenchmark setUp(String[] args) throws IOException {
    JsonReadBenchmark b = new JsonReadBenchmark();
    b.milestones = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    b.setUp();
    return b;
  }

  /** Gets the number of rounds in {@code args[1]}, 30 if none. */
  static int rounds(String[] args) {
    return args.length > 1 ? Integer.parseInt(args[1]) : 30;
  }

  private static long[] now(ThreadMXBean threads) {
    long process =
        ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    return new long[] {threads.getCurrentThreadCpuTime(), process, System.nanoTime()};
  }
}
