package org.improvementframework.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.PlanPrinter;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 path gives framework-io's Jackson 2 bytes, and reads them back, for any plan. */
class ImprovementFrameworkModuleTest {

  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new ImprovementFrameworkModule()).build();

  // The Jackson 2 module of the same simple name, so qualified here.
  @SuppressWarnings("checkstyle:importsNotQualifiedNames")
  private static final ObjectMapper JACKSON2 =
      new ObjectMapper()
          .registerModule(new org.improvementframework.io.json.ImprovementFrameworkModule());

  @Test
  void property_canonicalDocument_isByteForByteFrameworkIosPlanJson() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans(), PlanPrinter::outline))
        .checkAssert(
            plan -> {
              ByteArrayOutputStream jackson2 = new ByteArrayOutputStream();
              PlanJson.write(plan, jackson2);
              ByteArrayOutputStream jackson3 = new ByteArrayOutputStream();
              CanonicalJson.write(plan, jackson3);
              assertThat(jackson3.toByteArray()).isEqualTo(jackson2.toByteArray());
              assertThat(CanonicalJson.write(plan)).isEqualTo(PlanJson.write(plan));
            });
  }

  @Test
  void property_documentReadBack_isTheSamePlan() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans(), PlanPrinter::outline))
        .checkAssert(plan -> assertThat(CanonicalJson.read(PlanJson.write(plan))).isEqualTo(plan));
  }

  @Test
  void property_mapperOutput_equalsJackson2ModulesOutput_andReadsBack() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans(), PlanPrinter::outline))
        .checkAssert(
            plan -> {
              String json = JACKSON3.writeValueAsString(plan);
              assertThat(json).isEqualTo(jackson2(plan));
              assertThat(JACKSON3.readValue(json, ImprovementPlan.class)).isEqualTo(plan);
              for (Area area : plan.areas()) {
                String a = JACKSON3.writeValueAsString(area);
                assertThat(a).isEqualTo(jackson2(area));
                assertThat(JACKSON3.readValue(a, Area.class)).isEqualTo(area);
              }
            });
  }

  @Test
  void property_writeReadWrite_isIdempotent() {
    qt().withExamples(100)
        .forAll(QuickTheoriesGen.of(PlanGenerators.milestones()))
        .checkAssert(
            m -> {
              String once = JACKSON3.writeValueAsString(m);
              String twice = JACKSON3.writeValueAsString(JACKSON3.readValue(once, Milestone.class));
              assertThat(twice).isEqualTo(once);
            });
  }

  @Test
  void examplePlan_readsAndWritesTheBundledDocumentUnchanged() {
    ImprovementPlan plan = ExamplePlans.plymouth2015();
    String document = PlanJson.write(plan);
    assertThat(CanonicalJson.write(CanonicalJson.read(document))).isEqualTo(document);
    assertThat(document.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
  }

  @Test
  void findAndAddModules_findsTheModuleThroughTheServiceLoader() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules())
        .extracting(JacksonModule::getModuleName)
        .contains("ImprovementFrameworkModule");
    Milestone m = ExamplePlans.plymouth2015().milestones().findFirst().orElseThrow();
    assertThat(found.writeValueAsString(m)).isEqualTo(JACKSON3.writeValueAsString(m));
  }

  @Test
  void badTarget_isMismatchedInput_namingThePointerTheTextAndWhatWasExpected() {
    String json = "{\"text\": \"Apr-15\", \"kind\": \"SOMETIME\", \"periods\": []}";
    assertThatThrownBy(() -> JACKSON3.readValue(json, Target.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("cannot read 'SOMETIME' at /kind")
        .hasMessageContaining("expected one of")
        .hasMessageContaining("MONTH");
  }

  @Test
  void unknownField_isSkippedAsJackson3Does_unlessTheMapperFailsOnUnknownProperties() {
    String json = "{\"progress\": \"COMPLETE\", \"text\": \"Done\", \"colour\": [1, {\"a\": 2}]}";
    assertThat(JACKSON3.readValue(json, Status.class).text()).isEqualTo("Done");
    JsonMapper strict =
        JACKSON3.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> strict.readValue(json, Status.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("unknown field 'colour'");
  }

  @Test
  void canonicalJsonRead_isStrictLikePlanJson() {
    String document =
        PlanJson.write(ExamplePlans.plymouth2015())
            .replaceFirst("\"version\": 1,", "\"version\": 1, \"extra\": true,");
    assertThatThrownBy(() -> CanonicalJson.read(document))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("unknown field 'extra'");
  }

  @Test
  void missingField_andDuplicateField_areNamed() {
    assertThatThrownBy(() -> JACKSON3.readValue("{\"progress\": \"COMPLETE\"}", Status.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("the field 'text' is missing");
    assertThatThrownBy(
            () ->
                JACKSON3.readValue(
                    "{\"progress\": \"COMPLETE\", \"text\": \"a\", \"text\": \"b\"}", Status.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("the field 'text' a second time");
  }

  @Test
  void documentOfAnotherFormatOrVersion_isRejected() {
    String plan = JACKSON3.writeValueAsString(ExamplePlans.plymouth2015());
    assertThatThrownBy(
            () ->
                CanonicalJson.read(
                    "{\"format\": \"improvement-plan\", \"version\": 2, \"plan\": " + plan + "}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("at /version")
        .hasMessageContaining("expected 1");
    assertThatThrownBy(() -> CanonicalJson.read("{\"format\": \"other\"}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("cannot read 'other' at /format");
    assertThatThrownBy(() -> CanonicalJson.read("[]"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("at the root");
  }

  private static String jackson2(Object value) {
    try {
      return JACKSON2.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
