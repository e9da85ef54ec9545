package org.improvementframework.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.improvementframework.io.csv.PlanCsv;
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
 * Reading the milestone CSV into the model ({@link #readPlan}) against the floor:
 * jackson-dataformat-csv reading the same bytes into plain rows of strings
 * ({@link #jacksonRows}). Both read UTF-8 from a {@link ByteArrayInputStream}.
 *
 * <p>The setup checks that reading gives back exactly the generated plan, and that the floor
 * read one row per milestone and a header. The plan comes from {@link
 * PlanCache#inTemporaryFolder()}: generating the 10^6-milestone plan in each fork took most of a
 * run's time on a loaded machine.
 *
 * <p>At 10^6 milestones a read takes longer than an iteration, so each iteration is one read:
 * five warm-up reads, because the loops that run once per read (building the areas, the plan's
 * check) reach C2 only in the fourth. The heap is touched when the fork starts ({@code
 * -XX:+AlwaysPreTouch}), for both benchmarks, so that no iteration pays for the first use of
 * heap pages the ones before it did not reach.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CsvReadBenchmark {

  /** The number of milestones of the plan read. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int milestones;

  private static final ObjectReader ROWS =
      new CsvMapper().readerForArrayOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY);
  private byte[] csv;

  /**
   * Generates the plan, writes it, and checks both benchmarks once.
   *
   * @throws IOException never: the bytes are in memory
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ImprovementPlan plan = PlanCache.inTemporaryFolder().plan(milestones);
    csv = BenchmarkPlans.csv(plan);
    Check.equal(readPlan(), plan, "the plan read from its CSV");
    Check.equal(jacksonRows(), milestones + 1L, "rows read by the floor");
  }

  /**
   * Reads the CSV into the model, with every check the reader and the model make.
   *
   * @return the plan; not null
   */
  @Benchmark
  public ImprovementPlan readPlan() {
    return PlanCsv.read(new ByteArrayInputStream(csv), BenchmarkPlans.CSV_OPTIONS).value();
  }

  /**
   * Reads the same bytes into rows of strings with jackson-dataformat-csv.
   *
   * @return the number of rows, the header included
   * @throws IOException never: the bytes are in memory
   */
  @Benchmark
  public long jacksonRows() throws IOException {
    long rows = 0;
    try (MappingIterator<String[]> it = ROWS.readValues(new ByteArrayInputStream(csv))) {
      while (it.hasNextValue()) {
        rows += it.nextValue().length > 0 ? 1 : 0;
      }
    }
    return rows;
  }
}
