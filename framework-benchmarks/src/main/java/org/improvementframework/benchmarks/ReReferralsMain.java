package org.improvementframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.improvementframework.io.casework.CaseRecordFormatException;
import org.improvementframework.io.casework.CaseRecordReader;
import org.improvementframework.io.casework.FileParts;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.ReReferrals;
import org.improvementframework.model.DateRange;

/**
 * The Java side of the re-referral comparison with the peers, as a whole process from file to
 * result: {@code java -cp benchmarks.jar org.improvementframework.benchmarks.ReReferralsMain DIR
 * FROM TO} reads {@code DIR/referrals.csv} with framework-io's {@link CaseRecordReader}
 * (streaming, every row checked, through its byte-level path {@code forEachDatedBytes}, each id
 * handed on as its bytes; with {@code -Dparts=2} in two parts at once through the {@code Reader}
 * path), adds every referral to framework-metrics' {@link ReReferrals} for the period {@code
 * FROM} to {@code TO} (ISO dates), and prints the same line as {@code peer/re_referrals*.py}.
 */
public final class ReReferralsMain {

  private ReReferralsMain() {}

  /**
   * Prints the measure for the file in a directory.
   *
   * @param args the directory, the first and the last day of the period
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: ReReferralsMain DIR FROM TO");
      System.exit(2);
    }
    DateRange period = DateRange.of(LocalDate.parse(args[1]), LocalDate.parse(args[2]));
    System.out.println(line(compute(Path.of(args[0]), period)));
  }

  /**
   * Reads the referrals of a directory and works out the measure, on as many threads as the
   * system property {@code parts} says (default 1: on the
   * quiet machine two parts gained no wall time and cost CPU).
   *
   * @param dir the directory holding the file {@link CareRecordFiles} writes; not null
   * @param period the period; not null
   * @return the result; not null
   * @throws CaseRecordFormatException if a row is bad
   * @throws UncheckedIOException if the file cannot be read
   */
  public static IndicatorResult compute(Path dir, DateRange period) {
    return compute(dir, period, Integer.getInteger("parts", 1));
  }

  /**
   * Reads the referrals of a directory and works out the measure: the file in {@code parts}
   * parts at once ({@link FileParts}), each into a calculator of its own, merged in file order;
   * the result, and the first bad row reported, are those of one thread.
   *
   * @param dir the directory holding the file {@link CareRecordFiles} writes; not null
   * @param period the period; not null
   * @param parts how many parts of the file to read at once; 1 for one thread
   * @return the result; not null
   * @throws CaseRecordFormatException if a row is bad
   * @throws UncheckedIOException if the file cannot be read
   */
  public static IndicatorResult compute(Path dir, DateRange period, int parts) {
    if (parts <= 1) {
      // the byte-level path: plain rows read from the bytes, without a string per cell
      ReReferrals measure = ReReferrals.of(period);
      try (InputStream in = Files.newInputStream(dir.resolve(CareRecordFiles.REFERRALS))) {
        List<CaseRecordFormatException> problems =
            CaseRecordReader.REFERRALS.forEachDatedBytes(
                in, CareRecordFiles.REFERRALS, measure::addReferral, w -> {});
        if (!problems.isEmpty()) {
          throw problems.get(0);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return measure.result();
    }
    FileParts.Result<ReReferrals> r =
        FileParts.read(
            dir.resolve(CareRecordFiles.REFERRALS),
            CareRecordFiles.REFERRALS,
            parts,
            () -> ReReferrals.of(period),
            (in, source, measure, warnings) ->
                CaseRecordReader.REFERRALS.forEachDated(in, source, measure::addReferral, warnings),
            ReReferrals::merge,
            w -> {});
    if (!r.problems().isEmpty()) {
      throw r.problems().get(0);
    }
    return r.value().result();
  }

  /**
   * Formats a result as every side of the comparison prints it.
   *
   * @param r the result; not null
   * @return the line; not null
   */
  static String line(IndicatorResult r) {
    return "re-referrals within 12 months: "
        + r.value()
        + "% = "
        + r.numerator().toPlainString()
        + " / "
        + r.denominator().toPlainString()
        + "; excluded "
        + r.excluded().size();
  }
}
