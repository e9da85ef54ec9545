package org.improvementframework.io.statistics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.model.IndicatorValue.Marker;
import org.improvementframework.model.ReportingPeriod;

/**
 * Reads and writes a {@link StatisticsMapping} as a small JSON file, so that a user declares once
 * how a published file is read:
 *
 * <pre>{@code
 * {
 *   "format": "statistics-mapping", "version": 1,
 *   "shape": "wide",
 *   "areaCode": "New_geog_code", "areaName": "geog_n", "level": "geog_l",
 *   "period": "FY2014-15",
 *   "measures": [ {"name": "children looked after at 31 March", "column": "CLA_Mar2015"} ],
 *   "markers": {"x": "suppressed"}
 * }
 * }</pre>
 *
 * <p>{@code shape} is {@code wide} or {@code tidy-period}; a tidy-period file gives
 * {@code periodColumn} and {@code periodConvention} ({@code financial-year}, the default,
 * {@code academic-year} or {@code calendar-year}) instead of {@code period}. A measure may give
 * its own {@code period} and a {@code where} object of column and text. Marker meanings are
 * {@code suppressed}, {@code not-applicable}, {@code not-available} and {@code rounds-to-zero};
 * without {@code markers} the shape's defaults apply. Unknown fields are errors, so that a
 * misspelt field is not silently ignored. {@code read(write(m))} equals {@code m}.
 *
 * <p>This class is thread-safe.
 */
public final class StatisticsMappingJson {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "statistics-mapping";

  private static final Set<String> TOP =
      Set.of(
          "format",
          "version",
          "shape",
          "areaCode",
          "areaName",
          "level",
          "period",
          "periodColumn",
          "periodConvention",
          "measures",
          "markers");
  private static final Set<String> MEASURE = Set.of("name", "column", "period", "where");
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(8)
                      .maxStringLength(InputLimits.DEFAULT_MAX_CELL_CHARS)
                      .build())
              .build());

  private StatisticsMappingJson() {}

  /**
   * Reads a mapping file.
   *
   * @param path the file; not null
   * @return the mapping; not null
   * @throws PlanFormatException if the file is not a mapping, naming the JSON path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StatisticsMapping read(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      if (Files.size(path) > 1024 * 1024) {
        throw PlanFormatException.builder("mapping file larger than 1 MiB")
            .at(InputLocation.ofSource(path.getFileName().toString()))
            .expected("a small JSON mapping")
            .build();
      }
      return read(Files.readString(path), String.valueOf(path.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a mapping from its JSON text.
   *
   * @param json the text; not null
   * @param source the file name or description for messages; may be null
   * @return the mapping; not null
   * @throws PlanFormatException if the text is not a mapping, naming the JSON path
   */
  public static StatisticsMapping read(String json, String source) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw PlanFormatException.builder("malformed JSON: " + e.getOriginalMessage())
          .at(InputLocation.ofSource(source))
          .expected("a JSON object")
          .cause(e)
          .build();
    }
    return new Parser(source).mapping(root);
  }

  /**
   * Writes a mapping as pretty-printed JSON.
   *
   * @param mapping the mapping; not null
   * @return the JSON text; not null
   */
  public static String write(StatisticsMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    ObjectNode o = MAPPER.createObjectNode();
    o.put("format", FORMAT)
        .put("version", 1)
        .put("shape", shapeName(mapping.shape()))
        .put("areaCode", mapping.areaCode());
    mapping.areaName().ifPresent(c -> o.put("areaName", c));
    mapping.level().ifPresent(c -> o.put("level", c));
    mapping.filePeriod().ifPresent(p -> o.put("period", p.toString()));
    mapping.period().ifPresent(c -> o.put("periodColumn", c));
    o.put("periodConvention", mapping.convention().jsonName());
    var measures = o.putArray("measures");
    for (MeasureColumn m : mapping.measures()) {
      ObjectNode mo = measures.addObject().put("name", m.name()).put("column", m.column());
      m.period().ifPresent(p -> mo.put("period", p.toString()));
      if (!m.where().isEmpty()) {
        ObjectNode w = mo.putObject("where");
        m.where().forEach(w::put);
      }
    }
    ObjectNode markers = o.putObject("markers");
    mapping.markers().forEach((k, v) -> markers.put(k, markerName(v)));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always writes", e);
    }
  }

  static String shapeName(StatisticsShape shape) {
    return shape == StatisticsShape.WIDE_RELEASE ? "wide" : "tidy-period";
  }

  static String markerName(Marker m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Turns a tree into a mapping, naming the JSON path of every problem. */
  private static final class Parser {
    private final String source;

    Parser(String source) {
      this.source = source;
    }

    StatisticsMapping mapping(JsonNode root) {
      object(root, "$", TOP);
      if (!FORMAT.equals(text(root, "$", "format", true))) {
        throw error(
            "$.format",
            "not a statistics mapping",
            root.path("format").asText(),
            "\"" + FORMAT + "\"");
      }
      if (!root.path("version").isInt() || root.path("version").asInt() != 1) {
        throw error("$.version", "unsupported version", root.path("version").toString(), "1");
      }
      StatisticsShape shape = shape(text(root, "$", "shape", true));
      PeriodConvention convention = convention(text(root, "$", "periodConvention", false));
      JsonNode list = root.path("measures");
      if (!list.isArray() || list.isEmpty()) {
        throw error("$.measures", "no measures", null, "an array of at least one measure");
      }
      List<MeasureColumn> measures = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        measures.add(measure(list.get(i), "$.measures[" + i + "]"));
      }
      Map<String, Marker> markers =
          root.has("markers")
              ? markers(root.get("markers"))
              : shape == StatisticsShape.WIDE_RELEASE
                  ? StatisticsMapping.releaseMarkers()
                  : StatisticsMapping.eesMarkers();
      // Read before the model's check, whose refusal is reported at "$": a field that is not a
      // string is refused at its own path.
      String areaCode = text(root, "$", "areaCode", true);
      Optional<String> areaName = Optional.ofNullable(text(root, "$", "areaName", false));
      Optional<String> level = Optional.ofNullable(text(root, "$", "level", false));
      Optional<String> periodColumn = Optional.ofNullable(text(root, "$", "periodColumn", false));
      Optional<ReportingPeriod> filePeriod =
          Optional.ofNullable(text(root, "$", "period", false)).map(p -> period(p, "$.period"));
      try {
        return new StatisticsMapping(
            shape,
            areaCode,
            areaName,
            level,
            periodColumn,
            convention,
            filePeriod,
            measures,
            markers);
      } catch (IllegalArgumentException e) {
        throw error("$", "inconsistent mapping: " + e.getMessage(), null, null);
      }
    }

    private StatisticsShape shape(String text) {
      return switch (text) {
        case "wide" -> StatisticsShape.WIDE_RELEASE;
        case "tidy-period" -> StatisticsShape.TIDY_PERIOD;
        default -> throw error("$.shape", "unknown shape", text, "wide or tidy-period");
      };
    }

    /** The convention named, or financial years, the convention of most published series. */
    private PeriodConvention convention(String text) {
      if (text == null) {
        return PeriodConvention.FINANCIAL_YEAR;
      }
      return PeriodConvention.ofJsonName(text)
          .orElseThrow(
              () ->
                  error(
                      "$.periodConvention",
                      "unknown period convention",
                      text,
                      "financial-year, academic-year or calendar-year"));
    }

    private MeasureColumn measure(JsonNode node, String path) {
      object(node, path, MEASURE);
      Map<String, String> where = new LinkedHashMap<>();
      if (node.has("where")) {
        JsonNode w = node.get("where");
        object(w, path + ".where", null);
        for (Map.Entry<String, JsonNode> e : w.properties()) {
          where.put(e.getKey(), text(w, path + ".where", e.getKey(), true));
        }
      }
      String name = text(node, path, "name", true);
      String column = text(node, path, "column", true);
      if (name.isBlank() || column.isBlank()) {
        throw error(path, "blank measure name or column", null, "non-blank name and column");
      }
      Optional<ReportingPeriod> period =
          Optional.ofNullable(text(node, path, "period", false))
              .map(p -> period(p, path + ".period"));
      return new MeasureColumn(name, column, period, where);
    }

    private Map<String, Marker> markers(JsonNode node) {
      object(node, "$.markers", null);
      Map<String, Marker> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String path = "$.markers['" + e.getKey() + "']";
        String meaning = text(node, "$.markers", e.getKey(), true);
        Marker m = null;
        for (Marker candidate : Marker.values()) {
          if (markerName(candidate).equals(meaning)) {
            m = candidate;
          }
        }
        if (m == null) {
          throw error(
              path,
              "unknown marker meaning",
              meaning,
              "suppressed, not-applicable, not-available or rounds-to-zero");
        }
        out.put(e.getKey(), m);
      }
      return out;
    }

    private ReportingPeriod period(String text, String path) {
      try {
        return ReportingPeriod.parse(text);
      } catch (DateTimeParseException e) {
        throw error(
            path, "cannot read period", text, "a period such as FY2014-15, AY2014-15 or " + "2015");
      }
    }

    private void object(JsonNode node, String path, Set<String> allowed) {
      if (!node.isObject()) {
        throw error(path, "not an object", abbreviate(node), "a JSON object");
      }
      if (allowed != null) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          String f = it.next();
          if (!allowed.contains(f)) {
            throw error(
                path + "." + f, "unknown field", f, "one of " + allowed.stream().sorted().toList());
          }
        }
      }
    }

    private String text(JsonNode node, String path, String field, boolean required) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          throw error(path + "." + field, "missing field '" + field + "'", null, "a string");
        }
        return null;
      }
      if (!v.isTextual()) {
        throw error(path + "." + field, "not a string", abbreviate(v), "a string");
      }
      return v.asText();
    }

    private static String abbreviate(JsonNode node) {
      String s = node.toString();
      return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private PlanFormatException error(String path, String problem, String text, String expected) {
      return PlanFormatException.builder(problem)
          .at(InputLocation.ofJsonPath(source, path, 0, 0))
          .text(text)
          .expected(expected)
          .build();
    }
  }
}
