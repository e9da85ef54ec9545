package org.improvementframework.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.function.ToIntFunction;

/** Runs the command line in-process with captured output, for tests. */
final class Cli {

  /**
   * The outcome of one run.
   *
   * @param code the exit code
   * @param out what went to standard output
   * @param err what went to standard error
   */
  record Run(int code, String out, String err) {}

  private Cli() {}

  /** Runs with progress shown only after an hour, so that no timing enters an assertion. */
  static Run run(String... args) {
    return run(Duration.ofHours(1), args);
  }

  static Run run(Duration progressDelay, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.run(o, e, progressDelay, args);
    }
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * Runs a way of executing the command line against a {@link Main} writing into captured output,
   * with progress shown only after an hour.
   */
  static Run with(ToIntFunction<Main> execution) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = execution.applyAsInt(new Main(o, e, Duration.ofHours(1)));
    }
    return new Run(code, out.toString(), err.toString());
  }
}
