package org.improvementframework.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.casework.CaseRecordFormatException;
import org.improvementframework.io.casework.CaseRecordReader;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.ReturnInterviews;
import org.improvementframework.metrics.indicators.DisclosureControl;
import org.improvementframework.model.DateRange;

/**
 * Computes an indicator from case records: the share of children returning from a missing
 * episode who were offered a return interview, and the share interviewed within 72 hours, from a
 * CSV extract of a case management system. Rows that cannot be read are skipped and reported by
 * row and column; no message ever quotes a child's id or a date.
 *
 * <pre>{@code
 * ReturnInterviews calc = ReturnInterviews.of(financialYear);
 * List<CaseRecordFormatException> skipped =
 *     CaseRecordReader.MISSING_EPISODES.forEach(reader, "missing.csv", calc::add);
 * IndicatorResult offered = calc.offered();
 * }</pre>
 */
public final class CaseRecordIndicator {

  /** The synthetic sample extract bundled with the examples. */
  public static final String SAMPLE =
      "/org/improvementframework/examples/embedding/missing-episodes-sample.csv";

  private CaseRecordIndicator() {}

  /**
   * The two results and the rows skipped.
   *
   * @param offered the share of returns offered an interview; not null
   * @param heldWithin72Hours the share of returns interviewed within 72 hours; not null
   * @param skipped the rows that could not be read; not null
   */
  public record Results(
      IndicatorResult offered,
      IndicatorResult heldWithin72Hours,
      List<CaseRecordFormatException> skipped) {}

  /**
   * Reads missing episodes from CSV and computes both measures over a period.
   *
   * @param csv the CSV, with a header row; not null; not closed
   * @param source the name of the input in messages; not null
   * @param period the days on which returns count; not null
   * @return the results; not null
   * @throws CaseRecordFormatException if a required column is missing or the CSV is malformed
   */
  public static Results compute(Reader csv, String source, DateRange period) {
    ReturnInterviews calc = ReturnInterviews.of(period);
    List<CaseRecordFormatException> skipped =
        CaseRecordReader.MISSING_EPISODES.forEach(csv, source, calc::add);
    return new Results(calc.offered(), calc.heldWithin72Hours(), skipped);
  }

  /**
   * Describes the results for publication: one line per measure, then one per skipped row, with
   * the DfE's disclosure control applied (counts of 1 to 5, and percentages built on them,
   * suppressed as {@code c}; totals rounded to the nearest 10), since anything printed may be
   * published.
   *
   * @param results the results; not null
   * @return the lines; not null
   */
  public static List<String> describe(Results results) {
    return describe(results, DisclosureControl.dfe());
  }

  /**
   * Describes the results with the given disclosure control.
   *
   * @param results the results; not null
   * @param control the disclosure control to apply to every figure; not null
   * @return the lines; not null
   */
  public static List<String> describe(Results results, DisclosureControl control) {
    List<String> lines = new ArrayList<>();
    lines.add(line("return interview offered", results.offered(), control));
    lines.add(line("return interview within 72 hours", results.heldWithin72Hours(), control));
    lines.add(
        "episodes left out: "
            + control.count(results.offered().excluded().size())
            + " "
            + results.offered().excluded().stream()
                .map(IndicatorResult.Excluded::reason)
                .distinct()
                .toList());
    for (CaseRecordFormatException e : results.skipped()) {
      lines.add("skipped " + e.getMessage());
    }
    return lines;
  }

  private static String line(String what, IndicatorResult r, DisclosureControl control) {
    long numerator = r.numerator().longValueExact();
    long denominator = r.denominator().longValueExact();
    return what
        + ": "
        + control.percentage(numerator, denominator, 0)
        + "% ("
        + control.count(numerator)
        + " of "
        + control.total(denominator)
        + " returns, "
        + r.period()
        + ")";
  }

  /**
   * Computes the measures over the financial year 2024-25 from the bundled sample and prints
   * them.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    DateRange fy = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
    try (InputStream in = CaseRecordIndicator.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IOException("resource " + SAMPLE + " is missing");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      describe(compute(reader, "missing-episodes-sample.csv", fy)).forEach(System.out::println);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
