package org.improvementframework.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.improvementframework.metrics.MilestoneState;
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
 * The monthly report (milestone states, progress by action, area, lead and plan, derived RAG and
 * its disagreements, the built-in plan rules, overdue and due lists) with the default options,
 * as of three months after the plan's "as at" date: a report run on statuses that have aged, so
 * that milestones are overdue, due and not due, and the rules find things to say. Divide the
 * score by {@link #milestones} for the time per milestone; run with {@code -prof gc} for the
 * allocation per report.
 *
 * <p>The setup checks the overdue count against a count made milestone by milestone with the
 * classifier alone, and that every milestone was judged.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReportBenchmark {

  /** The number of milestones of the plan reported on. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int milestones;

  private final ReportOptions options = ReportOptions.defaults();
  private ImprovementPlan plan;
  private LocalDate asOf;

  /** Generates the plan and checks the report once. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = BenchmarkPlans.plan(milestones);
    asOf = plan.asAt().plusMonths(3);
    check(report(), options, milestones);
  }

  static void check(MonthlyReport r, ReportOptions options, int milestones) {
    long overdue =
        r.plan()
            .milestones()
            .filter(m -> options.classifier().state(m, r.asOf()) == MilestoneState.OVERDUE)
            .count();
    Check.equal(r.states().total(), (long) milestones, "milestones judged");
    Check.equal(r.states().overdue(), overdue, "overdue milestones");
    Check.equal((long) r.overdue().size(), overdue, "overdue list length");
    Check.that(overdue > 0, "some overdue milestones in the generated plan");
    Check.equal(
        r.rag().actions().size(),
        milestones / BenchmarkPlans.MILESTONES_PER_ACTION,
        "actions rated");
  }

  /**
   * Works out the report.
   *
   * @return the report; not null
   */
  @Benchmark
  public MonthlyReport report() {
    return MonthlyReport.of(plan, asOf, options);
  }
}
