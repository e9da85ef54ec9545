package org.improvementframework.examples;

import java.util.concurrent.Callable;
import org.improvementframework.history.PlanHistory;
import org.improvementframework.history.RecordOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description =
        "Records a plan as it stood on its reporting date. Recording the same plan "
            + "again does nothing; a different plan for a recorded date is refused.")
final class HistoryRecordCommand implements Callable<Integer> {

  @ParentCommand HistoryCommand history;

  @Mixin InputOptions input;

  @Mixin HistoryStores stores;

  @Override
  public Integer call() throws Exception {
    Main main = history.main;
    return HistoryStores.run(
        main.err,
        () -> {
          PlanInput in = input.read(main);
          try (PlanHistory h = stores.open()) {
            RecordOutcome outcome = h.record(in.plan());
            main.out.println(
                switch (outcome) {
                  case RECORDED -> "recorded " + in.source() + " as at " + in.plan().asAt();
                  case UNCHANGED ->
                      "unchanged: "
                          + in.source()
                          + " is already recorded as at "
                          + in.plan().asAt();
                });
          }
          main.out.flush();
          return Main.OK;
        });
  }
}
