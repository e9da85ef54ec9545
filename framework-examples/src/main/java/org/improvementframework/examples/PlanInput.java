package org.improvementframework.examples;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.io.IoFailures;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.io.layout.PlanTables;
import org.improvementframework.io.tracker.TrackerImporter;
import org.improvementframework.io.tracker.TrackerOptions;
import org.improvementframework.model.ImprovementPlan;

/**
 * A plan read for a command: the plan, the reader's warnings, where it came from and in which
 * format. With no file, the bundled 2015 plan: the curated JSON, its raw tracker text, or the
 * curated plan as milestone CSV, by the format asked for.
 *
 * @param plan the plan; not null
 * @param warnings what the reader went past; not null
 * @param source the file name, or a description of the bundled plan; not null
 * @param format the format read; not null
 */
record PlanInput(
    ImprovementPlan plan, List<ReadWarning> warnings, String source, InputFormat format) {

  /** The class-path resource of the raw 2015 tracker text, shipped in this module. */
  static final String STDIN = "-";

  /** The class-path resource of the raw 2015 tracker text, shipped in this module. */
  static final String RAW = "/org/improvementframework/examples/plymouth-2015-tracker.txt";

  /**
   * Reads a plan.
   *
   * @param file the file; null for the bundled 2015 plan
   * @param format the format; null to detect it from the file (JSON for the bundled plan)
   * @param err where progress goes; not null
   * @param progressDelay how long a read may take before progress is shown; not null
   * @return the plan read; not null
   * @throws org.improvementframework.io.PlanFormatException if the input cannot be read as a plan
   * @throws UncheckedIOException if the file cannot be read
   */
  static PlanInput read(Path file, InputFormat format, PrintWriter err, Duration progressDelay) {
    return read(file, format, new LayoutOption(), err, progressDelay);
  }

  /**
   * Reads a plan, a tracker table in the layout and with the reporting date given.
   *
   * @param file the file, or {@code -} for standard input; null for the bundled 2015 plan
   * @param format the format; null to detect it from the file (JSON for the bundled plan)
   * @param layout the layout and reporting date of a tracker table; not null
   * @param err where progress goes; not null
   * @param progressDelay how long a read may take before progress is shown; not null
   * @return the plan read; not null
   * @throws org.improvementframework.io.PlanFormatException if the input cannot be read as a plan
   * @throws UncheckedIOException if the file cannot be read, giving the reason
   */
  static PlanInput read(
      Path file, InputFormat format, LayoutOption layout, PrintWriter err, Duration progressDelay) {
    return read(file, format, layout, null, null, err, progressDelay);
  }

  /**
   * Reads a plan, from an Excel workbook (by name or content) or a text file; {@code -} is
   * standard input.
   *
   * @param file the file, or {@code -} for standard input; null for the bundled 2015 plan
   * @param format the format of a text file; null to detect it
   * @param layout the layout and reporting date of a tracker table; not null
   * @param sheet the sheet of a workbook; null for every sheet
   * @param delimiter the cell separator of a milestone CSV; null for a comma
   * @param err where progress goes; not null
   * @param progressDelay how long a read may take before progress is shown; not null
   * @return the plan read; not null
   * @throws org.improvementframework.io.PlanFormatException if the input cannot be read as a plan
   * @throws UncheckedIOException if the file cannot be read, giving the reason
   */
  static PlanInput read(
      Path file,
      InputFormat format,
      LayoutOption layout,
      String sheet,
      Character delimiter,
      PrintWriter err,
      Duration progressDelay) {
    if (file == null) {
      return bundled(format == null ? InputFormat.JSON : format);
    }
    boolean stdin = STDIN.equals(file.toString());
    if (!stdin && WorkbookInput.isWorkbook(file)) {
      return WorkbookInput.read(file, sheet, layout, err, progressDelay);
    }
    String name = stdin ? "standard input" : String.valueOf(file.getFileName());
    try {
      if (!stdin && !Files.exists(file)) {
        throw new NoSuchFileException(file.toString());
      }
      if (Files.isDirectory(file)) {
        throw new UncheckedIOException(
            "cannot read " + file + ": a folder, not a file", new IOException("a folder"));
      }
      // A FIFO, /dev/stdin or a process substitution has no size but reads as a stream.
      long size = !stdin && Files.isRegularFile(file) ? Files.size(file) : -1;
      // Files.newInputStream fails on a FIFO ("Illegal seek" from available()); FileInputStream
      // does not.
      InputStream raw =
          stdin
              ? new UnclosedStream(System.in)
              : size < 0 ? new FileInputStream(file.toFile()) : Files.newInputStream(file);
      try (ProgressMeter meter = ProgressMeter.start(err, "reading " + name, size, progressDelay);
          InputStream in = new BufferedInputStream(meter.count(raw), 1 << 16)) {
        InputFormat f = format;
        if (f == null) {
          in.mark(4096);
          byte[] head = in.readNBytes(4096);
          in.reset();
          f = InputFormat.detect(name, head);
        }
        ReadResult<ImprovementPlan> r =
            f == InputFormat.TRACKER
                ? PlanTables.read(in, layout.options(name))
                : read(in, f, name, delimiter);
        return new PlanInput(r.value(), r.warnings(), name, f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read "
              + (stdin ? name : file)
              + ": "
              + (e instanceof NoSuchFileException ? "no such file" : IoFailures.reason(e)),
          e);
    }
  }

  private static ReadResult<ImprovementPlan> read(
      InputStream in, InputFormat format, String source) {
    return read(in, format, source, null);
  }

  private static ReadResult<ImprovementPlan> read(
      InputStream in, InputFormat format, String source, Character delimiter) {
    switch (format) {
      case JSON -> {
        return PlanJson.read(
            in, PlanJson.Options.defaults().withSource(source).withUnknownFieldsAsWarnings());
      }
      case CSV -> {
        PlanCsv.Options csv = PlanCsv.Options.defaults().withSource(source);
        return PlanCsv.read(in, delimiter == null ? csv : csv.withDelimiter(delimiter));
      }
      case TRACKER -> {
        return TrackerImporter.read(in, TrackerOptions.builder().source(source).build());
      }
      default -> throw new AssertionError(format);
    }
  }

  /**
   * Reads the bundled 2015 plan in the given format.
   *
   * @param format the format; not null
   * @return the plan; not null
   */
  static PlanInput bundled(InputFormat format) {
    switch (format) {
      case JSON -> {
        return new PlanInput(curated(), List.of(), "the curated 2015 plan (bundled JSON)", format);
      }
      case CSV -> {
        // The library ships no CSV copy: the curated plan is written as CSV and read back, so
        // that the CSV reader is what the user sees at work.
        byte[] csv = PlanCsv.write(curated()).getBytes(StandardCharsets.UTF_8);
        ReadResult<ImprovementPlan> r =
            read(new ByteArrayInputStream(csv), format, "plymouth-2015.csv");
        return new PlanInput(r.value(), r.warnings(), "the curated 2015 plan (as CSV)", format);
      }
      case TRACKER -> {
        try (InputStream in = open(RAW)) {
          ReadResult<ImprovementPlan> r = read(in, format, "plymouth-2015-tracker.txt");
          return new PlanInput(
              r.value(), r.warnings(), "the raw 2015 tracker text (bundled)", format);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      default -> throw new AssertionError(format);
    }
  }

  /**
   * Reads the curated 2015 plan from framework-io's resources.
   *
   * @return the plan; not null
   */
  static ImprovementPlan curated() {
    return ExamplePlans.plymouth2015();
  }

  /** Standard input, which reading a plan must not close. */
  private static final class UnclosedStream extends FilterInputStream {
    UnclosedStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // Standard input belongs to the process.
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = PlanInput.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("resource " + resource + " is missing from the class path");
    }
    return in;
  }
}
