package org.improvementframework.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.casework.CaseRecordFormatException;
import org.improvementframework.io.casework.CaseRecordReader;
import org.improvementframework.metrics.casework.IcpcTimeliness;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.WorkingDayCalendar;
import org.improvementframework.model.DateRange;

/**
 * The Java side of the ICPC timeliness comparison with pandas, as a whole process from files to
 * result: {@code java -cp benchmarks.jar org.improvementframework.benchmarks.IcpcMain DIR FROM TO}
 * reads {@code DIR/strategy_discussions.csv} and {@code DIR/initial_conferences.csv} with
 * framework-io's {@link CaseRecordReader} (streaming, every row checked), adds every record to
 * {@link IcpcTimeliness} for the period {@code FROM} to {@code TO} (ISO dates) with the England
 * and Wales calendar, and prints the same line as {@code peer/icpc_timeliness.py}.
 */
public final class IcpcMain {

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
    System.out.println(line(compute(Path.of(args[0]), period)));
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
    IcpcTimeliness icpc = IcpcTimeliness.of(period, WorkingDayCalendar.englandAndWales());
    try (BufferedReader sd = Files.newBufferedReader(dir.resolve(CaseRecordFiles.DISCUSSIONS),
            StandardCharsets.UTF_8);
        BufferedReader cp = Files.newBufferedReader(dir.resolve(CaseRecordFiles.CONFERENCES),
            StandardCharsets.UTF_8)) {
      List<CaseRecordFormatException> problems = new ArrayList<>(CaseRecordReader
          .STRATEGY_DISCUSSIONS.forEach(sd, CaseRecordFiles.DISCUSSIONS, icpc::add));
      problems.addAll(CaseRecordReader.INITIAL_CONFERENCES
          .forEach(cp, CaseRecordFiles.CONFERENCES, icpc::add));
      if (!problems.isEmpty()) {
        throw problems.get(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return icpc.result();
  }

  /**
   * Formats a result as both sides of the comparison print it.
   *
   * @param r the result; not null
   * @return the line; not null
   */
  static String line(IndicatorResult r) {
    return "icpc within 15 working days: " + r.value() + "% = " + r.numerator().toPlainString()
        + " / " + r.denominator().toPlainString() + "; excluded " + r.excluded().size();
  }
}
