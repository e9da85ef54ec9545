package org.improvementframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.improvementframework.io.casework.CaseRecordFormatException;
import org.improvementframework.io.casework.CaseRecordReader;
import org.improvementframework.metrics.casework.IcpcTimeliness;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.WorkingDayCalendar;
import org.improvementframework.metrics.casework.WorkingDayConvention;
import org.improvementframework.model.DateRange;

/**
 * The Java side of the ICPC timeliness comparison with pandas, as a whole process from files to
 * result: {@code java -cp benchmarks.jar org.improvementframework.benchmarks.IcpcMain DIR FROM TO}
 * reads {@code DIR/strategy_discussions.csv} and {@code DIR/initial_conferences.csv} with
 * framework-io's {@link CaseRecordReader} (streaming, every row checked, through its byte-level
 * path {@code forEachDatedBytes}, each id handed on as its bytes), adds every row to {@link
 * IcpcTimeliness} for the period {@code FROM} to {@code TO} (ISO dates) with the England and Wales
 * calendar, and prints the same line as {@code peer/icpc_timeliness.py}. With {@code
 * -DtwoThreads=true} it reads the two files at the same time into two calculators and merges
 * them.
 */
public final class IcpcMain {

  /**
   * The working-day convention of the race: the pandas, Polars and DuckDB peers, and the figures
   * of earlier rounds, count the working days after the discussion's day, so the Java side does
   * too; the library's default is the DfE's ({@link WorkingDayConvention#dfe()}), which costs the
   * same.
   */
  static final WorkingDayConvention CONVENTION = WorkingDayConvention.START_DAY_EXCLUDED;

  private IcpcMain() {}

  /**
   * Prints the measure for the files in a directory.
   *
   * @param args the directory, the first and the last day of the period
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: IcpcMain DIR FROM TO");
      System.exit(2);
    }
    DateRange period = DateRange.of(LocalDate.parse(args[1]), LocalDate.parse(args[2]));
    System.out.println(line(compute(Path.of(args[0]), period, Boolean.getBoolean("twoThreads"))));
  }

  /**
   * Reads the two files of a directory and works out the measure.
   *
   * @param dir the directory holding the files {@link CaseRecordFiles} writes; not null
   * @param period the period; not null
   * @return the result; not null
   * @throws org.improvementframework.io.casework.CaseRecordFormatException if a row is bad
   * @throws UncheckedIOException if a file cannot be read
   */
  public static IndicatorResult compute(Path dir, DateRange period) {
    return compute(dir, period, false);
  }

  /**
   * Reads the two files of a directory and works out the measure, reading the conferences on a
   * second thread into a calculator of their own when asked, and merging the two calculators.
   *
   * @param dir the directory holding the files {@link CaseRecordFiles} writes; not null
   * @param period the period; not null
   * @param twoThreads whether to read the two files at the same time
   * @return the result; not null
   * @throws org.improvementframework.io.casework.CaseRecordFormatException if a row is bad
   * @throws UncheckedIOException if a file cannot be read
   */
  public static IndicatorResult compute(Path dir, DateRange period, boolean twoThreads) {
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    IcpcTimeliness icpc = IcpcTimeliness.of(period, calendar, CONVENTION);
    if (!twoThreads) {
      read(dir, CaseRecordFiles.DISCUSSIONS, icpc);
      read(dir, CaseRecordFiles.CONFERENCES, icpc);
      return icpc.result();
    }
    CompletableFuture<IcpcTimeliness> conferences =
        CompletableFuture.supplyAsync(
            () ->
                read(
                    dir,
                    CaseRecordFiles.CONFERENCES,
                    IcpcTimeliness.of(period, calendar, CONVENTION)));
    read(dir, CaseRecordFiles.DISCUSSIONS, icpc);
    return icpc.merge(conferences.join()).result();
  }

  private static IcpcTimeliness read(Path dir, String file, IcpcTimeliness icpc) {
    try (InputStream in = Files.newInputStream(dir.resolve(file))) {
      // the byte-level path: each row's id as bytes and its day, no record or string per row
      List<CaseRecordFormatException> problems =
          file.equals(CaseRecordFiles.DISCUSSIONS)
              ? CaseRecordReader.STRATEGY_DISCUSSIONS.forEachDatedBytes(
                  in, file, icpc::addDiscussion, w -> {})
              : CaseRecordReader.INITIAL_CONFERENCES.forEachDatedBytes(
                  in, file, icpc::addConference, w -> {});
      if (!problems.isEmpty()) {
        throw problems.get(0);
      }
      return icpc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Formats a result as both sides of the comparison print it.
   *
   * @param r the result; not null
   * @return the line; not null
   */
  static String line(IndicatorResult r) {
    return "icpc within 15 working days: "
        + r.value()
        + "% = "
        + r.numerator().toPlainString()
        + " / "
        + r.denominator().toPlainString()
        + "; excluded "
        + r.excluded().size();
  }
}
