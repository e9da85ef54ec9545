package org.improvementframework.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.model.Indicator;

/**
 * Runs the everyday {@code report} without picocli: no arguments, or {@code report} with a file
 * and the options {@code --format}, {@code --as-of}, {@code --due-window}, {@code
 * --input-format} and {@code --strict}, each given once with a valid value.
 *
 * <p>Why: on a one-shot {@code report} picocli was about half of the process's CPU time. Its
 * classes are compiled for Java 5, so no class-data archive of JDK 17 or 25 keeps them and the
 * old verifier checks each of them at every start, and its model of a command is built by
 * reflection over annotations. Anything this class does not recognise, or recognises but would
 * have to judge (help, version, a bad value, an option given twice, an {@code @file}, any other
 * option), is left to picocli, which then parses the whole line: the fast path never prints a
 * usage error of its own. {@code ReportFastPathTest} checks that every line it accepts gives the
 * same exit code and the same bytes as picocli's parse.
 */
final class ReportFastPath {

  private static final String NAME = "report";

  private ReportFastPath() {}

  /**
   * Sets up the {@code report} command these arguments ask for, when they stay on the fast path.
   *
   * @param main the top-level command; not null
   * @param args the arguments, {@code report} first; not null
   * @return the command with its options set, or empty when picocli must parse the line
   */
  static Optional<ReportCommand> parse(Main main, String... args) {
    if (args.length == 0 || !NAME.equals(args[0]) || picocliPropertiesSet()) {
      return Optional.empty();
    }
    ReportCommand report = defaults(main);
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty() || arg.startsWith("@")) {
        return Optional.empty();
      }
      if (!arg.startsWith("-")) {
        if (report.input.file != null || !file(report, arg)) {
          return Optional.empty();
        }
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (!seen.add(name)) {
        return Optional.empty();
      }
      if (name.equals("--strict")) {
        if (eq >= 0) {
          return Optional.empty();
        }
        report.strict = true;
        continue;
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return Optional.empty();
      }
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
        return Optional.empty();
      }
      if (!option(report, name, value)) {
        return Optional.empty();
      }
    }
    return Optional.of(report);
  }

  /**
   * Runs a command set up by {@link #parse}, reporting a failure as picocli's handler would.
   *
   * @param report the command; not null
   * @return the exit code
   */
  static int execute(ReportCommand report) {
    try {
      return report.call();
    } catch (Exception e) {
      return CommandFailures.handle(e, report.main.err);
    }
  }

  // The defaults written in ReportCommand's and its mixins' annotations; ReportFastPathTest
  // compares whole runs with picocli's, so a default changed there and not here fails it.
  private static ReportCommand defaults(Main main) {
    ReportCommand report = new ReportCommand();
    report.main = main;
    report.input = new InputOptions();
    report.input.layout = new LayoutOption();
    report.input.sheet = new SheetOption();
    report.published = new PublishedOptions();
    report.published.polarity = Indicator.Polarity.NEUTRAL;
    report.format = ReportCommand.Format.TEXT;
    report.dueWindow = 30;
    return report;
  }

  private static boolean option(ReportCommand report, String name, String value) {
    switch (name) {
      case "--format" -> {
        report.format = constant(ReportCommand.Format.class, value);
        return report.format != null;
      }
      case "--input-format" -> {
        report.input.format = constant(InputFormat.class, value);
        return report.input.format != null;
      }
      case "--due-window" -> {
        if (value.length() > 9 || !allBetween(value, '0', '9')) {
          return false;
        }
        report.dueWindow = Integer.parseInt(value);
        return true;
      }
      case "--as-of" -> {
        try {
          report.input.asOf = LocalDate.parse(value);
          return true;
        } catch (DateTimeException e) {
          return false;
        }
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean file(ReportCommand report, String arg) {
    try {
      report.input.file = Path.of(arg);
      return true;
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** An enum constant named in any ASCII case, as picocli's case-insensitive setting reads it. */
  private static <E extends Enum<E>> E constant(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value) && allBetween(value, '\0', '\u007f')) {
        return e;
      }
    }
    return null;
  }

  private static boolean allBetween(String s, char low, char high) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < low || s.charAt(i) > high) {
        return false;
      }
    }
    return true;
  }

  /** picocli reads settings such as picocli.trimQuotes from system properties. */
  private static boolean picocliPropertiesSet() {
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }
}
