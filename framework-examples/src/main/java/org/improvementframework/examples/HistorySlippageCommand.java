package org.improvementframework.examples;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.improvementframework.history.PlanHistory;
import org.improvementframework.metrics.slippage.Change;
import org.improvementframework.metrics.slippage.Slippage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "slippage",
    mixinStandardHelpOptions = true,
    description =
        "Lists what changed between the plans recorded on two dates: deadlines moved, "
            + "statuses forwards or backwards, RAG ratings, items added or removed.")
final class HistorySlippageCommand implements Callable<Integer> {

  @ParentCommand HistoryCommand history;

  @Mixin HistoryStores stores;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "The earlier recorded date, yyyy-MM-dd.")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DATE",
      description = "The later recorded date, yyyy-MM-dd.")
  LocalDate to;

  @Override
  public Integer call() throws Exception {
    Main main = history.main;
    return HistoryStores.run(
        main.err,
        () -> {
          try (PlanHistory h = stores.open()) {
            Slippage s;
            try {
              s = h.slippage(from, to);
            } catch (IllegalArgumentException e) {
              main.err.println("error: " + e.getMessage());
              main.err.flush();
              return Main.UNREADABLE;
            }
            main.out.println("Changes from " + from + " to " + to + ": " + s.changes().size());
            for (Change c : s.changes()) {
              main.out.println("  " + c.kind() + "  " + c.message());
            }
          }
          main.out.flush();
          return Main.OK;
        });
  }
}
