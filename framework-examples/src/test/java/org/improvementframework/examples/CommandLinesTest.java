package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line built for one command behaves, byte for byte, as the one built with every
 * command: same exit code, same standard output, same standard error.
 */
class CommandLinesTest {

  /** Commands that run on the bundled plan and write nothing but standard output. */
  private static final Set<String> RUN_SAFELY = Set.of("report", "validate", "layouts");

  /** Words that only ask for help or fail to parse, whatever the command. */
  private static final List<String> HARMLESS =
      List.of("--help", "-h", "--version", "-V", "--bogus");

  private static final List<String> WORDS =
      List.of(
          "--help",
          "--version",
          "--bogus",
          "--format",
          "json",
          "csv",
          "text",
          "--strict",
          "--due-window",
          "7",
          "-1",
          "--as-of",
          "2015-06-30",
          "30/06/2015",
          "extra",
          "--lead",
          "Head of Service",
          "--input-format",
          "csv",
          "tracker");

  private static Cli.Run run(boolean lazy, String... args) {
    return Cli.with(
        main -> (lazy ? CommandLines.forArgs(main, args) : CommandLines.full(main)).execute(args));
  }

  private static Main main() {
    return new Main(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Duration.ZERO);
  }

  static Stream<String> commandNames() {
    List<String> names = new ArrayList<>();
    for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
      names.add(c.getAnnotation(Command.class).name());
    }
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("commandNames")
  void everyCommand_helpVersionAndUsageErrors_sameAsWithEveryCommand(String name) {
    for (String word : HARMLESS) {
      Cli.Run lazy = run(true, name, word);
      assertThat(lazy).as(name + " " + word).isEqualTo(run(false, name, word));
      // usage, the version or an error message
      assertThat(lazy.out() + lazy.err()).as(name + " " + word).isNotEmpty();
    }
  }

  @Test
  void report_onTheBundledPlan_isModelledAlone_andPrintsTheSameReport() {
    CommandLine lazy = CommandLines.forArgs(main(), "report");
    assertThat(lazy.getSubcommands()).containsOnlyKeys("report");
    assertThat(CommandLines.full(main()).getSubcommands())
        .containsKeys("report", "validate", "convert", "help");

    Cli.Run outcome = run(true, "report");
    assertThat(outcome.code()).isEqualTo(Main.OK);
    assertThat(outcome.out()).contains("OVERDUE MILESTONES (6)");
    assertThat(outcome).isEqualTo(run(false, "report"));
  }

  @Test
  void noCommand_help_andAMisspeltCommand_getEveryCommand() {
    for (String first : List.of("help", "--help", "-V", "reprot")) {
      assertThat(CommandLines.subcommand(first)).isEmpty();
      assertThat(CommandLines.forArgs(main(), first).getSubcommands())
          .containsKeys("report", "validate", "help");
    }
  }

  @Test
  void property_anyArgumentsAfterACommand_sameOutcomeAsWithEveryCommand() {
    Gen<String> command = Generate.pick(List.copyOf(RUN_SAFELY));
    Gen<List<String>> words = lists().of(Generate.pick(WORDS)).ofSizeBetween(0, 4);
    qt().withExamples(60)
        .forAll(command, words)
        .checkAssert(
            (name, rest) -> {
              String[] args = Stream.concat(Stream.of(name), rest.stream()).toArray(String[]::new);
              assertThat(run(true, args)).as(String.join(" ", args)).isEqualTo(run(false, args));
            });
  }
}
