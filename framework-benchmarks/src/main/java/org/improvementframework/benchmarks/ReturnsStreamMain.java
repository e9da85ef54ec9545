package org.improvementframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.returns.cin.CinCensus;
import org.improvementframework.io.returns.ssda903.Ssda903CaseRecords;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;

/**
 * Streams a return into counting sinks, for measuring the reading path's memory as a whole
 * process, without any calculator: {@code java -Xmx64m -cp benchmarks.jar
 * org.improvementframework.benchmarks.ReturnsStreamMain 903 DIR} or {@code ... cin FILE}.
 */
public final class ReturnsStreamMain {

  private ReturnsStreamMain() {}

  /**
   * Reads the return and prints its counts.
   *
   * @param args {@code 903 DIR} or {@code cin FILE}
   */
  public static void main(String[] args) {
    DateRange fy = DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
    Path path = Path.of(args[1]);
    if (args[0].equals("903")) {
      long[] counts = new long[2];
      System.out.println(
          Ssda903CaseRecords.stream(
              path,
              fy,
              InputLimits.defaults(),
              Ssda903CaseRecords.Sink.builder()
                  .on(LookedAfterPeriod.class, p -> counts[0]++)
                  .on(Placement.class, p -> counts[1]++)
                  .build()));
      System.out.println(counts[0] + " periods of care, " + counts[1] + " placements");
    } else {
      try (InputStream in = Files.newInputStream(path)) {
        System.out.println(
            CinCensus.stream(
                in,
                path.getFileName().toString(),
                InputLimits.defaults(),
                new CinCensus.Sink() {}));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
