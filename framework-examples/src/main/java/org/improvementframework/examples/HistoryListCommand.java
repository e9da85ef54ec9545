package org.improvementframework.examples;

import java.util.concurrent.Callable;
import org.improvementframework.history.PlanHistory;
import org.improvementframework.history.RecordSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the reporting dates recorded, with each record's hash and place.")
final class HistoryListCommand implements Callable<Integer> {

  @ParentCommand HistoryCommand history;

  @Mixin HistoryStores stores;

  @Override
  public Integer call() throws Exception {
    Main main = history.main;
    return HistoryStores.run(
        main.err,
        () -> {
          try (PlanHistory h = stores.open()) {
            for (RecordSummary s : h.store().index()) {
              main.out.println(s.asAt() + "  " + s.sha256().substring(0, 12) + "  " + s.source());
            }
          }
          main.out.flush();
          return Main.OK;
        });
  }
}
