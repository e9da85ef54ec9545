package org.improvementframework.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.improvementframework.metrics.MonthlyReport;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monthly report over a large plan, sequentially ({@link #sequential}: the library's
 * {@link MonthlyReport#of}) and with the per-action work and the rules on parallel streams
 * ({@link #parallel}: {@link ParallelReport}), on the common fork-join pool, that is on every
 * core available.
 *
 * <p>The setup checks that the parallel parts equal the sequential report's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParallelReportBenchmark {

  /** The number of milestones of the plan reported on. */
  @Param({"1000000"})
  public int milestones;

  private final ReportOptions options = ReportOptions.defaults();
  private ImprovementPlan plan;
  private LocalDate asOf;

  /** Generates the plan and checks that both ways give the same report. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = BenchmarkPlans.plan(milestones);
    asOf = plan.asAt().plusMonths(3);
    MonthlyReport r = sequential();
    ReportBenchmark.check(r, options, milestones);
    parallel().checkSameAs(r);
    ParallelReport.of(plan, asOf, options, false).checkSameAs(r);
  }

  /**
   * Works out the report sequentially, as the library does.
   *
   * @return the report; not null
   */
  @Benchmark
  public MonthlyReport sequential() {
    return MonthlyReport.of(plan, asOf, options);
  }

  /**
   * Works out the report's parts on parallel streams.
   *
   * @return the parts; not null
   */
  @Benchmark
  public ParallelReport parallel() {
    return ParallelReport.of(plan, asOf, options, true);
  }
}
