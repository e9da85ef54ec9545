package org.improvementframework.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.tracker.TrackerImporter;
import org.improvementframework.io.tracker.TrackerOptions;
import org.improvementframework.model.ImprovementPlan;

/**
 * Reads a council's improvement tracker, exported from its spreadsheet as CSV or tab-separated
 * text, and prints every warning: what the importer repaired or guessed, with the row, the
 * column and the text, so that the officer who keeps the tracker can fix it at source.
 *
 * <pre>{@code
 * ReadResult<ImprovementPlan> r = TrackerImporter.read(Path.of("tracker.txt"),
 *     TrackerOptions.defaults());
 * r.warnings().forEach(System.out::println);
 * }</pre>
 */
public final class ReadTrackerExport {

  /** The raw 2015 tracker text bundled with the examples. */
  public static final String BUNDLED =
      "/org/improvementframework/examples/plymouth-2015-tracker.txt";

  private ReadTrackerExport() {}

  /**
   * Describes a tracker read: a line of counts, then one line per warning.
   *
   * @param result what the importer returned; not null
   * @param source the name of the input; not null
   * @return the lines; not null
   */
  public static List<String> describe(ReadResult<ImprovementPlan> result, String source) {
    ImprovementPlan plan = result.value();
    List<String> lines = new ArrayList<>();
    lines.add(
        "read "
            + source
            + ": "
            + plural(plan.areas().size(), "area")
            + ", "
            + plural(plan.actions().count(), "action")
            + ", "
            + plural(plan.milestones().count(), "milestone")
            + ", "
            + plural(result.warnings().size(), "warning"));
    for (ReadWarning w : result.warnings()) {
      lines.add(w.toString());
    }
    return lines;
  }

  /**
   * Reads the bundled raw 2015 tracker text.
   *
   * @return the plan and its warnings; not null
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static ReadResult<ImprovementPlan> readBundled() {
    try (InputStream in = ReadTrackerExport.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IOException("resource " + BUNDLED + " is missing");
      }
      return TrackerImporter.read(in, TrackerOptions.builder().source("plymouth-2015.txt").build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the tracker file named by the first argument, or the bundled 2015 text, and prints the
   * counts and the warnings.
   *
   * @param args the file, optionally
   */
  public static void main(String[] args) {
    if (args.length > 0) {
      Path file = Path.of(args[0]);
      describe(
              TrackerImporter.read(file, TrackerOptions.defaults()),
              String.valueOf(file.getFileName()))
          .forEach(System.out::println);
    } else {
      describe(readBundled(), "plymouth-2015.txt").forEach(System.out::println);
    }
  }

  /** {@code 1 warning}, {@code 2 warnings}: English plurals of the words used here. */
  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
