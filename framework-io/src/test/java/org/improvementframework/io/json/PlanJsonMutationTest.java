package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.TestFiles;
import org.improvementframework.io.WriteLimitException;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.junit.jupiter.api.Test;

/**
 * Edges of reading and writing the canonical JSON through {@link PlanJson}: located refusals of
 * each kind of bad value, shared strings, exponents, byte order marks and write limits.
 */
class PlanJsonMutationTest {

  private static final String SAMPLE = TestFiles.text("sample-plan.json");
  private static final ImprovementPlan PLAN = PlanJson.read(SAMPLE);

  /** The sample with its first occurrence of {@code from} replaced by {@code to}. */
  private static String with(String from, String to) {
    String json = SAMPLE.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    assertThat(json).as("sample holds %s", from).isNotEqualTo(SAMPLE);
    return json;
  }

  private static PlanFormatException refusal(String json) {
    return catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(json));
  }

  private static List<Milestone> firstActionsMilestones(ImprovementPlan plan) {
    return plan.areas().get(0).actions().get(0).milestones();
  }

  @Test
  void loneSurrogate_atAnyPlaceInATitle_isRefusedNamingThatCharacter() {
    qt().forAll(integers().between(0, 8))
        .checkAssert(
            at -> {
              String title = "Workloads".substring(0, at) + "\\ud800" + "Workloads".substring(at);
              PlanFormatException e =
                  refusal(
                      with(
                          "\"title\": \"Children's Services Improvement Monitoring Framework\"",
                          "\"title\": \"" + title + "\""));
              assertThat(e.problem())
                  .isEqualTo("text has a lone surrogate at character " + (at + 1));
              assertThat(e.location().jsonPath()).contains("$.plan.title");
              assertThat(e.field()).contains("title");
            });
  }

  @Test
  void statusTextsAlike_upToFortyCharacters_areOneSharedString() {
    for (int length : new int[] {1, 8, 40}) {
      String text = "S".repeat(length);
      String json =
          with("\"text\": \"Complete\"", "\"text\": \"" + text + "\"")
              .replace("\"Completed- ongoing monthly reviewing\"", "\"" + text + "\"");
      List<Milestone> ms = firstActionsMilestones(PlanJson.read(json));
      assertThat(ms.get(0).status().text()).isEqualTo(text);
      assertThat(ms.get(1).status().text()).isSameAs(ms.get(0).status().text());
    }
  }

  @Test
  void numberWithAnExponent_isReadInPlainNotation() {
    String json = with("\"value\": 85.50,", "\"value\": 8.55E+1,");
    BigDecimal v = targetValue(PlanJson.read(json));
    assertThat(v).isEqualByComparingTo("85.5");
    String thousand = with("\"value\": 85.50,", "\"value\": 1e3,");
    assertThat(targetValue(PlanJson.read(thousand)).toPlainString()).isEqualTo("1000");
    assertThat(targetValue(PlanJson.read(thousand)).scale()).isZero();
  }

  @Test
  void hugeExponent_inAShortNumber_isRefusedAtItsPath_inEitherCase() {
    for (String n : List.of("1e999999999", "1E999999999")) {
      PlanFormatException e = refusal(with("\"value\": 85.50,", "\"value\": " + n + ","));
      assertThat(e.location().jsonPath())
          .contains("$.plan.areas[0].measures[1].indicator.targets[0].value");
    }
  }

  private static BigDecimal targetValue(ImprovementPlan plan) {
    return plan.areas().get(0).measures().get(1).indicator().orElseThrow().targets().get(0).value();
  }

  @Test
  void planPeriod_endingBeforeItStarts_orWithABadEnd_isRefusedAtThePeriod() {
    for (String period : List.of("2016-03-31/2015-01-01", "2015-01-01/2016-3-310")) {
      PlanFormatException e = refusal(with("\"2015-01-01/2016-03-31\"", "\"" + period + "\""));
      assertThat(e.problem()).isEqualTo("cannot read date range");
      assertThat(e.text()).contains(period);
      assertThat(e.location().jsonPath()).contains("$.plan.period");
    }
  }

  @Test
  void targetPeriod_withADayThatIsNoDate_isRefusedAtThePeriodAsTheModelRefusesIt() {
    // Canonical in form, so read by the numbers of its ends, which must refuse it all the same.
    for (String period :
        List.of(
            "2015-02-29/2015-03-31",
            "2015-03-01/2015-04-31",
            "2015-13-01/2015-03-31",
            "2015-03-00/2015-03-31",
            "2015-03-31/2015-03-01")) {
      PlanFormatException e = refusal(with("\"2015-03-01/2015-03-31\"", "\"" + period + "\""));
      assertThat(e.problem()).as(period).isEqualTo("cannot read date range");
      assertThat(e.text()).contains(period);
      assertThat(e.location().jsonPath())
          .contains("$.plan.areas[0].actions[0].milestones[0].target.periods[0]");
    }
  }

  @Test
  void asAt_thatIsNoDay_isRefusedWithTheExpectedForm() {
    PlanFormatException e = refusal(with("\"2015-03-31\"", "\"2015-02-30\""));
    assertThat(e.problem()).isEqualTo("cannot read date");
    assertThat(e.text()).contains("2015-02-30");
    assertThat(e.expected()).contains("an ISO 8601 date such as 2015-03-31");
    PlanFormatException shortForm = refusal(with("\"2015-03-31\"", "\"2015-3-31\""));
    assertThat(shortForm.problem()).isEqualTo("cannot read date");
    assertThat(shortForm.location().jsonPath()).contains("$.plan.asAt");
  }

  @Test
  void unknownEnumName_listsEveryName() {
    PlanFormatException rag = refusal(with("\"AMBER\"", "\"Amber\""));
    assertThat(rag.problem()).isEqualTo("cannot read Rag");
    assertThat(rag.text()).contains("Amber");
    assertThat(rag.expected()).contains("one of " + names(Rag.values()));
    PlanFormatException progress = refusal(with("\"COMPLETE\"", "\"DONE\""));
    assertThat(progress.expected()).contains("one of " + names(Progress.values()));
    assertThat(progress.location().jsonPath())
        .contains("$.plan.areas[0].actions[0].milestones[0].status.progress");
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  @Test
  void valueOfTheWrongJsonType_isNamedByItsType() {
    String title = "\"title\": \"Children's Services Improvement Monitoring Framework\"";
    assertWrongType(with(title, "\"title\": true"), "found a boolean", "true");
    assertWrongType(with(title, "\"title\": null"), "found null", "null");
    assertWrongType(with(title, "\"title\": [1]"), "found a list", null);
    assertWrongType(with(title, "\"title\": {}"), "found an object", null);
    assertWrongType(with(title, "\"title\": 12"), "found a number", "12");
  }

  private static void assertWrongType(String json, String problem, String text) {
    PlanFormatException e = refusal(json);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.location().jsonPath()).contains("$.plan.title");
    assertThat(e.text()).isEqualTo(Optional.ofNullable(text));
    if (text != null) {
      // A scalar is the field's value; a list or object opens its own context, named by path.
      assertThat(e.field()).contains("title");
    }
    assertThat(e.expected()).contains("a string");
  }

  @Test
  void measureAndIndicatorParts_thatAreNotObjects_areRefusedNamingWhatWasExpected() {
    String first =
        "{\n"
            + "            \"text\": \"Agreed optimum Workload figures for each service area.\"\n"
            + "          }";
    assertExpected(with(first, "\"figures\""), "a measure object", "$.plan.areas[0].measures[0]");
    assertExpected(
        with("\"indicator\": {", "\"indicator\": [], \"x\": {"),
        "an indicator object",
        "$.plan.areas[0].measures[1].indicator");
    assertExpected(
        SAMPLE.replaceFirst("\"targets\": \\[\\s*\\{[^}]*\\}", "\"targets\": [7"),
        "an indicator target object",
        "$.plan.areas[0].measures[1].indicator.targets[0]");
    assertExpected(
        SAMPLE.replaceFirst("\"observations\": \\[\\s*\\{[^}]*\\}", "\"observations\": [7"),
        "an observation object",
        "$.plan.areas[0].measures[1].indicator.observations[0]");
  }

  private static void assertExpected(String json, String expected, String path) {
    assertThat(json).isNotEqualTo(SAMPLE);
    PlanFormatException e = refusal(json);
    assertThat(e.expected()).contains(expected);
    assertThat(e.location().jsonPath()).contains(path);
  }

  @Test
  void readerWithoutMarkSupport_isRead_withOrWithoutAByteOrderMark() {
    byte[] bytes = SAMPLE.getBytes(StandardCharsets.UTF_8);
    ReadResult<ImprovementPlan> plain =
        PlanJson.read(
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
            PlanJson.Options.defaults());
    assertThat(plain.value()).isEqualTo(PLAN);
    assertThat(plain.warnings()).isEmpty();
    byte[] bom = ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_8);
    ReadResult<ImprovementPlan> marked =
        PlanJson.read(
            new InputStreamReader(new ByteArrayInputStream(bom), StandardCharsets.UTF_8),
            PlanJson.Options.defaults());
    assertThat(marked.value()).isEqualTo(PLAN);
    assertThat(marked.warnings())
        .singleElement()
        .satisfies(
            w -> assertThat(w.problem()).isEqualTo("byte order mark at the start of the input"));
  }

  @Test
  void utf16AndUtf32Bytes_areRefusedAsNotUtf8_aLoneFirstBomByteIsNot() {
    byte[] utf8 = SAMPLE.getBytes(StandardCharsets.UTF_8);
    for (byte[] start :
        List.of(
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {0, '{'},
            new byte[] {'{', 0})) {
      byte[] in = concat(start, utf8);
      PlanFormatException e =
          catchThrowableOfType(
              PlanFormatException.class, () -> PlanJson.read(new ByteArrayInputStream(in)));
      assertThat(e.problem()).isEqualTo("input is UTF-16 or UTF-32, not UTF-8");
      assertThat(e.location().line()).hasValue(1);
    }
    ReadResult<ImprovementPlan> withBom =
        PlanJson.read(
            new ByteArrayInputStream(
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)),
            PlanJson.Options.defaults());
    assertThat(withBom.value()).isEqualTo(PLAN);
    assertThat(withBom.warnings()).hasSize(1);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  @SuppressWarnings("deprecation") // the deprecated setter is still public API, so tested
  void write_textOfExactlyTheStringLimit_isWritten_oneMoreIsRefused() {
    ImprovementPlan plan = PLAN.withTitle("T".repeat(5000));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJson.write(plan, out, PlanJson.Options.defaults().withMaxStringLength(5000));
    assertThat(PlanJson.read(out.toString(StandardCharsets.UTF_8))).isEqualTo(plan);
    assertThatThrownBy(
            () ->
                PlanJson.write(
                    plan,
                    new ByteArrayOutputStream(),
                    PlanJson.Options.defaults().withMaxStringLength(4999)))
        .isInstanceOf(WriteLimitException.class)
        .hasMessageContaining("text of 5000 characters at $.plan.title");
  }

  @Test
  void write_loneSurrogate_isRefusedNamingItsPlaceAndCharacter() {
    ImprovementPlan plan = PLAN.withTitle("ab\ud800c");
    assertThatThrownBy(() -> PlanJson.write(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot write the text at $.plan.title")
        .hasMessageContaining("lone surrogate at character 3");
  }
}
