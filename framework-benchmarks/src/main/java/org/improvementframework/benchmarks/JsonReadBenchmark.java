package org.improvementframework.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * Reading the canonical JSON into the model ({@link #readPlan}) against the floor: Jackson's
 * bare streaming parse of the same bytes, every token read and its text decoded, nothing built
 * ({@link #jacksonFloor}). Both read from a {@link ByteArrayInputStream} over the same bytes.
 *
 * <p>The setup checks that reading gives back exactly the generated plan, and that the floor saw
 * at least one JSON object per milestone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
// Five warm-ups: C2 compiles the reader's large methods (the field readers with what they
// inline) for up to seconds each, still during the third and fourth iteration of a loaded run.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonReadBenchmark {

  /** The number of milestones of the plan read. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int milestones;

  private final JsonFactory factory = new JsonFactory();
  private byte[] json;

  /**
   * Generates the plan, writes it, and checks both benchmarks once.
   *
   * @throws IOException never: the bytes are in memory
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ImprovementPlan plan = BenchmarkPlans.plan(milestones);
    json = BenchmarkPlans.json(plan);
    Check.equal(readPlan(), plan, "the plan read from its JSON");
    long objects = objects(factory, json);
    Check.that(objects > milestones, "more JSON objects than the %d milestones", milestones);
    Check.that(jacksonFloor() > objects, "the floor to count more than the %d objects", objects);
  }

  /**
   * Gets the JSON bytes of the plan, for the memory probe and the tests.
   *
   * @return the bytes; not null
   */
  public byte[] json() {
    return json;
  }

  /**
   * Reads the JSON into the model, with every check the reader and the model make.
   *
   * @return the plan; not null
   */
  @Benchmark
  public ImprovementPlan readPlan() {
    return PlanJson.read(new ByteArrayInputStream(json), BenchmarkPlans.JSON_OPTIONS).value();
  }

  /**
   * Parses the same bytes with Jackson's streaming parser, decoding every name and value.
   *
   * @return the number of characters and tokens seen, so that nothing is optimised away
   * @throws IOException never: the bytes are in memory
   */
  @Benchmark
  public long jacksonFloor() throws IOException {
    return floor(factory, json);
  }

  /** Every token read, every string's characters decoded into the parser's buffer. */
  static long floor(JsonFactory factory, byte[] bytes) throws IOException {
    long n = 0;
    try (JsonParser p = factory.createParser(new ByteArrayInputStream(bytes))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME, VALUE_STRING, VALUE_NUMBER_FLOAT -> n += p.getTextLength();
          case VALUE_NUMBER_INT -> n += p.getLongValue();
          default -> n++;
        }
      }
    }
    return n;
  }

  private static long objects(JsonFactory factory, byte[] bytes) throws IOException {
    long n = 0;
    try (JsonParser p = factory.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        n += t == JsonToken.START_OBJECT ? 1 : 0;
      }
    }
    return n;
  }
}
