package org.improvementframework.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.improvementframework.history.DeadlineHistory;
import org.improvementframework.history.PlanHistory;
import org.improvementframework.history.Trend;
import org.improvementframework.history.TrendPoint;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.MilestoneRef;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description =
        "Shows, for each recorded date, the milestones complete, overdue and due, the "
            + "percent complete, the RAG ratings and the findings; for the plan, one area or one "
            + "lead; and the milestones whose deadlines moved.")
final class HistoryTrendCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    TEXT,
    JSON,
    CSV
  }

  @ParentCommand HistoryCommand history;

  @Mixin HistoryStores stores;

  @ArgGroup(exclusive = true)
  Scope scope = new Scope();

  static final class Scope {
    @Option(names = "--area", paramLabel = "N", description = "One area, by its number.")
    Integer area;

    @Option(names = "--lead", paramLabel = "NAME", description = "Everything one lead leads.")
    String lead;
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv. Default: text.")
  Format format;

  @Override
  public Integer call() throws Exception {
    Main main = history.main;
    return HistoryStores.run(
        main.err,
        () -> {
          Trend trend;
          try (PlanHistory h = stores.open()) {
            trend =
                h.skippingDamaged(e -> main.err.println("warning: skipped " + e.getMessage()))
                    .trend(ReportOptions.defaults());
          }
          String name;
          List<TrendPoint> points;
          Map<MilestoneRef, DeadlineHistory> moved = new LinkedHashMap<>(trend.deadlines());
          if (scope.area != null) {
            AreaRef ref = AreaRef.of(scope.area);
            name = "area " + ref;
            points = trend.area(ref);
            moved.keySet().removeIf(m -> !m.area().equals(ref));
          } else if (scope.lead != null) {
            name = "lead " + scope.lead;
            points = trend.lead(scope.lead);
            if (points.isEmpty() && !trend.plan().isEmpty()) {
              main.err.println(
                  "error: nobody called '"
                      + scope.lead
                      + "' leads an area; leads: "
                      + String.join(", ", trend.leads().keySet()));
              main.err.flush();
              return Main.UNREADABLE;
            }
            moved.clear();
          } else {
            name = "the plan";
            points = trend.plan();
          }
          switch (format) {
            case TEXT -> TrendFormats.text(main.out, name, points, moved);
            case CSV -> TrendFormats.csv(main.out, points);
            case JSON -> TrendFormats.json(main.out, name, points, moved);
            default -> throw new IllegalStateException("format " + format);
          }
          main.out.flush();
          return Main.OK;
        });
  }
}
