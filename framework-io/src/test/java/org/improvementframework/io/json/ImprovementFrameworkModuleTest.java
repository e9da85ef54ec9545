package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.TestFiles;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReportingPeriod;
import org.improvementframework.model.Target;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;

class ImprovementFrameworkModuleTest {

  private static final ImprovementPlan PLAN = PlanJson.read(TestFiles.text("sample-plan.json"));

  private static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new ImprovementFrameworkModule());
  }

  @Test
  void findAndRegisterModules_findsTheModuleThroughServiceLoader() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("ImprovementFrameworkModule");
  }

  @Test
  void plan_roundTripsThroughAnApplicationMapper() throws Exception {
    ObjectMapper mapper = mapper();
    String json = mapper.writeValueAsString(PLAN);
    assertThat(json).startsWith("{\"title\":");
    assertThat(mapper.readValue(json, ImprovementPlan.class)).isEqualTo(PLAN);
  }

  @Test
  void plan_readsAWholeCanonicalDocumentToo() throws Exception {
    assertThat(mapper().readValue(TestFiles.text("sample-plan.json"), ImprovementPlan.class))
        .isEqualTo(PLAN);
  }

  @Test
  void generatedPlans_roundTripThroughAnApplicationMapper() {
    ObjectMapper mapper = mapper();
    qt().withExamples(50)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans()))
        .checkAssert(
            plan -> {
              try {
                assertThat(mapper.readValue(mapper.writeValueAsBytes(plan), ImprovementPlan.class))
                    .isEqualTo(plan);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void modelTypesInsideApplicationDocuments_roundTrip() throws Exception {
    ObjectMapper mapper = mapper();
    Area area = PLAN.areas().get(0);
    Milestone milestone = area.actions().get(0).milestones().get(1);
    Map<String, Object> doc = Map.of("area", area);
    String json = mapper.writeValueAsString(doc);
    assertThat(mapper.readTree(json).get("area").get("number").asInt()).isEqualTo(1);
    assertThat(mapper.readValue(mapper.writeValueAsString(area), Area.class)).isEqualTo(area);
    assertThat(mapper.readValue(mapper.writeValueAsString(milestone), Milestone.class))
        .isEqualTo(milestone);
    assertThat(mapper.readValue("\"2015-04-01/2015-06-30\"", DateRange.class))
        .isEqualTo(DateRange.parse("2015-04-01/2015-06-30"));
    assertThat(mapper.readValue("\"FY2015-16 Q2\"", ReportingPeriod.class))
        .isEqualTo(ReportingPeriod.quarter(2015, 2));
    assertThat(mapper.readValue("\"k\"", IndicatorValue.class))
        .isEqualTo(IndicatorValue.of(IndicatorValue.Marker.ROUNDS_TO_ZERO));
    assertThat(mapper.writeValueAsString(List.of(ActionRef.of(2, 1), Reference.parse("3"))))
        .isEqualTo("[\"2.1\",\"3\"]");
    assertThat(mapper.readValue("\"2.1.3\"", Reference.class)).hasToString("2.1.3");
  }

  @Test
  void unknownField_failsWithItsPath_unlessTheMapperAllowsUnknownFields() throws Exception {
    String json = "{\"text\": \"TBC\", \"kind\": \"TO_BE_CONFIRMED\", \"colour\": 1}";
    assertThatThrownBy(() -> mapper().readValue(json, Target.class))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("$.colour");
    Target t =
        mapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(json, Target.class);
    assertThat(t.text()).isEqualTo("TBC");
  }

  @Test
  void badValueInsideAnApplicationBean_namesThePathWithinTheDocument() {
    String json = "{\"area\": {\"number\": 1, \"title\": \" \"}}";
    assertThatThrownBy(() -> mapper().readValue(json, Holder.class))
        .isInstanceOf(JsonMappingException.class)
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.area");
  }

  /** An application's own bean that holds a model type. */
  static final class Holder {
    public Area area;
  }
}
