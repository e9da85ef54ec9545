package org.improvementframework.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.improvementframework.io.casework.CareColumns;
import org.improvementframework.io.casework.CaseRecordFormatException;
import org.improvementframework.io.casework.CaseRecordReader;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.PlacementMoves;
import org.improvementframework.model.DateRange;

/**
 * The Java side of the placement-move comparison with the peers, as a whole process from files
 * to result: {@code java -cp benchmarks.jar org.improvementframework.benchmarks.PlacementMovesMain
 * DIR FROM TO} reads {@code DIR/looked_after_periods.csv} and {@code DIR/placements.csv} with
 * framework-io's {@link CaseRecordReader} layouts (streaming, every row checked, through the
 * columnar path {@link CareColumns}), adds every row to
 * framework-metrics' {@link PlacementMoves} for the period {@code FROM} to {@code TO} (ISO dates;
 * the last day is the snapshot), and prints the same line as {@code peer/placement_moves*.py}.
 */
public final class PlacementMovesMain {

  private PlacementMovesMain() {}

  /**
   * Prints the measure for the files in a directory.
   *
   * @param args the directory, the first and the last day of the period
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: PlacementMovesMain DIR FROM TO");
      System.exit(2);
    }
    DateRange period = DateRange.of(LocalDate.parse(args[1]), LocalDate.parse(args[2]));
    System.out.println(line(compute(Path.of(args[0]), period)));
  }

  /**
   * Reads the periods of care and placements of a directory and works out the measure.
   *
   * @param dir the directory holding the files {@link CareRecordFiles} writes; not null
   * @param period the period; not null
   * @return the result; not null
   * @throws CaseRecordFormatException if a row is bad
   * @throws UncheckedIOException if a file cannot be read
   */
  public static IndicatorResult compute(Path dir, DateRange period) {
    PlacementMoves measure = PlacementMoves.of(period);
    try (BufferedReader periods = open(dir, CareRecordFiles.PERIODS);
        BufferedReader placements = open(dir, CareRecordFiles.PLACEMENTS)) {
      // the columnar path: each row's parts, no record per row
      throwFirst(
          CareColumns.forEachPeriod(
              periods,
              CareRecordFiles.PERIODS,
              (id, birth, start, end) -> measure.addPeriod(id, start, end),
              w -> {}));
      throwFirst(
          CareColumns.forEachPlacement(
              placements,
              CareRecordFiles.PLACEMENTS,
              (id, start, end, type, shortBreak) ->
                  measure.addPlacement(id, start, end, shortBreak),
              w -> {}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return measure.result();
  }

  private static BufferedReader open(Path dir, String file) throws IOException {
    return Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
  }

  private static void throwFirst(List<CaseRecordFormatException> problems) {
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
  }

  /**
   * Formats a result as every side of the comparison prints it.
   *
   * @param r the result; not null
   * @return the line; not null
   */
  static String line(IndicatorResult r) {
    return "looked after with 3 or more placements: "
        + r.value()
        + "% = "
        + r.numerator().toPlainString()
        + " / "
        + r.denominator().toPlainString()
        + "; excluded "
        + r.excluded().size();
  }
}
