package org.improvementframework.io.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Observation;
import org.improvementframework.model.ReportingPeriod;

/**
 * Assembles the series of an EES tidy file from its selected rows: one series per geography,
 * filter combination and indicator, its observations in period order, a period at most once.
 * Not thread-safe.
 */
final class TidySeries {

  /** Geography columns of EES files, from the most to the least specific (code, name). */
  private static final String[][] GEOGRAPHY = {
    {"school_urn", "school_name"},
    {"lad_code", "lad_name"},
    {"pcon_code", "pcon_name"},
    {"new_la_code", "la_name"},
    {"region_code", "region_name"},
    {"country_code", "country_name"}
  };

  /** Every geography column, which is neither a filter nor an indicator. */
  static final Set<String> GEOGRAPHY_COLUMNS =
      Set.of(
          "geographic_level",
          "old_la_code",
          "school_urn",
          "school_name",
          "school_laestab",
          "lad_code",
          "lad_name",
          "pcon_code",
          "pcon_name",
          "new_la_code",
          "la_name",
          "region_code",
          "region_name",
          "country_code",
          "country_name",
          "ward_code",
          "ward_name",
          "opportunity_area_code",
          "opportunity_area_name",
          "trust_id",
          "trust_name",
          "provider_ukprn",
          "provider_name");

  private final String source;
  private final Map<String, Integer> index;
  private final List<String> indicators;
  private final List<String> filters;
  private final int tp;
  private final int ti;
  private final int level;
  private final List<ReadWarning> warnings = new ArrayList<>();
  private final Map<List<String>, Map<ReportingPeriod, Observation>> byKey = new LinkedHashMap<>();
  private final Map<List<String>, Map<ReportingPeriod, Long>> firstRow = new HashMap<>();

  TidySeries(
      String source, Map<String, Integer> index, List<String> indicators, List<String> filters) {
    this.source = source;
    this.index = index;
    this.indicators = indicators;
    this.filters = filters;
    this.tp = index.get("time_period");
    this.ti = index.get("time_identifier");
    this.level = index.get("geographic_level");
  }

  List<ReadWarning> warnings() {
    return warnings;
  }

  /** Adds the observations of one row, read from the file's row {@code row}. */
  void add(String[] r, long row) {
    Optional<ReportingPeriod> period = period(r, row);
    if (period.isEmpty()) {
      return;
    }
    String[] area = area(r, r[level].strip());
    for (String indicator : indicators) {
      String cell = r[index.get(indicator)];
      IndicatorValue value;
      try {
        value = IndicatorValue.parse(cell);
      } catch (NumberFormatException e) {
        warnings.add(
            ReadWarning.of(
                InputLocation.ofCell(source, row, indicator),
                cell.isBlank() ? "empty indicator cell" : "cannot read indicator value",
                cell,
                "left out the observation (a value is a number or one of c, z, x, k)"));
        continue;
      }
      observe(key(r, area, indicator), period.get(), value, row, indicator, cell);
    }
  }

  private Optional<ReportingPeriod> period(String[] r, long row) {
    try {
      Optional<ReportingPeriod> p = PublishedStatistics.period(r[tp], r[ti]);
      if (p.isEmpty()) {
        warnings.add(
            ReadWarning.of(
                InputLocation.ofCell(source, row, "time_identifier"),
                "time_identifier has no mapping to a reporting period",
                r[ti],
                "left out the row"));
      }
      return p;
    } catch (IllegalArgumentException e) {
      throw PlanFormatException.builder("cannot read time_period")
          .at(InputLocation.ofCell(source, row, "time_period"))
          .field("time_period")
          .text(r[tp])
          .expected(e.getMessage())
          .cause(e)
          .build();
    }
  }

  private List<String> key(String[] r, String[] area, String indicator) {
    List<String> key = new ArrayList<>(filters.size() + 4);
    key.add(r[level].strip());
    key.add(area[0]);
    key.add(area[1]);
    for (String f : filters) {
      key.add(r[index.get(f)]);
    }
    key.add(indicator);
    return key;
  }

  private void observe(
      List<String> key,
      ReportingPeriod period,
      IndicatorValue value,
      long row,
      String indicator,
      String cell) {
    Map<ReportingPeriod, Observation> obs = byKey.computeIfAbsent(key, k -> new TreeMap<>());
    Map<ReportingPeriod, Long> rowsOf = firstRow.computeIfAbsent(key, k -> new HashMap<>());
    if (obs.containsKey(period)) {
      throw PlanFormatException.builder(
              "two rows for the same series and period "
                  + period
                  + " (first in row "
                  + rowsOf.get(period)
                  + ")")
          .at(InputLocation.ofCell(source, row, indicator))
          .field(indicator)
          .text(cell)
          .expected(
              "one row per period, geography and filter combination; "
                  + "name the indicator columns if a filter column was taken as an indicator")
          .build();
    }
    obs.put(period, Observation.of(period, value));
    rowsOf.put(period, row);
  }

  /** The series, in order of first appearance. */
  List<PublishedSeries> series() {
    List<PublishedSeries> out = new ArrayList<>();
    for (Map.Entry<List<String>, Map<ReportingPeriod, Observation>> e : byKey.entrySet()) {
      List<String> k = e.getKey();
      Map<String, String> f = new LinkedHashMap<>();
      for (int i = 0; i < filters.size(); i++) {
        f.put(filters.get(i), k.get(3 + i));
      }
      out.add(
          new PublishedSeries(
              k.get(0),
              k.get(1),
              k.get(2),
              f,
              k.get(k.size() - 1),
              new ArrayList<>(e.getValue().values())));
    }
    return out;
  }

  /** The code and name of a row's geography, by its level. */
  private String[] area(String[] r, String level) {
    String[][] order =
        switch (level.toLowerCase(Locale.ROOT)) {
          case "national" -> new String[][] {GEOGRAPHY[5]};
          case "regional" -> new String[][] {GEOGRAPHY[4]};
          case "local authority" -> new String[][] {GEOGRAPHY[3], {"old_la_code", "la_name"}};
          default -> GEOGRAPHY;
        };
    for (String[] pair : order) {
      String code = cell(r, pair[0]);
      String name = cell(r, pair[1]);
      if (!code.isEmpty() || !name.isEmpty()) {
        return new String[] {code, name};
      }
    }
    return new String[] {"", ""};
  }

  private String cell(String[] r, String column) {
    Integer i = index.get(column);
    return i == null ? "" : r[i].strip();
  }
}
