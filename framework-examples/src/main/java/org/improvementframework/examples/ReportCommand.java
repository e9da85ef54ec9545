package org.improvementframework.examples;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.model.ImprovementPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The {@code report} command: the monthly board report as text, JSON or CSV. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Prints the monthly board report: plan summary, each area's progress and "
            + "derived against reported RAG, overdue milestones with their resolutions, milestones "
            + "due soon, plan-rule findings, and with --previous what slipped since that report.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report was written",
      "1:--strict and a finding of severity error",
      "2:input that cannot be read, or a usage error",
      "3:an internal error"
    })
final class ReportCommand implements Callable<Integer> {

  /** The forms of the report. */
  enum Format {
    TEXT,
    JSON,
    CSV
  }

  @ParentCommand Main main;

  @Mixin InputOptions input;

  @Mixin PublishedOptions published;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (one row per milestone). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--previous",
      paramLabel = "FILE",
      description = "The previous report's plan (any input format): adds what slipped since.")
  Path previous;

  @Option(
      names = "--due-window",
      paramLabel = "DAYS",
      defaultValue = "30",
      converter = CliConverters.Days.class,
      description = "How many days ahead count as due soon. Default: ${DEFAULT-VALUE}.")
  int dueWindow;

  @Option(
      names = "--strict",
      description = "Exit with 1 when a plan-rule finding has severity error.")
  boolean strict;

  @Option(
      names = "--lead",
      paramLabel = "NAME",
      description = "Only what this lead owns across areas, overdue first (text only).")
  String lead;

  @Option(
      names = "--history",
      paramLabel = "DIR|JDBC-URL",
      description = "With --lead, a history store: adds the lead's trend across months.")
  String history;

  @Override
  public Integer call() throws Exception {
    PlanInput in = input.read(main);
    if (lead != null) {
      return LeadCommands.report(main, in, input.asOf(in), lead, history, dueWindow);
    }
    ImprovementPlan before =
        previous == null
            ? null
            : PlanInput.read(previous, null, main.err, main.progressDelay).plan();
    ReportOptions options =
        ReportOptions.defaults().withClassifier(MilestoneClassifier.withDueWindow(dueWindow));
    BoardReport report;
    ProgressMeter meter =
        ProgressMeter.step(
            main.err,
            "working out the report",
            in.plan().milestones().count() >= 100_000,
            main.progressDelay);
    try {
      report = BoardReport.of(in.plan(), input.asOf(in), options, before);
    } finally {
      meter.close();
    }
    published.warnUnlessText(main, format == Format.TEXT);
    switch (format) {
      case JSON -> report.writeJson(main.out);
      case CSV -> report.writeCsv(main.out);
      default -> {
        report.writeText(main.out);
        ComparisonText.write(main.out, published.contexts(main, in.plan()));
      }
    }
    main.out.flush();
    return strict && report.count(Severity.ERROR) > 0 ? Main.FINDINGS : Main.OK;
  }
}
