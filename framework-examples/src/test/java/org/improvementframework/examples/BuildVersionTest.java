package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code --version} prints the version Maven built, not a number written in the code. */
class BuildVersionTest {

  @Test
  void version_isTheBuildsProjectVersion() {
    // Surefire passes the pom's version; the filtered resource must agree with it.
    String built = System.getProperty("project.version");

    assertThat(built).isNotBlank().doesNotStartWith("${");
    assertThat(BuildVersion.version()).isEqualTo(built);
  }

  @Test
  void versionOption_printsTheVersionAndTheJava() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Improvement Framework " + BuildVersion.version() + "\n")
        .contains("Java " + System.getProperty("java.version"));
  }

  /** Every command and subcommand, as the words that name it: report, history list, ... */
  static Stream<String> commands() {
    List<String> lines = new ArrayList<>();
    for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
      Command command = c.getAnnotation(Command.class);
      if (c == CommandLine.HelpCommand.class) {
        continue;
      }
      lines.add(command.name());
      for (Class<?> sub : command.subcommands()) {
        lines.add(command.name() + " " + sub.getAnnotation(Command.class).name());
      }
    }
    return lines.stream();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommand_versionOption_printsWhatTheTopLevelPrints(String command) {
    String top = Cli.run("--version").out();
    for (String option : List.of("--version", "-V")) {
      String[] args = (command + " " + option).split(" ");

      Cli.Run run = Cli.run(args);

      assertThat(run.code()).as(command + " " + option).isZero();
      assertThat(run.out()).as(command + " " + option).isEqualTo(top);
      assertThat(run.err()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommand_helpOption_stillPrintsItsUsage(String command) {
    Cli.Run run = Cli.run((command + " --help").split(" "));

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: improvement-framework " + command + " ");
  }
}
