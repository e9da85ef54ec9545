package org.improvementframework.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.improvementframework.io.statistics.PublishedSeries;
import org.improvementframework.metrics.indicators.AreaValue;
import org.improvementframework.metrics.indicators.Comparison;
import org.improvementframework.metrics.indicators.DirectionOfTravel;
import org.improvementframework.metrics.indicators.IndicatorJudge;
import org.improvementframework.metrics.indicators.OwnValue;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.Indicator.Polarity;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Observation;
import org.improvementframework.model.ReportingPeriod;

/**
 * Builds {@link IndicatorContext}s from published series: for the measures a user names (the
 * {@code compare} command), or for each measured-by indicator of a plan that has published data
 * (the report and the dashboard).
 *
 * <p>A series is found by its measure and area. A measure is named by its series' indicator,
 * followed, for an EES file, by its filter values in brackets, such as
 * {@code percentage [age=Aged 19 to 21, activity=Total]}. An area is matched by code or name,
 * ignoring case; where two areas share a code (London and its halves in older releases) the
 * first is taken.
 */
final class IndicatorContexts {

  private final Map<String, List<PublishedSeries>> byMeasure = new LinkedHashMap<>();
  private final String council;
  private final Optional<String> region;
  private final List<String> comparators;
  private final Set<String> notes = new LinkedHashSet<>();

  IndicatorContexts(
      List<PublishedSeries> series,
      String council,
      Optional<String> region,
      List<String> comparators) {
    for (PublishedSeries s : series) {
      byMeasure.computeIfAbsent(measureName(s), k -> new ArrayList<>()).add(s);
    }
    this.council = council;
    this.region = region;
    this.comparators = List.copyOf(comparators);
  }

  /** The name of a series' measure: its indicator, and its filters if it has any. */
  static String measureName(PublishedSeries s) {
    if (s.filters().isEmpty()) {
      return s.indicator();
    }
    return s.indicator()
        + " ["
        + s.filters().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "))
        + "]";
  }

  /** What was left out of the comparator list, and why; for the user to read on stderr. */
  List<String> notes() {
    return List.copyOf(notes);
  }

  /** Every measure of the files, in order of first appearance. */
  List<String> measures() {
    return List.copyOf(byMeasure.keySet());
  }

  /**
   * The context of each measured-by indicator of the plan that has published data: linked by
   * name, or by {@code links} (indicator name to measure name).
   */
  List<IndicatorContext> forPlan(ImprovementPlan plan, Map<String, String> links) {
    List<IndicatorContext> out = new ArrayList<>();
    for (Area area : plan.areas()) {
      for (Measure m : area.measures()) {
        if (m.indicator().isEmpty()) {
          continue;
        }
        Indicator indicator = m.indicator().get();
        String measure = links.getOrDefault(indicator.name(), indicator.name());
        if (byMeasure.containsKey(measure)
            && out.stream().noneMatch(c -> c.title().equals(indicator.name()))) {
          of(measure, indicator.polarity(), Optional.of(indicator), Optional.empty())
              .ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /**
   * The context of one measure for a period, or for the latest period with a council value.
   *
   * @return empty if the files have no such measure
   */
  Optional<IndicatorContext> of(
      String measure,
      Polarity polarity,
      Optional<Indicator> planIndicator,
      Optional<ReportingPeriod> period) {
    List<PublishedSeries> series = byMeasure.get(measure);
    if (series == null) {
      return Optional.empty();
    }
    Optional<PublishedSeries> own = find(series, council);
    Optional<PublishedSeries> england =
        series.stream().filter(s -> s.geographicLevel().equalsIgnoreCase("National")).findFirst();
    Optional<ReportingPeriod> when = period.or(() -> latest(own.map(List::of).orElse(series)));
    if (when.isEmpty()) {
      return Optional.empty();
    }
    ReportingPeriod p = when.get();
    Comparison.Builder b =
        Comparison.builder(planIndicator.map(Indicator::name).orElse(measure), polarity, p)
            .council(value(own, council, p));
    england.ifPresent(e -> b.england(value(england, e.areaCode(), p)));
    region.ifPresent(r -> b.region(value(find(series, r), r, p)));
    List<AreaValue> others = new ArrayList<>();
    String councilCode = b.build().council().area().code();
    for (String code : comparators) {
      AreaValue v = value(find(series, code), code, p);
      if (v.code().equalsIgnoreCase(councilCode)) {
        notes.add("the comparator list names the council itself (" + code + "): left it out");
      } else if (others.stream().anyMatch(o -> o.code().equalsIgnoreCase(v.code()))) {
        notes.add("the comparator list names " + code + " twice: kept it once");
      } else {
        others.add(v);
      }
    }
    b.comparators(others);
    planIndicator
        .flatMap(i -> i.observations().stream().filter(o -> o.period().equals(p)).findFirst())
        .ifPresent(o -> b.own(new OwnValue(o.value(), OwnValue.Source.PLAN)));
    List<Observation> history = own.map(PublishedSeries::observations).orElse(List.of());
    List<DirectionOfTravel> directions = new ArrayList<>();
    IndicatorJudge judge = IndicatorJudge.defaults();
    for (int i = 1; i < history.size(); i++) {
      directions.add(judge.direction(history.get(i - 1).value(), history.get(i).value(), polarity));
    }
    return Optional.of(
        new IndicatorContext(
            measure,
            planIndicator,
            b.build(),
            history,
            england.map(PublishedSeries::observations).orElse(List.of()),
            directions));
  }

  private static Optional<ReportingPeriod> latest(List<PublishedSeries> series) {
    return series.stream()
        .flatMap(s -> s.observations().stream())
        .map(Observation::period)
        .max(Comparator.naturalOrder());
  }

  private static Optional<PublishedSeries> find(List<PublishedSeries> series, String codeOrName) {
    return series.stream()
        .filter(s -> s.areaCode().equalsIgnoreCase(codeOrName))
        .findFirst()
        .or(
            () ->
                series.stream().filter(s -> s.areaName().equalsIgnoreCase(codeOrName)).findFirst());
  }

  private static AreaValue value(Optional<PublishedSeries> series, String code, ReportingPeriod p) {
    if (series.isEmpty()) {
      return AreaValue.missing(code, "");
    }
    PublishedSeries s = series.get();
    String c = s.areaCode().isEmpty() ? code : s.areaCode();
    return s.observations().stream()
        .filter(o -> o.period().equals(p))
        .findFirst()
        .map(o -> AreaValue.of(c, s.areaName(), o.value()))
        .orElseGet(() -> AreaValue.missing(c, s.areaName()));
  }
}
