package org.improvementframework.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads a plan shares: the file, its format and the as-of date. */
final class InputOptions {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description =
          "The plan: canonical JSON, milestone CSV, a council tracker export "
              + "(tab- or comma-separated text) or an Excel workbook (.xlsx). Default: the bundled "
              + "2015 plan (the curated JSON; "
              + "with --input-format tracker its raw text; with csv the curated plan as CSV).")
  Path file;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "json, csv or tracker. Default: detected from the file.")
  InputFormat format;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = CliConverters.IsoDate.class,
      description =
          "The date progress is judged on, as yyyy-MM-dd. Default: the plan's " + "reporting date.")
  LocalDate asOf;

  @Mixin LayoutOption layout;

  @Mixin SheetOption sheet;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      converter = CliConverters.Delimiter.class,
      description = "The cell separator of a milestone CSV, such as ';'. Default: ','.")
  Character delimiter;

  PlanInput read(Main main) {
    PlanInput input =
        PlanInput.read(file, format, layout, sheet.name, delimiter, main.err, main.progressDelay);
    if (!input.warnings().isEmpty()) {
      main.err.println(
          "read "
              + input.source()
              + " with "
              + BoardReport.plural(input.warnings().size(), "warning")
              + " (`validate` lists them)");
      main.err.flush();
    }
    return input;
  }

  LocalDate asOf(PlanInput input) {
    return asOf != null ? asOf : input.plan().asAt();
  }
}
