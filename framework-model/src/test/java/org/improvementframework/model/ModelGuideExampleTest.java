package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compiles and checks the examples of docs/model.md; keep the two in step. */
class ModelGuideExampleTest {

  @Test
  void guide_buildingAPlan_givesThePlanDescribed() {
    // docs/model.md, "A plan in ten lines"
    ImprovementPlan plan =
        ImprovementPlan.builder()
            .title("Children's Services Improvement Monitoring Framework")
            .asAt(LocalDate.of(2015, 3, 31))
            .addAreas(
                Area.builder()
                    .ref(AreaRef.of(1))
                    .title("Reasonable workloads")
                    .addLeads("Alison Botham")
                    .addActions(
                        Action.builder()
                            .ref(ActionRef.parse("1.1"))
                            .description("Analyse case loads")
                            .reportedRag(Rag.parse("A"))
                            .addMilestones(
                                Milestone.builder()
                                    .ref(MilestoneRef.parse("1.1.1"))
                                    .description("Situation analysis completed")
                                    .target(Target.parse("March 15"))
                                    .status(Status.read("Complete"))
                                    .build())
                            .build())
                    .build())
            .build();

    assertThat(plan.milestone(MilestoneRef.parse("1.1.1")))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status().progress()).isEqualTo(Progress.COMPLETE);
              assertThat(m.target().deadline()).contains(LocalDate.of(2015, 3, 31));
            });
    assertThat(plan.action(ActionRef.of(1, 1)).flatMap(Action::reportedRag)).contains(Rag.AMBER);

    // docs/model.md, "Copies"
    Milestone milestone = plan.milestones().findFirst().orElseThrow();
    Milestone slipped =
        milestone.withTarget(Target.parse("Apr-15")).withStatus(Status.read("Meeting booked 30/3"));
    Action action = plan.action(ActionRef.of(1, 1)).orElseThrow().withMilestones(slipped);

    assertThat(slipped.status().progress()).isEqualTo(Progress.IN_PROGRESS);
    assertThat(milestone.status().progress()).isEqualTo(Progress.COMPLETE);
    assertThat(action.milestones()).containsExactly(slipped);
  }

  @Test
  void guide_findingReferences_givesThoseDescribed() {
    // docs/model.md, "References written in text"
    List<FoundReference> found =
        ReferenceFinder.find("Linked to measures within improvement area 15 & 16");

    assertThat(found)
        .extracting(FoundReference::reference)
        .containsExactly(AreaRef.of(15), AreaRef.of(16));
    assertThat(found).extracting(FoundReference::start).containsExactly(43, 48);
    assertThat(ReferenceFinder.find("As per 10.1"))
        .extracting(FoundReference::reference)
        .containsExactly(ActionRef.of(10, 1));
    assertThat(ReferenceFinder.find("Meeting booked 30/3")).isEmpty();
  }

  @Test
  void guide_indicatorValues_areNeverZeroWhenSuppressed() {
    // docs/model.md, "Measures and indicators"
    Indicator icpc =
        Indicator.builder()
            .name("Initial child protection conferences within 15 working days")
            .unit(Indicator.Unit.PERCENTAGE)
            .polarity(Indicator.Polarity.HIGHER_IS_BETTER)
            .countingUnit(Indicator.CountingUnit.EVENTS)
            .baseline(Observation.of(ReportingPeriod.parse("FY2014-15"), IndicatorValue.of(71)))
            .addTargets(
                IndicatorTarget.of(
                    new BigDecimal("85"), ReportingPeriod.parse("FY2015-16"), new BigDecimal("5")))
            .addObservations(
                Observation.of(ReportingPeriod.parse("FY2015-16 Q1"), IndicatorValue.parse("c")))
            .build();
    Measure measure = Measure.of("Conferences held within timescale", icpc);

    assertThat(measure.indicator().orElseThrow().observations().get(0).value().isNumber())
        .isFalse();
    assertThat(IndicatorValue.parse("c")).isNotEqualTo(IndicatorValue.of(0));
  }
}
