package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.ImprovementFrameworkModule;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The regression tests of the reliability findings on reading: numbers, text, duplicate keys,
 * encodings, locations and messages. Writing is in {@link ReliableWritesTest}.
 */
class ReliabilityFindingsTest {

  /** A plan whose one observation has the value given, as JSON text. */
  static String planWithObservation(String value) {
    return """
    {"format": "improvement-plan", "version": 1, "plan": {"title": "T",
      "asAt": "2015-03-31", "areas": [{"number": 1, "title": "A",
      "measures": [{"text": "m", "indicator": {"name": "n", "unit": "COUNT",
        "polarity": "HIGHER_IS_BETTER",
        "observations": [{"period": "FY2015-16", "value": %s}]}}]}]}}
    """
        .formatted(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e101",
        "1e-101",
        "1e999999999",
        "-1e999999999",
        "1e10000000",
        "1e100000000",
        "1e-999999999",
        "0.1e-2147483648"
      })
  void json_observationValueOutOfRange_isALocatedFormatErrorAtOnce(String value) {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PlanJson.read(planWithObservation(value)));
    assertThat(e).isNotNull();
    assertThat(e.location().jsonPath())
        .contains("$.plan.areas[0].measures[0].indicator.observations[0].value");
    assertThat(e.getMessage()).contains("number out of range").contains(value.substring(0, 3));
    // At once: refused by the digit bound, read from precision and scale without arithmetic (the
    // old code computed with the value for 10 to 287 s, or failed with an ArithmeticException).
    assertThat(e.expected()).hasValueSatisfying(x -> assertThat(x).contains("at most 100 digits"));
    assertThat(e.getCause()).isNull();
  }

  @Test
  void json_observationValueAtTheEdgeOfTheRange_isRead() {
    ImprovementPlan plan = PlanJson.read(planWithObservation("1e99"));
    Observation o =
        plan.areas().get(0).measures().get(0).indicator().orElseThrow().observations().get(0);
    assertThat(o.value().number().orElseThrow().toPlainString()).hasSize(100).startsWith("10");
  }

  @Test
  void jacksonModule_observationValueOutOfRange_isALocatedFormatError() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ImprovementFrameworkModule());
    String json = "{\"period\": \"FY2015-16\", \"value\": 1e101}";
    assertThatThrownBy(() -> mapper.readValue(json, Observation.class))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("number out of range '1e101' at $.value");
  }

  @Test
  void csv_indicatorsColumnOutOfRange_isAFormatErrorNamingRowAndColumn() {
    String csv = PlanCsv.write(PlanJson.read(planWithObservation("7")));
    String bad = csv.replace("\"\"value\"\":7", "\"\"value\"\":1e999999999");
    assertThat(bad).isNotEqualTo(csv);
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> PlanCsv.read(bad));
    assertThat(e.location().row()).hasValue(2);
    assertThat(e.location().column()).contains(PlanCsv.Column.INDICATORS.heading());
  }

  @Test
  void json_loneSurrogateEscape_isRefusedOnReadWithItsPath() {
    String json =
        PlanJson.write(PlanJson.read(planWithObservation("1")))
            .replace("\"title\": \"T\"", "\"title\": \"x\\ud83d\"");
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(json));
    assertThat(e.location().jsonPath()).contains("$.plan.title");
    assertThat(e.getMessage()).contains("lone surrogate at character 2");
    // The message itself shows the surrogate as an escape, not as a broken character.
    assertThat(Utf16.loneSurrogate(e.getMessage())).isEqualTo(-1);
  }

  @Test
  void json_surrogatePairEscape_isRead() {
    String json =
        PlanJson.write(PlanJson.read(planWithObservation("1")))
            .replace("\"title\": \"T\"", "\"title\": \"x\\ud83d\\ude00\"");
    assertThat(PlanJson.read(json).title()).isEqualTo("x\uD83D\uDE00");
  }

  @Test
  void json_duplicateUnknownKeyInLenientMode_isAnError() {
    String json =
        planWithObservation("1")
            .replace("\"title\": \"T\",", "\"title\": \"T\", \"extra\": 1, \"extra\": 2,");
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> PlanJson.read(json, PlanJson.Options.defaults().withUnknownFieldsAsWarnings()));
    assertThat(e.getMessage()).startsWith("duplicate field 'extra'");
    assertThat(e.location().jsonPath()).contains("$.plan.extra");
  }

  @Test
  void json_sameUnknownKeyInTwoObjects_isTwoWarnings() {
    String json =
        planWithObservation("1")
            .replace("\"title\": \"T\",", "\"title\": \"T\", \"extra\": 1,")
            .replace("\"title\": \"A\",", "\"title\": \"A\", \"extra\": 2,");
    ReadResult<ImprovementPlan> r =
        PlanJson.read(json, PlanJson.Options.defaults().withUnknownFieldsAsWarnings());
    assertThat(r.warnings()).hasSize(2);
  }

  /** Bytes that no UTF-8 encoder writes: overlong forms, surrogates, beyond U+10FFFF. */
  static final List<byte[]> NOT_UTF8 =
      List.of(
          new byte[] {(byte) 0xC0, (byte) 0xAF},
          new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
          new byte[] {(byte) 0xC0, (byte) 0x80},
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0x96});

  static byte[] splice(byte[] text, int at, byte[] bad) {
    byte[] out = new byte[text.length + bad.length];
    System.arraycopy(text, 0, out, 0, at);
    System.arraycopy(bad, 0, out, at, bad.length);
    System.arraycopy(text, at, out, at + bad.length, text.length - at);
    return out;
  }

  @Test
  void json_badUtf8InAnyString_inReadsOfAnyLength_isRefusedAtItsLineAndColumn() {
    byte[] json =
        PlanJson.write(PlanJson.read(TestFiles.text("sample-plan.json")))
            .getBytes(StandardCharsets.UTF_8);
    String text = new String(json, StandardCharsets.UTF_8);
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < json.length; i++) {
      if (json[i] == '"') {
        quotes.add(i);
      }
    }
    // The parser's position names the bad bytes: reads of every length end it anywhere in a
    // name, a string or the indentation when the checking stream refuses the next read.
    qt().withExamples(400)
        .forAll(
            integers().between(0, quotes.size() - 1),
            integers().between(0, NOT_UTF8.size() - 1),
            integers().between(1, 64).mix(integers().between(4000, 9000)))
        .checkAssert(
            (q, k, chunk) -> {
              int at = quotes.get(q) + 1;
              byte[] bad = splice(json, at, NOT_UTF8.get(k));
              PlanFormatException e =
                  catchThrowableOfType(
                      PlanFormatException.class, () -> PlanJson.read(inReadsOf(bad, chunk)));
              assertThat(e).as("bytes %s after quote %s", k, q).isNotNull();
              assertThat(e.getMessage()).contains("not valid UTF-8");
              String before = new String(json, 0, at, StandardCharsets.UTF_8);
              long line = before.chars().filter(c -> c == '\n').count() + 1;
              int column = before.length() - before.lastIndexOf('\n');
              assertThat(e.location().line()).hasValue(line);
              assertThat(e.location().lineColumn()).hasValue(column);
            });
    assertThat(text).isNotEmpty();
  }

  /** A stream that gives at most {@code chunk} bytes a read, as a socket or a pipe may. */
  private static InputStream inReadsOf(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }

      @Override
      public boolean markSupported() {
        return false;
      }
    };
  }

  @Test
  void csv_badUtf8InAnyRecord_isReportedAtThatRow() {
    ImprovementPlan plan = PlanJson.read(TestFiles.text("sample-plan.json"));
    // Enough rows that the reader's read-ahead spans many of them.
    ImprovementPlan big = PlanBig.repeatAreas(plan, 25);
    String csv = PlanCsv.write(big);
    String[] records = csv.split("\r\n", -1);
    assertThat(records.length).isGreaterThan(110);
    qt().withExamples(150)
        .forAll(
            integers().between(2, records.length - 2), integers().between(0, NOT_UTF8.size() - 1))
        .checkAssert(
            (record, k) -> {
              StringBuilder head = new StringBuilder();
              for (int i = 0; i < record - 1; i++) {
                head.append(records[i]).append("\r\n");
              }
              byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
              int at =
                  head.toString().getBytes(StandardCharsets.UTF_8).length
                      + Math.min(3, records[record - 1].length());
              byte[] bad = splice(bytes, at, NOT_UTF8.get(k));
              PlanFormatException e =
                  catchThrowableOfType(
                      PlanFormatException.class,
                      () ->
                          PlanCsv.read(new ByteArrayInputStream(bad), PlanCsv.Options.defaults()));
              assertThat(e).isNotNull();
              assertThat(e.getMessage()).contains("not valid UTF-8");
              assertThat(e.location().row()).as("record %s", record).hasValue(record);
            });
  }

  @Test
  void csv_badUtf8AtTheStartOfARecord_isReportedAtThatRow() {
    String csv = PlanCsv.write(PlanJson.read(TestFiles.text("sample-plan.json")));
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    int second = csv.indexOf("\r\n") + 2;
    byte[] bad = splice(bytes, second, new byte[] {(byte) 0x96});
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> PlanCsv.read(new ByteArrayInputStream(bad), PlanCsv.Options.defaults()));
    assertThat(e.location().row()).hasValue(2);
  }

  static Gen<String> textWithBreaks() {
    return lists()
        .of(integers().between(0, 6))
        .ofSizeBetween(1, 8)
        .map(
            codes -> {
              StringBuilder sb = new StringBuilder();
              for (int c : codes) {
                sb.append(
                    switch (c) {
                      case 0 -> "\r";
                      case 1 -> "\n";
                      case 2 -> "\\";
                      case 3 -> "\r\n";
                      case 4 -> "\\r";
                      case 5 -> " ";
                      default -> "x";
                    });
              }
              return "n" + sb;
            });
  }

  @Test
  void listElementsWithCarriageReturns_surviveJsonToCsvToJson() {
    ImprovementPlan base = PlanJson.read(planWithObservation("1"));
    qt().withExamples(300)
        .forAll(lists().of(textWithBreaks()).ofSizeBetween(1, 4))
        .checkAssert(
            notes -> {
              ImprovementPlan plan = base.withNotes(notes);
              ImprovementPlan back =
                  PlanJson.read(
                      PlanJson.write(
                          PlanCsv.read(PlanCsv.write(PlanJson.read(PlanJson.write(plan))))));
              assertThat(back.notes()).isEqualTo(notes);
            });
  }

  @Test
  void noteEndingInCarriageReturn_keepsIt() {
    ImprovementPlan plan = PlanJson.read(planWithObservation("1")).withNotes(List.of("x\r"));
    assertThat(PlanCsv.read(PlanCsv.write(plan)).notes()).containsExactly("x\r");
  }

  @Test
  void controlCharactersInAnyPartOfAMessage_areShownEscaped() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 30))
        .checkAssert(
            s -> {
              PlanFormatException e =
                  PlanFormatException.builder("problem " + s)
                      .at(InputLocation.ofCell(s, 3, s))
                      .field(s)
                      .text(s)
                      .expected(s)
                      .build();
              assertThat(e.getMessage().chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)))
                  .as("message of %s", s)
                  .isTrue();
              assertThat(Utf16.loneSurrogate(e.getMessage())).isEqualTo(-1);
            });
  }

  @Test
  void escapeSequenceInAJsonFieldName_isShownEscaped() {
    String json =
        planWithObservation("1")
            .replace("\"title\": \"T\",", "\"title\": \"T\", \"\\u001b[31mred\": 1,");
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(json));
    assertThat(e.getMessage()).doesNotContain("\u001b").contains("\\u001b[31mred");
  }

  @Test
  void visible_leavesPlainTextAsItIs() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40))
        .checkAssert(s -> assertThat(PlanFormatException.visible(s)).isSameAs(s));
  }

  @Test
  void fieldNameOverTheLimit_saysExceedsOnce() {
    String name = "k".repeat(1001);
    String json =
        planWithObservation("1")
            .replace("\"title\": \"T\",", "\"title\": \"T\", \"" + name + "\": 1,");
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> PlanJson.read(json, PlanJson.Options.defaults().withUnknownFieldsAsWarnings()));
    assertThat(e.getMessage())
        .startsWith("input too large: field name length exceeds the limit" + " of 1000");
    assertThat(e.getMessage().split("exceeds", -1)).hasSize(2);
  }

  @Test
  void jsonWrittenToBytes_isReadBackFromBytes() {
    ImprovementPlan plan = PlanJson.read(TestFiles.text("sample-plan.json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJson.write(plan, out);
    assertThat(PlanJson.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(plan);
  }

  /** Larger plans made from a small one, for inputs longer than a reader's buffer. */
  static final class PlanBig {
    private PlanBig() {}

    static ImprovementPlan repeatAreas(ImprovementPlan plan, int times) {
      List<Area> areas = new ArrayList<>();
      int n = 0;
      for (int t = 0; t < times; t++) {
        for (Area a : plan.areas()) {
          n++;
          areas.add(
              PlanJson.read(
                      PlanJson.write(plan.withAreas(List.of(a)))
                          .replace("\"number\": " + a.number() + ",", "\"number\": " + n + ",")
                          .replaceAll("\"ref\": \"" + a.number() + "\\.", "\"ref\": \"" + n + ".")
                          .replaceAll("\"(" + a.number() + ")(\\.[0-9]+)?\"", "\"" + n + "$2\""))
                  .areas()
                  .get(0));
        }
      }
      return plan.withAreas(areas);
    }
  }
}
