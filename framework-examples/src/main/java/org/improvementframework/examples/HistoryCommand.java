package org.improvementframework.examples;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description =
        "Keeps a plan's monthly updates and shows how it moved: record a plan, list "
            + "the dates, trends by plan, area or lead, slippage between two dates.",
    subcommands = {
      HistoryRecordCommand.class,
      HistoryListCommand.class,
      HistoryTrendCommand.class,
      HistorySlippageCommand.class
    })
final class HistoryCommand {

  @ParentCommand Main main;
}
