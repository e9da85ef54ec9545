package org.improvementframework.examples;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import org.improvementframework.io.IoFailures;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.WriteLimitException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the command line prints and returns when a command fails. A user's mistake (a usage
 * error, a file that cannot be read or written, input that is not a plan) is one line on standard
 * error and exit code 2, never a stack trace; anything else is a bug: exit code 3, the stack
 * trace, and a request to report it. Every message is shown with its control characters escaped,
 * since file names and the text of a file reach it.
 */
final class CliFailures implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Where bugs are reported. */
  static final String ISSUES =
      "https://github.com/improvementframework/improvement-framework/issues";

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
    String message = userMessage(ex);
    if (message != null) {
      err.println("error: " + PlanFormatException.visible(message));
      err.flush();
      return Main.UNREADABLE;
    }
    err.println("internal error: " + PlanFormatException.visible(String.valueOf(ex)));
    err.println(
        "This is a bug in the Improvement Framework, not a problem with your input: "
            + "please report it at "
            + ISSUES
            + " with the command you ran and the lines below.");
    ex.printStackTrace(err);
    err.flush();
    return Main.INTERNAL;
  }

  /** The message for a user's mistake, or null for a bug. */
  static String userMessage(Exception ex) {
    if (ex instanceof PlanFormatException p) {
      return p.getMessage() + delimiterHint(p);
    }
    if (ex instanceof UncheckedIOException u) {
      return u.getCause() != null && !String.valueOf(u.getMessage()).startsWith("cannot ")
          ? "cannot read or write: " + IoFailures.reason(u.getCause())
          : u.getMessage();
    }
    if (ex instanceof WriteLimitException || ex instanceof DateTimeException) {
      return ex.getMessage();
    }
    return null;
  }

  /** A semicolon-separated sheet reads as one column whose name holds the semicolons. */
  private static String delimiterHint(PlanFormatException p) {
    boolean oneWideColumn =
        p.problem().startsWith("unknown column")
            && p.text().filter(t -> t.indexOf(';') >= 0).isPresent();
    return oneWideColumn ? "; the header is separated by semicolons: try --delimiter ';'" : "";
  }
}
