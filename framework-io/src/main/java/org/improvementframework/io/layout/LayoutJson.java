package org.improvementframework.io.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.layout.Layout.AreaSource;
import org.improvementframework.io.layout.Layout.Column;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.layout.Layout.Kind;
import org.improvementframework.io.layout.Layout.RowKind;

/** Reads a layout file; every mistake is named by its JSON path. */
final class LayoutJson {

  /** The value of the optional {@code format} member. */
  static final String FORMAT = "improvement-plan-layout";

  /** A layout file is a few hundred bytes; anything far larger is not one. */
  private static final int MAX_BYTES = 1024 * 1024;

  private static final Set<String> MEMBERS =
      Set.of(
          "format",
          "version",
          "name",
          "description",
          "reader",
          "rows",
          "areas",
          "dateHeadings",
          "columns");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LayoutJson() {}

  static Layout read(InputStream in, String source, InputLimits limits) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read layout " + source + ": " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new InputLimitException(
          "the size of a layout file", MAX_BYTES, InputLocation.ofSource(source), null);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw PlanFormatException.builder("the layout is not valid JSON: " + e.getOriginalMessage())
          .at(
              InputLocation.builder()
                  .source(source)
                  .line(Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr()))
                  .build())
          .expected("a JSON object such as {\"name\": ..., \"columns\": {...}}")
          .cause(e)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LayoutJson.Parser(source).layout(root);
  }

  /** Turns the tree into a layout, naming the path of any mistake. */
  private static final class Parser {
    private final String source;

    Parser(String source) {
      this.source = source;
    }

    Layout layout(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw error("$", "the layout is not a JSON object", null, "an object");
      }
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String member = it.next();
        if (!MEMBERS.contains(member)) {
          throw error(
              "$." + member,
              "unknown member of a layout",
              member,
              "one of " + new TreeSet<>(MEMBERS));
        }
      }
      if (root.has("format") && !FORMAT.equals(root.get("format").asText())) {
        throw error("$.format", "not a layout file", root.get("format").asText(), FORMAT);
      }
      if (root.has("version") && root.get("version").asInt() != 1) {
        throw error("$.version", "unsupported layout version", root.get("version").asText(), "1");
      }
      String name = text(root, "name", null);
      if (name.isBlank()) {
        throw error("$.name", "the layout has no name", name, "a name such as 'our-plan'");
      }
      String description = text(root, "description", "");
      Kind kind = choice(root, "reader", Kind.TABLE, Kind.values());
      RowKind rows = choice(root, "rows", RowKind.ACTION, RowKind.values());
      AreaSource areas = choice(root, "areas", AreaSource.HEADING, AreaSource.values());
      JsonNode headings = root.get("dateHeadings");
      if (headings != null && !headings.isBoolean()) {
        throw error("$.dateHeadings", "not true or false", headings.toString(), "true or false");
      }
      Map<Field, Column> columns = columns(root.get("columns"));
      if (kind == Kind.TABLE
          && !columns.containsKey(Field.ACTION)
          && !columns.containsKey(Field.MILESTONE)
          && !columns.containsKey(Field.DESCRIPTION)) {
        throw error(
            "$.columns",
            "the layout names no column for the action or milestone",
            null,
            "an 'action', 'milestone' or 'description' column");
      }
      if (areas == AreaSource.COLUMN && !columns.containsKey(Field.AREA)) {
        throw error(
            "$.columns",
            "areas come from a column, but no 'area' column is named",
            null,
            "an 'area' column, or \"areas\": \"heading\"");
      }
      return Layout.ofParts(
          name,
          description,
          kind,
          rows,
          areas,
          headings != null && headings.booleanValue(),
          columns);
    }

    private Map<Field, Column> columns(JsonNode node) {
      Map<Field, Column> columns = new EnumMap<>(Field.class);
      if (node == null) {
        return columns;
      }
      if (!node.isObject()) {
        throw error(
            "$.columns",
            "columns is not an object",
            node.toString(),
            "an object such as {\"action\": [\"Action\", \"Actions\"], \"rag\": 5}");
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        Field field = field(e.getKey());
        columns.put(field, column("$.columns." + e.getKey(), e.getValue()));
      }
      return columns;
    }

    private Field field(String key) {
      for (Field f : Field.values()) {
        if (f.jsonName().equals(key)) {
          return f;
        }
      }
      List<String> known = new ArrayList<>();
      for (Field f : Field.values()) {
        known.add(f.jsonName());
      }
      throw error("$.columns." + key, "unknown field", key, "one of " + known);
    }

    private Column column(String path, JsonNode node) {
      if (node.isTextual()) {
        return new Column(List.of(node.asText()), 0);
      }
      if (node.isInt() && node.asInt() >= 1) {
        return new Column(List.of(), node.asInt());
      }
      if (node.isArray() && node.size() > 0) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
          JsonNode n = node.get(i);
          if (!n.isTextual() || n.asText().isBlank()) {
            throw error(
                path + "[" + i + "]",
                "not a header name",
                n.toString(),
                "the text of a header cell");
          }
          names.add(n.asText());
        }
        return new Column(names, 0);
      }
      throw error(
          path,
          "not a column",
          node.toString(),
          "a header name, a list of header names, or a column number from 1");
    }

    private String text(JsonNode root, String member, String otherwise) {
      JsonNode n = root.get(member);
      if (n == null && otherwise != null) {
        return otherwise;
      }
      if (n == null || !n.isTextual()) {
        throw error(
            "$." + member,
            n == null ? "missing" : "not text",
            n == null ? null : n.toString(),
            "a text");
      }
      return n.asText();
    }

    private <E extends Enum<E>> E choice(JsonNode root, String member, E otherwise, E[] values) {
      JsonNode n = root.get(member);
      if (n == null) {
        return otherwise;
      }
      for (E e : values) {
        if (e.name().toLowerCase(Locale.ROOT).equals(n.asText())) {
          return e;
        }
      }
      throw error(
          "$." + member,
          "unknown choice",
          n.asText(),
          "one of " + Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    }

    private PlanFormatException error(String path, String problem, String text, String expected) {
      return PlanFormatException.builder(problem)
          .at(InputLocation.builder().source(source).jsonPath(path).build())
          .text(text)
          .expected(expected)
          .build();
    }
  }
}
