package org.improvementframework.examples;

import java.util.concurrent.Callable;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** The {@code validate} command: every reader warning and every plan-rule finding. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Lists every warning of the reader (file, row, column, text and what was "
            + "done) and every plan-rule finding (severity, rule, area, action or milestone).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding of severity error",
      "1:at least one finding of severity error",
      "2:input that cannot be read, or a usage error",
      "3:an internal error"
    })
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Mixin InputOptions input;

  @Override
  public Integer call() {
    PlanInput in =
        PlanInput.read(
            input.file,
            input.format,
            input.layout,
            input.sheet.name,
            input.delimiter,
            main.err,
            main.progressDelay);
    for (ReadWarning w : in.warnings()) {
      main.out.println("WARNING read " + w);
    }
    MonthlyReport report = MonthlyReport.of(in.plan(), input.asOf(in), ReportOptions.defaults());
    long errors = 0;
    for (Finding f : report.findings()) {
      if (f.severity() == Severity.ERROR) {
        errors++;
      }
      main.out.println(
          f.severity()
              + " "
              + f.ruleId()
              + " "
              + in.source()
              + ", "
              + f.ref().map(ValidateCommand::where).orElse("the plan")
              + ": "
              + f.message());
    }
    main.out.println(
        in.source()
            + ": "
            + BoardReport.plural(in.warnings().size(), "reader warning")
            + "; "
            + BoardReport.plural(report.findings().size(), "finding")
            + " ("
            + BoardReport.plural(errors, "error")
            + ")");
    main.out.flush();
    return errors > 0 ? Main.FINDINGS : Main.OK;
  }

  static String where(Reference ref) {
    if (ref instanceof AreaRef) {
      return "area " + ref;
    }
    if (ref instanceof ActionRef) {
      return "action " + ref;
    }
    return "milestone " + ref;
  }
}
