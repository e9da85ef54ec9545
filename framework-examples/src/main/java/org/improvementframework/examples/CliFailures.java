package org.improvementframework.examples;

import java.io.PrintWriter;
import org.improvementframework.io.PlanFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the command line prints and returns when picocli meets a usage error or a command fails:
 * a usage error is one line on standard error and exit code 2, with the command's help hint;
 * a failed command is reported by {@link CommandFailures}.
 */
final class CliFailures implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Where bugs are reported. */
  static final String ISSUES = CommandFailures.ISSUES;

  private final PrintWriter err;

  CliFailures(PrintWriter err) {
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    String suggestion = "";
    if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      suggestion = " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
    }
    err.println(
        "error: "
            + PlanFormatException.visible(ex.getMessage() + suggestion)
            + " (see '"
            + cl.getCommandSpec().qualifiedName()
            + " --help')");
    err.flush();
    return Main.UNREADABLE;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, ParseResult parseResult) {
    if (ex instanceof ParameterException p) {
      return handleParseException(p, parseResult.originalArgs().toArray(new String[0]));
    }
    return CommandFailures.handle(ex, err);
  }

  /**
   * Gives the message for a user's mistake.
   *
   * @param ex what a command threw; not null
   * @return the message, or null when the exception is a bug
   */
  static String userMessage(Exception ex) {
    return CommandFailures.userMessage(ex);
  }
}
