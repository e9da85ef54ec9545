package org.improvementframework.examples;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.improvementframework.metrics.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code dashboard} command: the report as one self-contained HTML page. */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description =
        "Writes the report as one self-contained HTML page (no scripts, no network "
            + "fetches): a RAG chart and a progress bar per area, the overdue list, and indicator "
            + "sparklines where there are observations.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the page was written",
      "2:input that cannot be read, an output that " + "cannot be written, or a usage error",
      "3:an internal error"
    })
final class DashboardCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin PublishedOptions published;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write (replaced).")
  Path out;

  @Option(
      names = "--history",
      paramLabel = "DIR|JDBC-URL",
      description = "A history store: adds a trend chart per area (percent complete, overdue).")
  String history;

  @Option(
      names = "--lead",
      paramLabel = "NAME",
      description = "Writes the page of one lead instead: what they own, overdue first.")
  String lead;

  @Override
  public Integer call() throws Exception {
    OutputFiles.refuseOverInput(spec.commandLine(), input.file, out, false);
    PlanInput in = input.read(main);
    if (lead != null) {
      return LeadCommands.page(main, in, input.asOf(in), lead, history, out);
    }
    BoardReport report = BoardReport.of(in.plan(), input.asOf(in), ReportOptions.defaults(), null);
    String html =
        Dashboard.render(report, ComparisonHtml.section(published.contexts(main, in.plan())));
    if (history != null) {
      html = TrendChart.addTo(html, HistoryStores.trend(history, main.err));
    }
    OutputFiles.writeText(out, html);
    main.err.println("wrote " + out);
    main.err.flush();
    return Main.OK;
  }
}
