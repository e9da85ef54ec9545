package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.LimitedInputStream;
import org.improvementframework.io.LocalPlans;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.TestFiles;
import org.improvementframework.io.TextMutations;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanJsonTest {

  private static final String SAMPLE = TestFiles.text("sample-plan.json");

  private static Schema schema() {
    try (InputStream in = PlanJson.openSchema()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------ round trips

  @Test
  void readThenWrite_sampleDocument_isByteIdentical() {
    assertThat(PlanJson.write(PlanJson.read(SAMPLE))).isEqualTo(SAMPLE);
  }

  @Test
  void read_sampleDocument_keepsEveryField() {
    ImprovementPlan plan = PlanJson.read(SAMPLE);
    assertThat(plan.organisation()).contains("Plymouth City Council");
    assertThat(plan.areas()).hasSize(2);
    var indicator = plan.areas().get(0).measures().get(1).indicator().orElseThrow();
    assertThat(indicator.targets().get(0).value()).isEqualTo(new BigDecimal("85.50"));
    assertThat(indicator.observations().get(0).value())
        .isEqualTo(IndicatorValue.of(IndicatorValue.Marker.SUPPRESSED));
    assertThat(indicator.observations().get(1).value().number())
        .contains(new BigDecimal("-0.0010"));
    var milestone = plan.milestone(MilestoneRef.parse("1.1.2")).orElseThrow();
    assertThat(milestone.target().text()).isEqualTo("Feb 15, thereafter monthly");
    assertThat(milestone.target().recurrence()).isPresent();
    assertThat(plan.action(ActionRef.parse("1.1")).orElseThrow().dependencies())
        .extracting(Object::toString)
        .containsExactly("3", "10.1", "2.1.3");
  }

  @Test
  void read_everyInputKind_givesTheSamePlan(@TempDir Path dir) throws Exception {
    ImprovementPlan expected = PlanJson.read(SAMPLE);
    Path file = dir.resolve("plan.json");
    Files.writeString(file, SAMPLE);
    assertThat(PlanJson.read(new ByteArrayInputStream(SAMPLE.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(expected);
    assertThat(PlanJson.read(new StringReader(SAMPLE))).isEqualTo(expected);
    assertThat(PlanJson.read(file)).isEqualTo(expected);
  }

  @Test
  void write_everyOutputKind_givesTheSameText(@TempDir Path dir) throws Exception {
    ImprovementPlan plan = PlanJson.read(SAMPLE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PlanJson.write(plan, bytes);
    Path file = dir.resolve("out.json");
    PlanJson.write(plan, file);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(SAMPLE);
    assertThat(Files.readString(file)).isEqualTo(SAMPLE);
  }

  @Test
  void roundTrip_generatedPlans_areEqualAndByteIdentical() {
    qt().withExamples(100)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans()))
        .checkAssert(
            plan -> {
              String json = PlanJson.write(plan);
              ImprovementPlan back = PlanJson.read(json);
              assertThat(back).isEqualTo(plan);
              assertThat(PlanJson.write(back)).isEqualTo(json);
            });
  }

  @Test
  void roundTrip_plansWithAwkwardText_areEqualAndByteIdentical() {
    qt().withExamples(200)
        .forAll(LocalPlans.plans())
        .checkAssert(
            plan -> {
              String json = PlanJson.write(plan);
              ImprovementPlan back = PlanJson.read(json);
              assertThat(back).isEqualTo(plan);
              assertThat(PlanJson.write(back)).isEqualTo(json);
            });
  }

  @Test
  void schema_validatesEveryWrittenDocument() {
    Schema schema = schema();
    assertThat(schema.validate(SAMPLE, InputFormat.JSON)).isEmpty();
    qt().withExamples(30)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans()))
        .checkAssert(
            plan -> assertThat(schema.validate(PlanJson.write(plan), InputFormat.JSON)).isEmpty());
    qt().withExamples(30)
        .forAll(LocalPlans.plans())
        .checkAssert(
            plan -> assertThat(schema.validate(PlanJson.write(plan), InputFormat.JSON)).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"version\": 1|\"version\": 2",
        "\"format\": \"improvement-plan\"|\"format\": \"plan\"",
        "\"kind\": \"MONTH\"|\"kind\": \"MONTHLY\"",
        "\"ref\": \"1.1.1\"|\"ref\": \"1.1\"",
        "\"asAt\": \"2015-03-31\"|\"asAt\": \"31/03/2015\"",
        "\"value\": \"c\"|\"value\": \"C\"",
        "\"number\": 4|\"number\": 0",
        "\"description\": \"Situation Analysis completed\",|\"colour\": \"red\",",
      })
  void schema_rejectsWhatTheReaderRejects(String from, String to) {
    String json = SAMPLE.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    assertThat(json).isNotEqualTo(SAMPLE);
    assertThat(schema().validate(json, InputFormat.JSON)).isNotEmpty();
    assertThatThrownBy(() -> PlanJson.read(json)).isInstanceOf(PlanFormatException.class);
  }

  // ------------------------------------------------------------ unknown and missing fields

  @Test
  void read_unknownField_isAnErrorNamingItsPath() {
    String json = SAMPLE.replace("\"ref\": \"1.1.3\",", "\"ref\": \"1.1.3\", \"colour\": [1, 2],");
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(json));
    assertThat(e.location().jsonPath()).contains("$.plan.areas[0].actions[0].milestones[2].colour");
    assertThat(e.field()).contains("colour");
    assertThat(e.getMessage())
        .contains("unknown field 'colour'")
        .contains("$.plan.areas[0].actions[0].milestones[2].colour");
  }

  @Test
  void read_unknownFieldWithWarningsOption_keepsGoingAndWarns() {
    String json =
        SAMPLE.replace("\"ref\": \"1.1.3\",", "\"ref\": \"1.1.3\", \"colour\": {\"a\": [1]},");
    ReadResult<ImprovementPlan> result =
        PlanJson.read(
            json,
            PlanJson.Options.defaults().withUnknownFieldsAsWarnings().withSource("newer.json"));
    assertThat(result.value()).isEqualTo(PlanJson.read(SAMPLE));
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.location().jsonPath())
                  .contains("$.plan.areas[0].actions[0].milestones[2].colour");
              assertThat(w.source()).contains("newer.json");
              assertThat(w.action()).contains("ignored");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"title\": \"An area without actions\",|$.plan.areas[1].title",
        "\"asAt\": \"2015-03-31\",|$.plan.asAt",
        "\"kind\": \"MONTH\",|$.plan.areas[0].actions[0].milestones[0].target.kind",
        "\"progress\": \"COMPLETE\",|$.plan.areas[0].actions[0].milestones[0].status.progress",
        "\"unit\": \"PERCENTAGE\",|$.plan.areas[0].measures[1].indicator.unit",
        "\"format\": \"improvement-plan\",|$.format",
        "\"version\": 1,|$.version",
      })
  void read_missingRequiredField_namesItsPath(String removed, String path) {
    String json = SAMPLE.replaceFirst(Pattern.quote(removed), "");
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(json));
    assertThat(e.location().jsonPath()).contains(path);
    assertThat(e.getMessage()).startsWith("missing required field");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"version\": 1|\"version\": 2|$.version|unsupported version",
        "\"version\": 1|\"version\": \"1\"|$.version|found a string",
        "\"format\": \"improvement-plan\"|\"format\": \"improvement-plans\"|$.format|unknown"
            + " format",
        "\"number\": 4|\"number\": 4.5|$.plan.areas[1].number|cannot read number",
        "\"asAt\": \"2015-03-31\"|\"asAt\": \"2015-02-30\"|$.plan.asAt|cannot read date",
        "\"asAt\": \"2015-03-31\"|\"asAt\": null|$.plan.asAt|found null",
        "\"reportedRag\": \"AMBER\"|\"reportedRag\": \"A\"|$.plan.areas[0].actions[0].reportedRag"
            + "|cannot read Rag",
        "\"ref\": \"1.1.1\"|\"ref\": \"2.1.1\"|$.plan.areas[0].actions[0]|invalid action",
        "\"value\": \"c\"|\"value\": \"suppressed\""
            + "|$.plan.areas[0].measures[1].indicator.observations[0].value"
            + "|cannot read indicator value",
        "\"period\": \"FY2015-16 Q1\"|\"period\": \"Q1 2015\""
            + "|$.plan.areas[0].measures[1].indicator.observations[0].period"
            + "|cannot read reporting period",
        "\"progress\": \"COMPLETE\",|\"progress\": \"NOT_REPORTED\","
            + "|$.plan.areas[0].actions[0].milestones[0].status|invalid status",
        "\"3\",|\"3.x\",|$.plan.areas[0].actions[0].dependencies[0]|cannot read reference",
        "\"leads\": [|\"leads\": {\"a\": 1}, \"x\": [|$.plan.areas[0].leads|found an object",
        "\"title\": \"An area without actions\","
            + "|\"title\": \"An area without actions\", \"number\": 5,"
            + "|$.plan.areas[1].number|duplicate field",
      })
  void read_badValue_namesPathTextAndExpectation(
      String from, String to, String path, String problem) {
    String json = SAMPLE.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    assertThat(json).isNotEqualTo(SAMPLE);
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(json));
    assertThat(e).as("exception for %s", to).isNotNull();
    assertThat(e.location().jsonPath()).contains(path);
    assertThat(e.getMessage()).contains(problem);
    assertThat(e.location().line()).isPresent();
  }

  // ------------------------------------------------------------ bad input

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n", "[]", "\"plan\"", "null", "{}"})
  void read_emptyOrNotAnObject_isAFormatError(String json) {
    assertThatThrownBy(() -> PlanJson.read(json))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageNotContaining("Exception");
  }

  @Test
  void read_truncatedAtAnyPoint_isAFormatErrorNeverAnotherException() {
    for (int cut = 0; cut < SAMPLE.length() - 2; cut += 7) {
      String prefix = SAMPLE.substring(0, cut);
      assertThatThrownBy(() -> PlanJson.read(prefix))
          .as("cut at %d", cut)
          .isInstanceOf(PlanFormatException.class);
    }
  }

  @Test
  void read_mutatedDocuments_failOnlyWithFormatErrors() {
    String alphabet = "{}[]\",:0123456789-.eE\\ntfalsu \n/xcQ";
    qt().withExamples(1000)
        .forAll(integers().all())
        .checkAssert(
            seed -> {
              String mutated = TextMutations.mutate(SAMPLE, alphabet, seed);
              try {
                PlanJson.read(mutated, PlanJson.Options.defaults().withUnknownFieldsAsWarnings());
              } catch (PlanFormatException e) {
                assertThat(e.getMessage()).isNotBlank();
                assertThat(e.location().isUnknown()).isFalse();
              }
            });
  }

  @Test
  void read_truncated_saysSoWithLocation() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () ->
                PlanJson.read(
                    new ByteArrayInputStream(
                        SAMPLE.substring(0, 400).getBytes(StandardCharsets.UTF_8))));
    assertThat(e.getMessage()).contains("unexpected end of input");
    assertThat(e.location().line()).isPresent();
  }

  @Test
  void read_windows1252Text_isRejectedAsNotUtf8() {
    String json = SAMPLE.replace("Plymouth City Council", "Café Council – Plymouth");
    byte[] cp1252 = json.getBytes(Charset.forName("windows-1252"));
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PlanJson.read(new ByteArrayInputStream(cp1252)));
    assertThat(e.getMessage()).contains("not valid UTF-8").contains("$.plan.organisation");
  }

  @Test
  void read_utf8ByteOrderMark_isSkippedWithAWarning() {
    byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    ReadResult<ImprovementPlan> result =
        PlanJson.read(new ByteArrayInputStream(withBom), PlanJson.Options.defaults());
    assertThat(result.value()).isEqualTo(PlanJson.read(SAMPLE));
    assertThat(result.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.problem()).contains("byte order mark"));
    assertThat(PlanJson.read("\uFEFF" + SAMPLE, PlanJson.Options.defaults()).warnings()).hasSize(1);
  }

  @Test
  void read_utf16_isRejected() {
    byte[] utf16 = SAMPLE.getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> PlanJson.read(new ByteArrayInputStream(utf16)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("UTF-16");
  }

  @Test
  void read_trailingContent_isAnError() {
    assertThatThrownBy(() -> PlanJson.read(SAMPLE + "{}"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("after the plan");
  }

  @Test
  void read_hundredMegabyteString_isRejectedAtTheStringLimit() {
    // The fence refuses the first byte past the string limit and a megabyte of buffers: the
    // reader's own limit must come first.
    InputStream in =
        new LimitedInputStream(
            TestFiles.endless(
                "{\"format\": \"improvement-plan\", \"version\": 1, \"plan\": {\"title\": \"",
                "a",
                100L * 1024 * 1024),
            PlanJson.Options.DEFAULT_MAX_STRING_LENGTH + (1 << 20),
            "test fence bytes",
            InputLocation.unknown());
    InputLimitException e =
        catchThrowableOfType(InputLimitException.class, () -> PlanJson.read(in));
    assertThat(e.limit()).isEqualTo(PlanJson.Options.DEFAULT_MAX_STRING_LENGTH);
    assertThat(e.location().jsonPath()).contains("$.plan.title");
  }

  @Test
  void read_hundredMegabyteDocument_isRejectedAtTheDocumentLimit() {
    InputStream in =
        new LimitedInputStream(
            TestFiles.endless(
                "{\"format\": \"improvement-plan\", \"version\": 1, "
                    + "\"plan\": {\"title\": \"t\", \"asAt\": \"2015-03-31\", \"notes\": [\"a\"",
                ",\"note\"",
                100L * 1024 * 1024),
            8_000_000 + (1 << 20),
            "test fence bytes",
            InputLocation.unknown());
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () ->
                PlanJson.read(
                    in,
                    PlanJson.Options.defaults()
                        .withLimits(PlanJson.Options.DEFAULT_LIMITS.withMaxInputBytes(8_000_000))));
    assertThat(e.limit()).isEqualTo(8_000_000);
  }

  @Test
  void read_hundredMegabyteFile_isRejectedBeforeReading(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    InputLimitException e =
        catchThrowableOfType(InputLimitException.class, () -> PlanJson.read(file));
    assertThat(e.source()).contains("huge.json");
    assertThat(e.getMessage()).contains("file size");
  }

  @Test
  void read_deepNesting_isRejectedByTheDepthLimit() {
    String deep = "[".repeat(1000);
    String json = SAMPLE.replace("\"ref\": \"1.1.3\",", "\"ref\": \"1.1.3\", \"x\": " + deep);
    assertThatThrownBy(
            () -> PlanJson.read(json, PlanJson.Options.defaults().withUnknownFieldsAsWarnings()))
        .isInstanceOf(InputLimitException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void read_missingFile_isUncheckedIo(@TempDir Path dir) {
    assertThatThrownBy(() -> PlanJson.read(dir.resolve("nope.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nope.json");
  }

  @Test
  void read_nullArguments_nameTheParameter() {
    assertThatThrownBy(() -> PlanJson.read((String) null)).hasMessage("json");
    assertThatThrownBy(() -> PlanJson.read(SAMPLE, null)).hasMessage("options");
    assertThatThrownBy(() -> PlanJson.write(null)).hasMessage("plan");
  }

  @Test
  void read_wordsRepeatedAcrossMilestones_areKeptOnce() {
    ImprovementPlan plan = PlanJson.read(SAMPLE);
    Milestone first = plan.milestones().findFirst().orElseThrow();
    Action action = plan.areas().get(0).actions().get(0);
    List<Milestone> written =
        IntStream.rangeClosed(1, 40).mapToObj(n -> like(first, action.ref(), n)).toList();
    Action many = action.withMilestones(written);
    String json = PlanJson.write(plan.withAreas(plan.areas().get(0).withActions(many)));

    List<Milestone> read = PlanJson.read(json).areas().get(0).actions().get(0).milestones();

    assertThat(read).isEqualTo(written);
    for (Milestone m : read) {
      assertThat(m.status()).isSameAs(read.get(0).status());
      assertThat(m.target().text()).isSameAs(read.get(0).target().text());
    }
  }

  private static Milestone like(Milestone m, ActionRef action, int number) {
    return Milestone.builder()
        .ref(MilestoneRef.of(action, number))
        .description(m.description())
        .target(m.target())
        .status(m.status())
        .build();
  }

  @Test
  void options_limits_defaultToTheSharedLimitsWithASmallerDocument() {
    InputLimits limits = PlanJson.Options.defaults().limits();
    assertThat(limits).isEqualTo(PlanJson.Options.DEFAULT_LIMITS);
    assertThat(limits.maxInputBytes()).isEqualTo(PlanJson.Options.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(limits.withMaxInputBytes(InputLimits.DEFAULT_MAX_INPUT_BYTES))
        .isEqualTo(InputLimits.defaults());
    assertThatThrownBy(() -> PlanJson.Options.defaults().withLimits(null)).hasMessage("limits");
    assertThat(PlanJson.Options.defaults().withSource("a").source()).contains("a");
    assertThat(PlanJson.Options.defaults().unknownFieldsAsWarnings()).isFalse();
  }

  @Test
  @SuppressWarnings("deprecation") // the deprecated forms must keep working in 0.x
  void options_deprecatedLimitForms_setTheSharedLimits() {
    PlanJson.Options o =
        PlanJson.Options.defaults().withMaxDocumentLength(1234).withMaxStringLength(56);
    assertThat(o.limits().maxInputBytes()).isEqualTo(1234).isEqualTo(o.maxDocumentLength());
    assertThat(o.limits().maxCellChars()).isEqualTo(56).isEqualTo(o.maxStringLength());
    assertThatThrownBy(() -> PlanJson.Options.defaults().withMaxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanJson.Options.defaults().withMaxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_eachSharedLimit_isAppliedAndNamed() {
    String json = PlanJson.write(PlanJson.read(SAMPLE));
    InputLimits d = PlanJson.Options.DEFAULT_LIMITS;
    assertThat(limitHit(json, d.withMaxInputBytes(100))).isEqualTo(100);
    assertThat(limitHit(json, d.withMaxDepth(3))).isEqualTo(3);
    assertThat(limitHit(json, d.withMaxCellChars(5))).isEqualTo(5);
    assertThat(limitHit(json.replace("\"number\": 1", "\"number\": 1000"), d.withMaxNumberChars(3)))
        .isEqualTo(3);
  }

  private static long limitHit(String json, InputLimits limits) {
    PlanJson.Options o = PlanJson.Options.defaults().withLimits(limits);
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () ->
                PlanJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), o));
    assertThat(e).isNotNull();
    return e.limit();
  }

  @Test
  void write_plan_followsTheCanonicalLayout() {
    String json = PlanJson.write(PlanJson.read(SAMPLE));
    assertThat(json)
        .startsWith("{\n  \"format\": \"improvement-plan\",\n  \"version\": 1,\n")
        .endsWith("}\n")
        .doesNotContain("null")
        .doesNotContain("\r");
    assertThat(List.of(json.split("\n")))
        .allSatisfy(
            line -> assertThat((line.length() - line.stripLeading().length()) % 2).isZero());
  }
}
