package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.layout.Layout.AreaSource;
import org.improvementframework.io.layout.Layout.Column;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.layout.Layout.Kind;
import org.improvementframework.io.layout.Layout.RowKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Users' own layout files, read one call at a time. The shipped layouts are read once, when
 * {@link PlanTables} is first loaded, so only these calls can tell a broken reader from a good one.
 */
class LayoutJsonMutationTest {

  private static final String SOURCE = "our-plan.layout.json";

  static Layout read(String json) {
    return Layout.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), SOURCE);
  }

  static PlanFormatException refused(String json) {
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> read(json));
    assertThat(e).as("refused: %s", json).isNotNull();
    assertThat(e.source()).contains(SOURCE);
    return e;
  }

  @Test
  void fromJson_fewestMembers_takesTheDefaults() {
    Layout l = read("{\"name\": \"ours\", \"columns\": {\"action\": \"What we do\"}}");

    assertThat(l.name()).isEqualTo("ours");
    assertThat(l.description()).isEmpty();
    assertThat(l.kind()).isEqualTo(Kind.TABLE);
    assertThat(l.rows()).isEqualTo(RowKind.ACTION);
    assertThat(l.areas()).isEqualTo(AreaSource.HEADING);
    assertThat(l.dateHeadings()).isFalse();
    assertThat(l.columns()).containsExactly(Map.entry(Field.ACTION, column("What we do")));
    assertThat(l.column(Field.ACTION)).contains(column("What we do"));
    assertThat(l.column(Field.RAG)).isEmpty();
    assertThat(l).hasToString("ours: ");
  }

  @Test
  void fromJson_everyMember_keepsEachValue() {
    Layout l =
        read(
            """
            {"format": "improvement-plan-layout", "version": 1, "name": "eastmarsh",
             "description": "Eastmarsh's tracker", "reader": "table", "rows": "milestone",
             "areas": "column", "dateHeadings": true,
             "columns": {"area": "Theme", "milestone": ["Step", "Steps"], "rag": 5,
                         "measured-by": ["How we know"]}}
            """);

    assertThat(l.name()).isEqualTo("eastmarsh");
    assertThat(l.description()).isEqualTo("Eastmarsh's tracker");
    assertThat(l.kind()).isEqualTo(Kind.TABLE);
    assertThat(l.rows()).isEqualTo(RowKind.MILESTONE);
    assertThat(l.areas()).isEqualTo(AreaSource.COLUMN);
    assertThat(l.dateHeadings()).isTrue();
    assertThat(l.columns())
        .containsOnly(
            Map.entry(Field.AREA, column("Theme")),
            Map.entry(Field.MILESTONE, column("Step", "Steps")),
            Map.entry(Field.RAG, new Column(List.of(), 5)),
            Map.entry(Field.MEASURED_BY, column("How we know")));
    assertThat(l).hasToString("eastmarsh: Eastmarsh's tracker");
  }

  @Test
  void fromJson_trackerReaderAndReferenceAreas_needNoDataColumn() {
    Layout tracker = read("{\"name\": \"t\", \"reader\": \"tracker\", \"areas\": \"reference\"}");

    assertThat(tracker.kind()).isEqualTo(Kind.TRACKER);
    assertThat(tracker.areas()).isEqualTo(AreaSource.REFERENCE);
    assertThat(tracker.columns()).isEmpty();
    assertThat(
            read("{\"name\": \"t\", \"dateHeadings\": false, \"columns\": {\"milestone\": 2}}")
                .dateHeadings())
        .isFalse();
    assertThat(read("{\"name\": \"t\", \"columns\": {\"description\": \"Detail\"}}").columns())
        .containsOnlyKeys(Field.DESCRIPTION);
  }

  @Test
  void fromJson_sameText_givesEqualLayouts() {
    String json = "{\"name\": \"a\", \"description\": \"d\", \"columns\": {\"action\": 2}}";

    assertThat(read(json)).isEqualTo(read(json)).hasSameHashCodeAs(read(json));
    assertThat(read(json))
        .isNotEqualTo(read(json.replace("\"a\"", "\"b\"")))
        .isNotEqualTo(read(json.replace("\"d\"", "\"e\"")))
        .isNotEqualTo(read(json.replace("2}", "3}")))
        .isNotEqualTo(read(json.replace("{\"name", "{\"rows\": \"milestone\", \"name")))
        .isNotEqualTo(read(json.replace("{\"name", "{\"areas\": \"reference\", \"name")))
        .isNotEqualTo(read(json.replace("{\"name", "{\"dateHeadings\": true, \"name")))
        .isNotEqualTo(read(json.replace("{\"name", "{\"reader\": \"tracker\", \"name")))
        .isNotEqualTo("a: d");
  }

  @Test
  void fromJson_notAnObject_isRefusedAtTheRoot() {
    for (String json : List.of("[1, 2]", "\"layout\"", "")) {
      PlanFormatException e = refused(json);
      assertThat(e.location().jsonPath()).contains("$");
      assertThat(e.problem()).isEqualTo("the layout is not a JSON object");
      assertThat(e.expected()).contains("an object");
    }
  }

  @Test
  void fromJson_brokenJson_namesTheLine() {
    PlanFormatException e = refused("{\n  \"name\": \"x\",\n  \"columns\": {\n}");

    assertThat(e.problem()).startsWith("the layout is not valid JSON: ");
    assertThat(e.location().line()).hasValue(4);
    assertThat(e.location().jsonPath()).isEmpty();
    assertThat(e.expected()).hasValueSatisfying(x -> assertThat(x).startsWith("a JSON object"));
  }

  @Test
  void fromJson_unknownMember_namesItAndTheKnownOnes() {
    PlanFormatException e = refused("{\"name\": \"x\", \"colums\": {}}");

    assertThat(e.location().jsonPath()).contains("$.colums");
    assertThat(e.problem()).isEqualTo("unknown member of a layout");
    assertThat(e.text()).contains("colums");
    assertThat(e.expected())
        .contains(
            "one of [areas, columns, dateHeadings, description, format, name, reader, rows,"
                + " version]");
  }

  @Test
  void fromJson_formatAndVersion_mustBeTheLayoutFormatsFirst() {
    PlanFormatException format =
        refused("{\"format\": \"improvement-plan\", \"name\": \"x\", \"reader\": \"tracker\"}");
    assertThat(format.location().jsonPath()).contains("$.format");
    assertThat(format.problem()).isEqualTo("not a layout file");
    assertThat(format.text()).contains("improvement-plan");
    assertThat(format.expected()).contains(LayoutJson.FORMAT);

    PlanFormatException version = refused("{\"version\": 2, \"name\": \"x\"}");
    assertThat(version.location().jsonPath()).contains("$.version");
    assertThat(version.problem()).isEqualTo("unsupported layout version");
    assertThat(version.text()).contains("2");
    assertThat(version.expected()).contains("1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"reader\": \"tracker\"}|$.name|missing|",
        "{\"name\": 7, \"reader\": \"tracker\"}|$.name|not text|7",
        "{\"name\": \" \", \"reader\": \"tracker\"}|$.name|the layout has no name|' '",
        "{\"name\": \"x\", \"description\": [], \"reader\": \"tracker\"}|$.description|not text|[]",
        "{\"name\": \"x\", \"reader\": \"pdf\"}|$.reader|unknown choice|pdf",
        "{\"name\": \"x\", \"rows\": \"MILESTONE\"}|$.rows|unknown choice|MILESTONE",
        "{\"name\": \"x\", \"areas\": \"sheet\"}|$.areas|unknown choice|sheet",
        "{\"name\": \"x\", \"dateHeadings\": \"yes\"}|$.dateHeadings|not true or false|\"yes\"",
        "{\"name\": \"x\", \"columns\": [\"Action\"]}|$.columns|columns is not an object|"
            + "[\"Action\"]",
        "{\"name\": \"x\", \"columns\": {\"owner\": \"Who\"}}|$.columns.owner|unknown field|owner",
        "{\"name\": \"x\", \"columns\": {\"action\": 0}}|$.columns.action|not a column|0",
        "{\"name\": \"x\", \"columns\": {\"action\": -2}}|$.columns.action|not a column|-2",
        "{\"name\": \"x\", \"columns\": {\"action\": 1.5}}|$.columns.action|not a column|1.5",
        "{\"name\": \"x\", \"columns\": {\"action\": []}}|$.columns.action|not a column|[]",
        "{\"name\": \"x\", \"columns\": {\"action\": true}}|$.columns.action|not a column|true",
        "{\"name\": \"x\", \"columns\": {\"action\": [\"A\", 3]}}|$.columns.action[1]"
            + "|not a header name|3",
        "{\"name\": \"x\", \"columns\": {\"action\": [\" \"]}}|$.columns.action[0]"
            + "|not a header name|\" \"",
      })
  void fromJson_mistake_isNamedByItsPath(String json, String path, String problem, String text) {
    PlanFormatException e = refused(json);

    assertThat(e.location().jsonPath()).contains(path);
    assertThat(e.problem()).isEqualTo(problem);
    if (text == null) {
      assertThat(e.text()).isEmpty();
    } else {
      assertThat(e.text()).contains(text);
    }
    assertThat(e.getMessage()).contains(path);
  }

  @Test
  void fromJson_unknownChoiceAndField_listTheKnownOnes() {
    assertThat(refused("{\"name\": \"x\", \"reader\": \"pdf\"}").expected())
        .contains("one of [tracker, table]");
    assertThat(refused("{\"name\": \"x\", \"areas\": \"sheet\"}").expected())
        .contains("one of [heading, column, reference]");
    assertThat(refused("{\"name\": \"x\", \"columns\": {\"owner\": \"Who\"}}").expected())
        .contains(
            "one of [area, action, milestone, reference, description, lead, target, status,"
                + " rag, resolution, objectives, outcomes, measured-by]");
  }

  @Test
  void fromJson_tableWithoutDataColumn_isRefused() {
    PlanFormatException none = refused("{\"name\": \"x\", \"columns\": {\"lead\": \"Lead\"}}");
    assertThat(none.location().jsonPath()).contains("$.columns");
    assertThat(none.problem()).isEqualTo("the layout names no column for the action or milestone");
    assertThat(none.text()).isEmpty();

    PlanFormatException noColumns = refused("{\"name\": \"x\"}");
    assertThat(noColumns.problem()).isEqualTo(none.problem());
  }

  @Test
  void fromJson_areasFromAMissingColumn_isRefused() {
    PlanFormatException e =
        refused("{\"name\": \"x\", \"areas\": \"column\", \"columns\": {\"action\": 1}}");

    assertThat(e.location().jsonPath()).contains("$.columns");
    assertThat(e.problem()).isEqualTo("areas come from a column, but no 'area' column is named");
    assertThat(
            read("{\"name\": \"x\", \"areas\": \"column\", \"columns\": {\"action\": 1, \"area\":"
                    + " 2}}")
                .areas())
        .isEqualTo(AreaSource.COLUMN);
  }

  @Test
  void fromJson_sizeLimit_oneMebibyteAcceptedOneByteMoreRefused() {
    String head = "{\"name\": \"x\", \"columns\": {\"action\": 1}}";
    int limit = 1024 * 1024;
    byte[] atLimit = (head + " ".repeat(limit - head.length())).getBytes(StandardCharsets.UTF_8);
    assertThat(atLimit).hasSize(limit);
    assertThat(Layout.fromJson(new ByteArrayInputStream(atLimit), SOURCE).name()).isEqualTo("x");

    byte[] over = (head + " ".repeat(limit + 1 - head.length())).getBytes(StandardCharsets.UTF_8);
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> Layout.fromJson(new ByteArrayInputStream(over), SOURCE));
    assertThat(e).isNotNull();
    assertThat(e.limit()).isEqualTo(limit);
    assertThat(e.getMessage()).contains("the size of a layout file").contains(SOURCE);
  }

  @Test
  void fromJson_failingStream_isAnUncheckedIoErrorNamingTheSource() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };

    assertThatThrownBy(() -> Layout.fromJson(broken, SOURCE))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read layout " + SOURCE + ": disk gone");
  }

  @Test
  void fromJson_path_readsTheFileAndNamesAMissingOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ours.layout.json");
    Files.writeString(file, "{\"name\": \"ours\", \"columns\": {\"milestone\": \"Step\"}}");

    assertThat(Layout.fromJson(file).column(Field.MILESTONE)).contains(column("Step"));
    Path missing = dir.resolve("missing.layout.json");
    assertThatThrownBy(() -> Layout.fromJson(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot read layout file " + missing);
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> {
              Files.writeString(file, "{\"name\": \"ours\"}");
              Layout.fromJson(file);
            });
    assertThat(e.source()).contains(file.toString());
  }

  @Test
  void column_needsANameOrAPositionFromOne() {
    assertThat(new Column(List.of(), 1).position()).isEqualTo(1);
    assertThat(new Column(List.of("Lead"), 0).names()).containsExactly("Lead");
    assertThatThrownBy(() -> new Column(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a column needs a header name or a position of 1 or more, not [] at 0");
    assertThatThrownBy(() -> new Column(List.of("Lead"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void field_jsonName_isLowerCaseWithHyphens() {
    assertThat(Field.MEASURED_BY.jsonName()).isEqualTo("measured-by");
    assertThat(Field.RAG.jsonName()).isEqualTo("rag");
  }

  /** Law: the columns written in a layout file are the columns read, field by field. */
  @Test
  void fromJson_columnsWritten_areTheColumnsRead() {
    Field[] fields = Field.values();
    qt().forAll(
            lists().of(integers().between(0, fields.length - 1)).ofSizeBetween(0, fields.length),
            lists().of(integers().between(0, 3)).ofSize(fields.length),
            PlanTablesPropertyTest.word())
        .checkAssert(
            (chosen, shapes, name) -> {
              Map<Field, Column> expected = new EnumMap<>(Field.class);
              expected.put(Field.ACTION, new Column(List.of(), 1));
              for (int i : chosen) {
                int shape = shapes.get(i);
                String header = name + " " + fields[i].jsonName();
                expected.put(
                    fields[i],
                    switch (shape) {
                      case 0 -> new Column(List.of(header), 0);
                      case 1 -> new Column(List.of(), i + 2);
                      case 2 -> new Column(List.of(header, name), 0);
                      default -> new Column(List.of(header, name, header + "s"), 0);
                    });
              }
              List<String> members = new ArrayList<>();
              expected.forEach(
                  (f, c) ->
                      members.add(
                          "\""
                              + f.jsonName()
                              + "\": "
                              + (c.names().isEmpty() ? String.valueOf(c.position()) : json(c))));
              Layout l =
                  read(
                      "{\"name\": \""
                          + name
                          + "\", \"columns\": {"
                          + String.join(", ", members)
                          + "}}");
              assertThat(l.columns()).isEqualTo(expected);
              assertThat(l.name()).isEqualTo(name);
            });
  }

  private static String json(Column c) {
    List<String> quoted = c.names().stream().map(n -> "\"" + n + "\"").toList();
    return c.names().size() == 1 && c.hashCode() % 2 == 0
        ? quoted.get(0)
        : "[" + String.join(", ", quoted) + "]";
  }

  private static Column column(String... names) {
    return new Column(List.of(names), 0);
  }
}
