package org.improvementframework.examples;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the Improvement Framework: the monthly board report, validation,
 * conversion between formats, and an HTML dashboard, on the bundled 2015 plan or a file.
 *
 * <p>Exit codes: 0 fine; 1 plan-rule findings of severity error ({@code validate}, or
 * {@code --strict}); 2 input that cannot be read, or a usage error; 3 an internal error (a bug).
 * With no arguments it runs {@code report} on the bundled curated 2015 plan.
 */
@Command(
    name = "improvement-framework",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description =
        "Reports on a council children's services improvement plan.%n"
            + "With no command, prints the monthly board report of the bundled 2015 plan.",
    subcommands = {
      ReportCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      DashboardCommand.class,
      LayoutsCommand.class,
      HistoryCommand.class,
      CompareCommand.class,
      IndicatorsCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:fine",
      "1:plan-rule findings of severity error (validate, or report --strict)",
      "2:input that cannot be read, or a usage error",
      "3:an internal error (a bug: please report it)"
    })
public final class Main implements Callable<Integer> {

  /** The exit code when all went well. */
  public static final int OK = 0;

  /** The exit code when plan-rule findings of severity error were found. */
  public static final int FINDINGS = 1;

  /** The exit code for input that cannot be read, or a usage error. */
  public static final int UNREADABLE = 2;

  /** The exit code for an internal error. */
  public static final int INTERNAL = 3;

  final PrintWriter out;
  final PrintWriter err;
  final Duration progressDelay;

  Main(PrintWriter out, PrintWriter err, Duration progressDelay) {
    this.out = out;
    this.err = err;
    this.progressDelay = progressDelay;
  }

  /**
   * Runs the command line and exits with its exit code when that is not 0.
   *
   * @param args the arguments; not null
   */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default: the JSON and CSV written to standard output must
    // be UTF-8, and the plan's text (curly quotes, the ellipsis of lost text) must survive.
    Charset cs = StandardCharsets.UTF_8;
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
    int code = run(out, err, Duration.ofSeconds(1), args);
    out.flush();
    err.flush();
    // Returning normally on success keeps `mvn exec:java` (same JVM as Maven) tidy.
    if (code != OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the command line with the given streams, returning the exit code.
   *
   * @param out standard output; not null
   * @param err standard error; not null
   * @param progressDelay how long a step runs before progress is shown on {@code err}; not null
   * @param args the arguments; not null
   * @return the exit code
   */
  static int run(PrintWriter out, PrintWriter err, Duration progressDelay, String... args) {
    String[] line = args.length == 0 ? new String[] {"report"} : args;
    Main main = new Main(out, err, progressDelay);
    Optional<ReportCommand> report = ReportFastPath.parse(main, line);
    return report.isPresent()
        ? ReportFastPath.execute(report.get())
        : CommandLines.forArgs(main, line).execute(line);
  }

  /**
   * Builds the command line.
   *
   * @param out standard output; not null
   * @param err standard error; not null
   * @param progressDelay how long a step runs before progress is shown; not null
   * @return the command line; not null
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Duration progressDelay) {
    return CommandLines.full(new Main(out, err, progressDelay));
  }

  @Override
  public Integer call() {
    return run(out, err, progressDelay, "report");
  }
}
