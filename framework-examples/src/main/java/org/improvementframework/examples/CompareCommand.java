package org.improvementframework.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.improvementframework.io.statistics.PublishedSeries;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.ReportingPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** The {@code compare} command: a council beside England and its comparators, per measure. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Prints, for each measure of published statistics files (or those named), "
            + "the council's value beside England, its region and its comparator authorities: "
            + "rank, quartile, comparator mean, gaps and the direction of travel across published "
            + "years. With --plan, a linked plan indicator gives the polarity and the own value.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the table was written",
      "2:input that cannot be read, or a usage error",
      "3:an internal error"
    })
final class CompareCommand implements Callable<Integer> {

  /** The forms of the table. */
  enum Format {
    TEXT,
    JSON,
    CSV
  }

  @ParentCommand Main main;

  @Mixin PublishedOptions published;

  @Option(
      names = "--measure",
      paramLabel = "NAME",
      description = "A measure to compare, as the files name it. Repeatable. Default: all.")
  List<String> measures = new ArrayList<>();

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description = "The period, such as FY2023-24. Default: the council's latest.")
  String period;

  @Option(
      names = "--plan",
      paramLabel = "FILE",
      description = "A plan whose indicators are linked to the measures (any input format).")
  Path plan;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (one row per area). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    if (!published.any()) {
      throw new ParameterException(
          published.spec.commandLine(), "compare needs at least one --published file");
    }
    String council = published.requireCouncil();
    Optional<ReportingPeriod> when = Optional.ofNullable(period).map(ReportingPeriod::parse);
    List<PublishedSeries> series = published.series(main);
    IndicatorContexts contexts =
        new IndicatorContexts(
            series, council, Optional.ofNullable(published.region), published.neighbourCodes());
    ImprovementPlan p =
        plan == null ? null : PlanInput.read(plan, null, main.err, main.progressDelay).plan();
    List<String> names = measures.isEmpty() ? contexts.measures() : measures;
    List<IndicatorContext> out = new ArrayList<>();
    for (String name : names) {
      Optional<Indicator> linked = linked(p, name);
      Optional<IndicatorContext> ctx =
          contexts.of(
              name, linked.map(Indicator::polarity).orElse(published.polarity), linked, when);
      if (ctx.isEmpty()) {
        throw new ParameterException(
            published.spec.commandLine(),
            "no published data for "
                + "measure '"
                + name
                + "'"
                + (when.isPresent() ? " in " + when.get() : "")
                + "; the files have "
                + contexts.measures());
      }
      out.add(ctx.get());
    }
    contexts.notes().forEach(n -> main.err.println("warning: " + n));
    main.err.flush();
    switch (format) {
      case JSON -> ComparisonTables.writeJson(main.out, out);
      case CSV -> ComparisonTables.writeCsv(main.out, out);
      default -> ComparisonTables.writeText(main.out, out);
    }
    return Main.OK;
  }

  /** The plan indicator linked to a measure: by --link, else by equal name. */
  private Optional<Indicator> linked(ImprovementPlan p, String measure) {
    if (p == null) {
      return Optional.empty();
    }
    return p.areas().stream()
        .flatMap(a -> a.measures().stream())
        .flatMap(m -> m.indicator().stream())
        .filter(i -> measure.equals(published.links.getOrDefault(i.name(), i.name())))
        .findFirst();
  }
}
