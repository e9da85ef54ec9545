package org.improvementframework.examples;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import org.improvementframework.io.IoFailures;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.WriteLimitException;

/**
 * What a command that failed prints and returns, whether picocli ran it or {@link
 * ReportFastPath} did. A user's mistake (a file that cannot be read or written, input that is not
 * a plan) is one line on standard error and exit code 2, never a stack trace; anything else is a
 * bug: exit code 3, the stack trace, and a request to report it. Every message is shown with its
 * control characters escaped, since file names and the text of a file reach it.
 *
 * <p>Kept apart from {@link CliFailures} because that class implements picocli's handler
 * interfaces, and loading it would load picocli, which the report's fast path avoids.
 */
final class CommandFailures {

  /** Where bugs are reported. */
  static final String ISSUES =
      "https://github.com/improvementframework/improvement-framework/issues";

  private CommandFailures() {}

  /**
   * Prints what went wrong and gives the exit code.
   *
   * @param ex what the command threw; not null
   * @param err standard error; not null
   * @return {@link Main#UNREADABLE} for a user's mistake, {@link Main#INTERNAL} for a bug
   */
  static int handle(Exception ex, PrintWriter err) {
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

  /**
   * Gives the message for a user's mistake.
   *
   * @param ex what a command threw; not null
   * @return the message, or null when the exception is a bug
   */
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
