package org.improvementframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.returns.cin.CinCensus;
import org.improvementframework.io.returns.ssda903.Ssda903CaseRecords;
import org.improvementframework.io.returns.ssda903.Ssda903Summary;
import org.improvementframework.io.returns.ssda903.Ssda903Table;
import org.improvementframework.io.returns.workforce.WorkforceCensus;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.model.casework.Referral;
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
 * Reading the statutory returns from files that {@link ReturnFiles} writes: an SSDA903 folder
 * streamed into case records ({@link #ssda903}), a CIN census streamed child by child
 * ({@link #cin}) and a workforce census read whole ({@link #workforce}).
 *
 * <p>The files are written once per size into {@code improvement-framework-returns-bench} under
 * {@code java.io.tmpdir} and reused by later forks and runs ({@link ReturnFiles#writeOnce}); delete
 * that folder to write them again. The setup checks each reader's counts against what was
 * written before anything is timed: every Episodes row read, no row skipped and no warning, at
 * least one placement per child; every census child and referral; every worker.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReturnsReadBenchmark {

  private static final DateRange FY2024 =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));

  /** The number of SSDA903 episodes; the CIN census has a tenth as many children. */
  @Param({"100000", "1000000"})
  public int episodes;

  private Path dir;
  private ReturnFiles.Written written;

  /**
   * Writes the files (or finds them written) and checks every reader once.
   */
  @Setup(Level.Trial)
  public void setUp() {
    Map.Entry<Path, ReturnFiles.Written> files =
        ReturnFiles.writeOnce(
            Path.of(System.getProperty("java.io.tmpdir"), "improvement-framework-returns-bench"),
            episodes,
            episodes / 10,
            5_000);
    dir = files.getKey();
    written = files.getValue();
    Ssda903Summary s = read903(new long[1]);
    Check.equal(s.rows(Ssda903Table.EPISODES), written.episodes(), "Episodes rows read");
    Check.equal(s.rows(Ssda903Table.HEADER), written.children(), "Header rows read");
    Check.that(s.problems().isEmpty(), "no row skipped, found %s", s.problems().size());
    Check.that(s.warnings().isEmpty(), "no warning, found %s", s.warnings().size());
    Check.that(ssda903() >= written.children(), "a placement or more per child");
    long[] referrals = new long[1];
    CinCensus c = readCin(referrals);
    Check.equal(c.children(), written.cinChildren(), "census children read");
    Check.equal(referrals[0], written.referrals(), "referrals streamed");
    Check.that(c.problems().isEmpty(), "no census problem, found %s", c.problems().size());
    Check.that(c.warnings().isEmpty(), "no census warning, found %s", c.warnings().size());
    Check.equal((long) workforce(), written.workers(), "workers read");
  }

  /**
   * Streams the SSDA903 folder into case records, counting the placements.
   *
   * @return the placements derived
   */
  @Benchmark
  public long ssda903() {
    long[] placements = new long[1];
    read903(placements);
    return placements[0];
  }

  /**
   * Streams the CIN census, counting the referrals.
   *
   * @return the referrals read
   */
  @Benchmark
  public long cin() {
    long[] referrals = new long[1];
    readCin(referrals);
    return referrals[0];
  }

  /**
   * Reads the workforce census.
   *
   * @return the workers read
   */
  @Benchmark
  public int workforce() {
    try (InputStream in = Files.newInputStream(dir.resolve("csww.xml"))) {
      return WorkforceCensus.read(in, "csww.xml", InputLimits.defaults()).workers().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Ssda903Summary read903(long[] placements) {
    return Ssda903CaseRecords.stream(
        dir.resolve("ssda903"),
        FY2024,
        InputLimits.defaults(),
        r -> {
          if (r instanceof Placement) {
            placements[0]++;
          }
        });
  }

  private CinCensus readCin(long[] referrals) {
    try (InputStream in = Files.newInputStream(dir.resolve("cin.xml"))) {
      return CinCensus.stream(
          in,
          "cin.xml",
          InputLimits.defaults(),
          new CinCensus.Sink() {
            @Override
            public void referral(Referral r) {
              referrals[0]++;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
