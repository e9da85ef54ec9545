package org.improvementframework.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
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
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
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
    jsonToWriter();
    check("JSON", in -> PlanJson.read(in, BenchmarkPlans.JSON_OPTIONS).value());
    csvToStream();
    csvToWriter();
    check("CSV", in -> PlanCsv.read(in, BenchmarkPlans.CSV_OPTIONS).value());
  }

  /** Checks the last bytes written read back to the plan, and the last characters are them. */
  private void check(String format, Function<InputStream, ImprovementPlan> read) {
    byte[] written = bytes.toByteArray();
    Check.equal(
        read.apply(new ByteArrayInputStream(written)), plan, "the plan read from " + format);
    Check.equal(
        chars.toString(), new String(written, StandardCharsets.UTF_8), "the " + format + " text");
  }

  /**
   * Writes the JSON as UTF-8 bytes.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int jsonToStream() {
    return toStream(out -> PlanJson.write(plan, out, BenchmarkPlans.JSON_OPTIONS));
  }

  /**
   * Writes the JSON as characters.
   *
   * @return the number of characters written
   */
  @Benchmark
  public int jsonToWriter() {
    return toWriter(w -> PlanJson.write(plan, w));
  }

  /**
   * Writes the CSV as UTF-8 bytes.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int csvToStream() {
    return toStream(out -> PlanCsv.write(plan, out, BenchmarkPlans.CSV_OPTIONS));
  }

  /**
   * Writes the CSV as characters.
   *
   * @return the number of characters written
   */
  @Benchmark
  public int csvToWriter() {
    return toWriter(w -> PlanCsv.write(plan, w, BenchmarkPlans.CSV_OPTIONS));
  }

  private int toStream(Consumer<OutputStream> write) {
    bytes.reset();
    write.accept(bytes);
    return bytes.size();
  }

  private int toWriter(Consumer<Writer> write) {
    chars.reset();
    write.accept(chars);
    return chars.size();
  }
}
