package org.improvementframework.examples;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code convert} command: a plan from one format to another. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description =
        "Converts a plan between formats: reads JSON, milestone CSV or a tracker "
            + "export; writes JSON or milestone CSV, chosen by OUT's extension (.json, .csv) or "
            + "--output-format. The tracker layout is read only.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:converted",
      "2:input that cannot be read, an output that cannot be " + "written, or a usage error",
      "3:an internal error"
    })
final class ConvertCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "The plan to read; - for " + "standard input.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (replaced).")
  Path out;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "json, csv or tracker. Default: detected from IN.")
  InputFormat inputFormat;

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      description = "json or csv. Default: from OUT's extension.")
  InputFormat outputFormat;

  @Mixin LayoutOption layout;

  @Mixin SheetOption sheet;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      converter = CliConverters.Delimiter.class,
      description = "The cell separator of a milestone CSV read, such as ';'. Default: ','.")
  Character delimiter;

  @Override
  public Integer call() {
    InputFormat to =
        outputFormat != null
            ? outputFormat
            : InputFormat.ofOutputName(String.valueOf(out.getFileName()));
    if (to == null) {
      throw new ParameterException(
          spec.commandLine(),
          "cannot tell the output format from '"
              + out.getFileName()
              + "': name it .json or .csv, or give --output-format");
    }
    if (to == InputFormat.TRACKER) {
      throw new ParameterException(
          spec.commandLine(), "the tracker layout can be read but not written: choose json or csv");
    }
    PlanInput plan =
        PlanInput.read(
            in, inputFormat, layout, sheet.name, delimiter, main.err, main.progressDelay);
    // Converting a file to itself is safe (the write is atomic); to another format it is not.
    OutputFiles.refuseOverInput(spec.commandLine(), in, out, plan.format() == to);
    if (to == InputFormat.JSON) {
      PlanJson.write(plan.plan(), out);
    } else {
      PlanCsv.write(plan.plan(), out, PlanCsv.Options.defaults());
    }
    ImprovementPlan p = plan.plan();
    main.err.printf(
        "wrote %s (%s): %s, %s, %s; %s reading %s%n",
        out,
        to.name().toLowerCase(Locale.ROOT),
        BoardReport.plural(p.areas().size(), "area"),
        BoardReport.plural(p.actions().count(), "action"),
        BoardReport.plural(p.milestones().count(), "milestone"),
        BoardReport.plural(plan.warnings().size(), "warning"),
        plan.source());
    main.err.flush();
    return Main.OK;
  }
}
