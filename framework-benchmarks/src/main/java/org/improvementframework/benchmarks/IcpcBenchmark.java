package org.improvementframework.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.improvementframework.io.casework.CaseRecordReader;
import org.improvementframework.metrics.casework.IcpcTimeliness;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.WorkingDayCalendar;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.StrategyDiscussion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ICPC timeliness indicator over 10^6 generated case records (strategy discussions and
 * initial conferences, {@link CaseRecordFiles}), in two parts: {@link #fromFiles} reads both CSV
 * files with framework-io's {@code CaseRecordReader} and computes the indicator, as a council's
 * job would; {@link #fromRecords} computes it from records already in memory, the calculator
 * alone. Throughput in records a second is {@code 10^6 / score}.
 *
 * <p>The setup checks the result once against the figure the pandas peer computes from the same
 * files (section 5 of the performance notes): 314,563 of 410,235 conferences within 15 working
 * days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class IcpcBenchmark {

  /** The number of records in the two files together. */
  public static final int RECORDS = 1_000_000;

  private static final DateRange PERIOD =
      DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.of(2027, 3, 31));

  private Path dir;
  private WorkingDayCalendar calendar;
  private List<StrategyDiscussion> discussions;
  private List<InitialConference> conferences;

  /** Writes the files and reads them once into memory; checks the indicator. */
  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("icpc-benchmark");
    CaseRecordFiles.write(dir, RECORDS);
    calendar = WorkingDayCalendar.englandAndWales();
    try (Reader in =
        Files.newBufferedReader(dir.resolve(CaseRecordFiles.DISCUSSIONS), StandardCharsets.UTF_8)) {
      discussions =
          CaseRecordReader.STRATEGY_DISCUSSIONS
              .readAll(in, CaseRecordFiles.DISCUSSIONS)
              .recordsOrThrow();
    }
    try (Reader in =
        Files.newBufferedReader(dir.resolve(CaseRecordFiles.CONFERENCES), StandardCharsets.UTF_8)) {
      conferences =
          CaseRecordReader.INITIAL_CONFERENCES
              .readAll(in, CaseRecordFiles.CONFERENCES)
              .recordsOrThrow();
    }
    Check.that(
        discussions.size() + conferences.size() >= RECORDS,
        "records read: %s",
        discussions.size() + conferences.size());
    IndicatorResult fromFiles = fromFiles();
    IndicatorResult fromRecords = fromRecords();
    Check.equal(fromFiles.numerator(), new BigDecimal("314563"), "conferences within time");
    Check.equal(fromFiles.denominator(), new BigDecimal("410235"), "conferences counted");
    Check.equal(fromRecords.numerator(), fromFiles.numerator(), "in-memory numerator");
    Check.equal(fromRecords.denominator(), fromFiles.denominator(), "in-memory denominator");
  }

  /** Deletes the files. */
  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Reads both files and computes the indicator: the whole job. */
  @Benchmark
  public IndicatorResult fromFiles() {
    return IcpcMain.compute(dir, PERIOD);
  }

  /** Computes the indicator from records in memory: the calculator alone. */
  @Benchmark
  public IndicatorResult fromRecords() {
    IcpcTimeliness icpc = IcpcTimeliness.of(PERIOD, calendar, IcpcMain.CONVENTION);
    discussions.forEach(icpc::add);
    conferences.forEach(icpc::add);
    return icpc.result();
  }
}
