package org.improvementframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.casework.CareColumns;
import org.improvementframework.io.casework.CaseRecordFormatException;
import org.improvementframework.io.casework.CaseRecordReader;
import org.improvementframework.io.casework.FileParts;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.PlacementMoves;
import org.improvementframework.model.DateRange;

/**
 * The Java side of the placement-move comparison with the peers, as a whole process from files
 * to result: {@code java -cp benchmarks.jar org.improvementframework.benchmarks.PlacementMovesMain
 * DIR FROM TO} reads {@code DIR/looked_after_periods.csv} and {@code DIR/placements.csv} with
 * framework-io's {@link CaseRecordReader} layouts (streaming, every row checked, through the
 * byte-level path of {@link CareColumns}; with {@code -DtwoThreads=true} the periods of care on a
 * second thread while the placements are read on the first, both through the byte-level path;
 * with {@code -Dparts=2} the placements in two parts at once through the {@code Reader} path while
 * the periods of care are read on a third thread), adds every row to
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
   * Reads the periods of care and placements of a directory and works out the measure, on as
   * many threads as the system property {@code parts} says (default 1: on the quiet machine
   * more threads gained no wall time and cost CPU; see {@link #compute(Path,
   * DateRange, int)}).
   *
   * @param dir the directory holding the files {@link CareRecordFiles} writes; not null
   * @param period the period; not null
   * @return the result; not null
   * @throws CaseRecordFormatException if a row is bad
   * @throws UncheckedIOException if a file cannot be read
   */
  public static IndicatorResult compute(Path dir, DateRange period) {
    int parts = Integer.getInteger("parts", 1);
    return parts <= 1 && Boolean.getBoolean("twoThreads")
        ? computeOnTwoThreads(dir, period)
        : compute(dir, period, parts);
  }

  /**
   * Reads the periods of care on a second thread while this one reads the placements, each file
   * through the byte-level path into a calculator of its own, and merges the two; the result, and
   * the first bad row reported (the periods' file's first, as one thread reads it first), are
   * those of one thread.
   *
   * @param dir the directory holding the files {@link CareRecordFiles} writes; not null
   * @param period the period; not null
   * @return the result; not null
   * @throws CaseRecordFormatException if a row is bad
   * @throws UncheckedIOException if a file cannot be read
   */
  public static IndicatorResult computeOnTwoThreads(Path dir, DateRange period) {
    CompletableFuture<PlacementMoves> periods =
        CompletableFuture.supplyAsync(
            () -> readBytes(dir, CareRecordFiles.PERIODS, PlacementMoves.of(period)),
            PlacementMovesMain::daemon);
    PlacementMoves placements;
    try {
      placements = readBytes(dir, CareRecordFiles.PLACEMENTS, PlacementMoves.of(period));
    } catch (RuntimeException e) {
      // one thread reads the periods' file first: its error, if any, comes first
      join(periods);
      throw e;
    }
    return join(periods).merge(placements).result();
  }

  /**
   * Reads the periods of care and placements of a directory and works out the measure. With one
   * part, the two files are read one after the other on this thread, from their bytes
   * ({@link CareColumns}' byte-level path). With more, the periods of
   * care are read on a thread of their own while the placements, the larger file, are read in
   * {@code parts} parts at once ({@link FileParts}), each into a calculator of its own, and the
   * calculators are merged; the result, and the first bad row reported, are those of one thread.
   *
   * @param dir the directory holding the files {@link CareRecordFiles} writes; not null
   * @param period the period; not null
   * @param parts 1 for one thread, or how many parts of the placements to read at once
   * @return the result; not null
   * @throws CaseRecordFormatException if a row is bad
   * @throws UncheckedIOException if a file cannot be read
   */
  public static IndicatorResult compute(Path dir, DateRange period, int parts) {
    if (parts <= 1) {
      PlacementMoves measure = PlacementMoves.of(period);
      readBytes(dir, CareRecordFiles.PERIODS, measure);
      readBytes(dir, CareRecordFiles.PLACEMENTS, measure);
      return measure.result();
    }
    CompletableFuture<FileParts.Result<PlacementMoves>> periods =
        CompletableFuture.supplyAsync(
            () -> read(dir, CareRecordFiles.PERIODS, 1, period, PlacementMovesMain::readPeriods),
            PlacementMovesMain::daemon);
    FileParts.Result<PlacementMoves> placements;
    try {
      placements =
          read(dir, CareRecordFiles.PLACEMENTS, parts, period, PlacementMovesMain::readPlacements);
    } catch (RuntimeException e) {
      // one thread reads the periods' file first: its error, if any, comes first
      throwFirst(join(periods).problems());
      throw e;
    }
    FileParts.Result<PlacementMoves> first = join(periods);
    throwFirst(first.problems());
    throwFirst(placements.problems());
    return first.value().merge(placements.value()).result();
  }

  /** Reads one of the two files through the byte-level path: no string per cell. */
  private static PlacementMoves readBytes(Path dir, String file, PlacementMoves measure) {
    try (InputStream in = Files.newInputStream(dir.resolve(file))) {
      throwFirst(
          file.equals(CareRecordFiles.PERIODS)
              ? CareColumns.PERIODS.forEach(
                  in, file, (id, birth, start, end) -> measure.addPeriod(id, start, end), w -> {})
              : CareColumns.PLACEMENTS.forEach(
                  in,
                  file,
                  (id, start, end, type, shortBreak) ->
                      measure.addPlacement(id, start, end, shortBreak),
                  w -> {}));
      return measure;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileParts.Result<PlacementMoves> read(
      Path dir,
      String file,
      int parts,
      DateRange period,
      FileParts.PartReader<PlacementMoves> reader) {
    return FileParts.read(
        dir.resolve(file),
        file,
        parts,
        () -> PlacementMoves.of(period),
        reader,
        PlacementMoves::merge,
        w -> {});
  }

  // the columnar path: each row's parts, no record per row
  private static List<CaseRecordFormatException> readPeriods(
      Reader in, String source, PlacementMoves measure, Consumer<? super ReadWarning> warnings) {
    return CareColumns.PERIODS.forEach(
        in, source, (id, birth, start, end) -> measure.addPeriod(id, start, end), warnings);
  }

  private static List<CaseRecordFormatException> readPlacements(
      Reader in, String source, PlacementMoves measure, Consumer<? super ReadWarning> warnings) {
    return CareColumns.PLACEMENTS.forEach(
        in,
        source,
        (id, start, end, type, shortBreak) -> measure.addPlacement(id, start, end, shortBreak),
        warnings);
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "periods of care");
    t.setDaemon(true);
    t.start();
  }

  /** The other thread's result, or its exception as it was thrown there. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
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
