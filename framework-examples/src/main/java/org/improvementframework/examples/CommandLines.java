package org.improvementframework.examples;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Builds the picocli command line either with every command, or with only the command that is
 * about to run.
 *
 * <p>picocli builds its model of a command by reflection over its annotated fields, mixins and
 * subcommands, eagerly, for the whole tree; on a one-shot {@code report} that model of eight
 * commands the user did not ask for cost about a quarter of the process's CPU time. So when the
 * first argument names one of {@link Main}'s subcommands, the top-level command is set up by hand
 * (name, standard help options, version) and only that subcommand is modelled. Everything else
 * (no arguments, {@code --help}, {@code help}, a misspelt command) gets the full tree, whose
 * usage text lists every command. {@link Main}'s {@code @Command(subcommands = ...)} stays the
 * one list of commands.
 */
final class CommandLines {

  private CommandLines() {}

  /**
   * Returns the command line for these arguments: only the named subcommand under the top-level
   * command when the first argument names one, else every command.
   *
   * @param main the top-level command; not null
   * @param args the arguments about to be executed; not null
   * @return the configured command line; not null
   */
  static CommandLine forArgs(Main main, String... args) {
    Objects.requireNonNull(main, "main");
    Objects.requireNonNull(args, "args");
    Optional<Class<?>> only = args.length == 0 ? Optional.empty() : subcommand(args[0]);
    if (only.isEmpty()) {
      return full(main);
    }
    Command top = Main.class.getAnnotation(Command.class);
    CommandSpec spec =
        CommandSpec.wrapWithoutInspection(main)
            .name(top.name())
            .mixinStandardHelpOptions(top.mixinStandardHelpOptions());
    spec.versionProvider(versionProvider(top));
    CommandLine cl = new CommandLine(spec);
    cl.addSubcommand(new CommandLine(only.get()));
    return configure(cl, main);
  }

  /**
   * Returns the command line with every command.
   *
   * @param main the top-level command; not null
   * @return the configured command line; not null
   */
  static CommandLine full(Main main) {
    return configure(new CommandLine(Objects.requireNonNull(main, "main")), main);
  }

  /**
   * Finds the subcommand of {@link Main} with this name, other than {@code help} (which needs
   * every command to list them).
   *
   * @param name the first argument; not null
   * @return the subcommand's class, if one has this name
   */
  static Optional<Class<?>> subcommand(String name) {
    for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
      Command command = c.getAnnotation(Command.class);
      if (c != CommandLine.HelpCommand.class && command != null && command.name().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static IVersionProvider versionProvider(Command top) {
    try {
      return CommandLine.defaultFactory().create(top.versionProvider());
    } catch (Exception e) {
      // BuildVersion has a public no-argument constructor: failing here is a bug of the build.
      throw new IllegalStateException("cannot create " + top.versionProvider().getName(), e);
    }
  }

  /**
   * Makes the usage error a command finds while it runs, as picocli's own would read.
   *
   * <p>Declared as a {@link RuntimeException} so that the commands that throw it do not name a
   * picocli class in their code: the report's fast path loads none.
   *
   * @param spec the command's model, which picocli injected; not null
   * @param message what is wrong; not null
   * @return the exception to throw; not null
   */
  static RuntimeException usageError(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  // Every command answers --version as the top-level one does: picocli gives a subcommand that
  // names no version of its own an empty one, and `report --version` printed nothing.
  private static void inheritVersion(CommandLine cl, IVersionProvider version) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.versionProvider() == null && spec.version().length == 0) {
        spec.versionProvider(version);
      }
      inheritVersion(sub, version);
    }
  }

  // Settings set after the subcommands are added, because picocli's setters reach only the
  // subcommands that exist when they are called.
  private static CommandLine configure(CommandLine cl, Main main) {
    inheritVersion(cl, cl.getCommandSpec().versionProvider());
    PrintWriter err = main.err;
    cl.setOut(main.out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    CliFailures failures = new CliFailures(err);
    cl.setExecutionExceptionHandler(failures).setParameterExceptionHandler(failures);
    return cl;
  }
}
