package org.improvementframework.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.statistics.PublishedFiles;
import org.improvementframework.io.statistics.PublishedSeries;
import org.improvementframework.io.statistics.StatisticsMapping;
import org.improvementframework.io.statistics.StatisticsMappingJson;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of the commands that set indicators in context: the published files, their
 * mapping, the council, its region, its comparator authorities and which plan indicator is which
 * published measure. With no {@code --published} file, nothing is compared.
 */
final class PublishedOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--published",
      paramLabel = "FILE",
      description =
          "A published statistics CSV file: EES tidy, or wide release / tidy-period "
              + "with --mapping. Repeatable.")
  List<Path> published = new ArrayList<>();

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "The statistics mapping (JSON) for the --published files that are not EES "
              + "tidy files.")
  Path mapping;

  @Option(
      names = "--la",
      paramLabel = "CODE",
      description =
          "The council: its area code (such as E08000009) or name as the files " + "write it.")
  String council;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      description = "The council's region: its code (such as E12000002) or name.")
  String region;

  @Option(
      names = "--neighbours",
      paramLabel = "FILE",
      description =
          "The comparator authorities: a text file of area codes, one a line "
              + "(text after the code and lines starting with # are ignored).")
  Path neighbours;

  @Option(
      names = "--link",
      paramLabel = "INDICATOR=MEASURE",
      description =
          "Which plan indicator is which published measure. Repeatable. An "
              + "indicator whose name is a measure's name is linked without it.")
  Map<String, String> links = new LinkedHashMap<>();

  @Option(
      names = "--polarity",
      paramLabel = "POLARITY",
      description =
          "For measures no plan indicator is linked to: higher_is_better, "
              + "lower_is_better or neutral. Default: ${DEFAULT-VALUE}.",
      defaultValue = "neutral")
  Indicator.Polarity polarity;

  boolean any() {
    return !published.isEmpty();
  }

  /** Reads every published file; warnings are counted on {@code err}, not lost. */
  List<PublishedSeries> series(Main main) {
    Optional<StatisticsMapping> m =
        mapping == null ? Optional.empty() : Optional.of(StatisticsMappingJson.read(mapping));
    List<PublishedSeries> all = new ArrayList<>();
    for (Path p : published) {
      var result = PublishedFiles.read(p, m, InputLimits.defaults());
      for (ReadWarning w : result.warnings()) {
        main.err.println("warning: " + w);
      }
      all.addAll(result.value());
    }
    main.err.flush();
    return all;
  }

  /**
   * The context of each measured-by indicator of the plan that has published data; none
   * without {@code --published}.
   */
  List<IndicatorContext> contexts(Main main, ImprovementPlan plan) {
    if (!any()) {
      return List.of();
    }
    IndicatorContexts contexts =
        new IndicatorContexts(
            series(main), requireCouncil(), Optional.ofNullable(region), neighbourCodes());
    List<IndicatorContext> out = contexts.forPlan(plan, links);
    contexts.notes().forEach(n -> main.err.println("warning: " + n));
    if (out.isEmpty()) {
      main.err.println(
          "warning: no indicator of the plan has published data; link one with "
              + "--link INDICATOR=MEASURE (the files have "
              + contexts.measures()
              + ")");
    }
    main.err.flush();
    return out;
  }

  /** Says on {@code err} that the comparison is left out of a report that is not text. */
  void warnUnlessText(Main main, boolean text) {
    if (any() && !text) {
      main.err.println(
          "warning: --published is shown in the text report and the dashboard "
              + "only; for JSON or CSV use the compare command");
      main.err.flush();
    }
  }

  /** The comparator codes of the neighbours file, in file order. */
  List<String> neighbourCodes() {
    if (neighbours == null) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(neighbours, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + neighbours + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String code = line.split("[\\s,;]+", 2)[0];
      if (codes.contains(code)) {
        throw PlanFormatException.builder("area code listed twice")
            .at(
                InputLocation.builder()
                    .source(String.valueOf(neighbours.getFileName()))
                    .line(i + 1)
                    .build())
            .text(code)
            .expected("each comparator once")
            .build();
      }
      codes.add(code);
    }
    return codes;
  }

  String requireCouncil() {
    if (council == null || council.isBlank()) {
      throw CommandLines.usageError(
          spec, "--la is needed with --published: the council's area code or name");
    }
    return council.strip();
  }
}
