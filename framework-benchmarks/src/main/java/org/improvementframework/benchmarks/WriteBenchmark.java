package org.improvementframework.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
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
 * Writing a plan as canonical JSON and as the milestone CSV, each to a byte stream (UTF-8, the
 * limit counted in bytes) and to a character stream (the limit counted in characters), with the
 * limits every writer checks. Each writes into one reused buffer, so that growing the buffer is
 * not measured.
 *
 * <p>The setup checks that each of the four outputs reads back to the generated plan, and that
 * the byte and character outputs of one format are the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class WriteBenchmark {

  /** The number of milestones of the plan written. */
  @Param({"1000", "100000"})
  public int milestones;

  private ImprovementPlan plan;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
  private final CharArrayWriter chars = new CharArrayWriter(1 << 16);

  /** Generates the plan, and checks that every output reads back to it. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = PlanCache.inTemporaryFolder().plan(milestones);
    jsonToStream();
    byte[] json = bytes.toByteArray();
    Check.equal(
        PlanJson.read(new ByteArrayInputStream(json), BenchmarkPlans.JSON_OPTIONS).value(),
        plan,
        "the plan read from the JSON bytes written");
    jsonToWriter();
    Check.equal(chars.toString(), new String(json, StandardCharsets.UTF_8), "the JSON text");
    csvToStream();
    byte[] csv = bytes.toByteArray();
    Check.equal(
        PlanCsv.read(new ByteArrayInputStream(csv), BenchmarkPlans.CSV_OPTIONS).value(),
        plan,
        "the plan read from the CSV bytes written");
    csvToWriter();
    Check.equal(chars.toString(), new String(csv, StandardCharsets.UTF_8), "the CSV text");
  }

  /**
   * Writes the JSON as UTF-8 bytes.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int jsonToStream() {
    bytes.reset();
    PlanJson.write(plan, bytes, BenchmarkPlans.JSON_OPTIONS);
    return bytes.size();
  }

  /**
   * Writes the JSON as characters.
   *
   * @return the number of characters written
   */
  @Benchmark
  public int jsonToWriter() {
    chars.reset();
    PlanJson.write(plan, chars);
    return chars.size();
  }

  /**
   * Writes the CSV as UTF-8 bytes.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int csvToStream() {
    bytes.reset();
    PlanCsv.write(plan, bytes, BenchmarkPlans.CSV_OPTIONS);
    return bytes.size();
  }

  /**
   * Writes the CSV as characters.
   *
   * @return the number of characters written
   */
  @Benchmark
  public int csvToWriter() {
    chars.reset();
    PlanCsv.write(plan, chars, BenchmarkPlans.CSV_OPTIONS);
    return chars.size();
  }
}
