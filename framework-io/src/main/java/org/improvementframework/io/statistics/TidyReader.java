package org.improvementframework.io.statistics;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.table.TableCursor;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.model.IndicatorValue;

/**
 * Reads the rows of an EES tidy file: checks the header, keeps the rows the options select, and
 * decides which columns are indicators and which filters; {@link TidySeries} then builds the
 * series. Not thread-safe: one instance reads one file.
 */
final class TidyReader {

  /** The time columns, which are neither filters nor indicators. */
  static final Set<String> TIME = Set.of("time_period", "time_identifier");

  private static final List<String> REQUIRED =
      List.of("time_period", "time_identifier", "geographic_level");
  private static final List<String> LA_COLUMNS = List.of("new_la_code", "old_la_code", "la_name");

  private final TableCursor rows;
  private final PublishedStatistics.Options options;

  TidyReader(TableReader rows, PublishedStatistics.Options options) {
    this.rows = new TableCursor(rows, options.sourceOrNull());
    this.options = options;
  }

  ReadResult<List<PublishedSeries>> read() throws IOException {
    String[] header = rows.next();
    if (header == null) {
      throw PlanFormatException.builder("empty input")
          .at(rows.location(null))
          .expected("a header row with time_period, time_identifier and geographic_level")
          .build();
    }
    Map<String, Integer> index = index(header);
    List<String[]> data = new ArrayList<>();
    List<Long> rowNumbers = new ArrayList<>();
    String[] r;
    while ((r = rows.next()) != null) {
      if (r.length == 1 && r[0].isEmpty()) {
        continue;
      }
      if (r.length != header.length) {
        throw PlanFormatException.builder(
                "row has " + r.length + " cells but the header has " + header.length)
            .at(rows.location(null))
            .expected(header.length + " cells")
            .build();
      }
      if (selected(r, index)) {
        data.add(r);
        rowNumbers.add(rows.row());
      }
    }
    List<String> indicators = indicatorColumns(index, data);
    List<String> filters = new ArrayList<>();
    for (String name : index.keySet()) {
      if (!TIME.contains(name)
          && !TidySeries.GEOGRAPHY_COLUMNS.contains(name)
          && !indicators.contains(name)) {
        filters.add(name);
      }
    }
    TidySeries series = new TidySeries(options.sourceOrNull(), index, indicators, filters);
    for (int n = 0; n < data.size(); n++) {
      series.add(data.get(n), rowNumbers.get(n));
    }
    return ReadResult.of(series.series(), series.warnings());
  }

  /** The columns by name, each once, with the required ones present. */
  private Map<String, Integer> index(String[] header) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      String name = header[i].strip();
      if (index.put(name, i) != null) {
        throw PlanFormatException.builder("duplicate column")
            .at(rows.location(name))
            .text(name)
            .expected("each column once")
            .build();
      }
    }
    for (String required : REQUIRED) {
      if (!index.containsKey(required)) {
        throw PlanFormatException.builder("missing column '" + required + "'")
            .at(rows.location(null))
            .field(required)
            .expected(
                "an EES tidy data file with time_period, time_identifier and "
                    + "geographic_level; a wide release file (one column per measure) or a tidy "
                    + "file with a period column is read by statistics.PublishedFiles with a "
                    + "mapping (docs/statistics.md)")
            .build();
      }
    }
    return index;
  }

  private boolean selected(String[] r, Map<String, Integer> index) {
    String level = options.geographicLevelOrNull();
    if (level != null && !r[index.get("geographic_level")].strip().equalsIgnoreCase(level)) {
      return false;
    }
    String la = options.localAuthorityOrNull();
    if (la == null) {
      return true;
    }
    for (String column : LA_COLUMNS) {
      Integer i = index.get(column);
      if (i != null && r[i].strip().equalsIgnoreCase(la)) {
        return true;
      }
    }
    return false;
  }

  private List<String> indicatorColumns(Map<String, Integer> index, List<String[]> data) {
    List<String> named = options.indicators();
    if (!named.isEmpty()) {
      for (String name : named) {
        if (!index.containsKey(name)) {
          throw PlanFormatException.builder("missing indicator column '" + name + "'")
              .at(rows.location(null))
              .field(name)
              .expected("the columns " + index.keySet())
              .build();
        }
      }
      return named;
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      String name = e.getKey();
      if (TIME.contains(name) || TidySeries.GEOGRAPHY_COLUMNS.contains(name) || data.isEmpty()) {
        continue;
      }
      boolean all = true;
      for (String[] r : data) {
        all &= isValue(r[e.getValue()]);
      }
      if (all) {
        found.add(name);
      }
    }
    return found;
  }

  private static boolean isValue(String s) {
    if (IndicatorValue.Marker.ofCode(s).isPresent()) {
      return true;
    }
    try {
      new BigDecimal(s.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
