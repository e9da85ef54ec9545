package org.improvementframework.examples;

import java.util.concurrent.Callable;
import org.improvementframework.io.layout.Layout;
import org.improvementframework.io.layout.PlanTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Lists the layouts of council tables the library knows, for {@code --layout NAME}. */
@Command(
    name = "layouts",
    mixinStandardHelpOptions = true,
    description =
        "Lists the known layouts of council tracker tables, for --layout NAME.%n"
            + "A layout of your own is a small JSON file: see docs/io-tracker.md.")
final class LayoutsCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Override
  public Integer call() {
    for (Layout l : PlanTables.knownLayouts()) {
      main.out.println(l.name());
      main.out.println("    " + l.description());
      main.out.println(
          "    columns: "
              + String.join(
                  ", ",
                  l.columns().entrySet().stream()
                      .map(
                          e ->
                              e.getKey().jsonName()
                                  + "="
                                  + (e.getValue().position() > 0
                                      ? "#" + e.getValue().position()
                                      : e.getValue().names().get(0)))
                      .toList()));
    }
    main.out.flush();
    return Main.OK;
  }
}
