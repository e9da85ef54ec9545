package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.improvementframework.io.TestFiles;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.junit.jupiter.api.Test;

/**
 * Every model type the module registers is written in the canonical shape and read back, alone
 * in an application's mapper: a type the module forgot would fall to Jackson's bean handling.
 */
class ImprovementFrameworkModuleMutationTest {

  private static final ImprovementPlan PLAN = PlanJson.read(TestFiles.text("sample-plan.json"));
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new ImprovementFrameworkModule());

  private static <T> void roundTrips(T value, Class<T> type, String written) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    assertThat(json).isEqualTo(written);
    assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
  }

  @Test
  void actionMilestoneTargetAndStatus_roundTripInTheCanonicalShape() throws Exception {
    Action action = PLAN.areas().get(0).actions().get(0);
    String json = MAPPER.writeValueAsString(action);
    assertThat(json).startsWith("{\"ref\":\"1.1\",\"description\":");
    assertThat(MAPPER.readValue(json, Action.class)).isEqualTo(action);
    Milestone m = action.milestones().get(0);
    roundTrips(
        m.target(),
        Target.class,
        "{\"text\":\"March 15\",\"kind\":\"MONTH\",\"periods\":[\"2015-03-01/2015-03-31\"]}");
    roundTrips(m.status(), Status.class, "{\"progress\":\"COMPLETE\",\"text\":\"Complete\"}");
  }

  @Test
  void measureIndicatorTargetAndObservation_roundTripInTheCanonicalShape() throws Exception {
    Measure measure = PLAN.areas().get(0).measures().get(1);
    String json = MAPPER.writeValueAsString(measure);
    assertThat(json).startsWith("{\"text\":\"Number of child protection conferences");
    assertThat(MAPPER.readValue(json, Measure.class)).isEqualTo(measure);
    Indicator indicator = measure.indicator().orElseThrow();
    assertThat(MAPPER.writeValueAsString(indicator))
        .startsWith("{\"name\":\"ICPCs within 15 working days\",\"unit\":\"PERCENTAGE\"");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(indicator), Indicator.class))
        .isEqualTo(indicator);
    roundTrips(
        indicator.targets().get(0),
        IndicatorTarget.class,
        "{\"value\":85.50,\"period\":\"FY2015-16\",\"tolerance\":5}");
    roundTrips(
        indicator.observations().get(1),
        Observation.class,
        "{\"period\":\"2015-09\",\"value\":-0.0010}");
  }

  @Test
  void references_andDateRanges_roundTripAsTheirText() throws Exception {
    roundTrips(AreaRef.of(3), AreaRef.class, "\"3\"");
    roundTrips(MilestoneRef.parse("2.1.3"), MilestoneRef.class, "\"2.1.3\"");
    roundTrips(ActionRef.of(10, 1), ActionRef.class, "\"10.1\"");
    roundTrips(
        DateRange.parse("2015-04-01/2015-06-30"), DateRange.class, "\"2015-04-01/2015-06-30\"");
  }

  @Test
  void referencesTooLongForTheFastPath_areStillReadByTheModel() throws Exception {
    assertThat(MAPPER.readValue("\"1234567890.1\"", ActionRef.class))
        .isEqualTo(ActionRef.of(1234567890, 1));
    assertThat(MAPPER.readValue("\"2.1.1234567890\"", MilestoneRef.class))
        .isEqualTo(MilestoneRef.of(ActionRef.of(2, 1), 1234567890));
    assertThat(MAPPER.readValue("[\"2.1\",\"2.1\",\"2.2\"]", ActionRef[].class))
        .containsExactly(ActionRef.of(2, 1), ActionRef.of(2, 1), ActionRef.of(2, 2));
  }

  @Test
  void aDateRangeOutsideTheFourDigitYears_isReadByTheModel() throws Exception {
    assertThat(MAPPER.readValue("\"+10000-01-01/+10000-12-31\"", DateRange.class))
        .isEqualTo(DateRange.parse("+10000-01-01/+10000-12-31"));
    assertThat(MAPPER.readValue("[\"2015-04-01/2015-06-30\"]", DateRange[].class))
        .containsExactly(DateRange.parse("2015-04-01/2015-06-30"));
    assertThat(List.of(MAPPER.readValue("\"2015-04-01/2015-04-01\"", DateRange.class)))
        .containsExactly(DateRange.parse("2015-04-01/2015-04-01"));
  }
}
