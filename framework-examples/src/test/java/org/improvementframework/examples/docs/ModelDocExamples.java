package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import java.math.BigDecimal;
import java.time.LocalDate;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Rag;
import org.improvementframework.model.ReferenceFinder;
import org.improvementframework.model.ReportingPeriod;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;

/**
 * The code examples of docs/model.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class ModelDocExamples {

  void planBuilder() throws Exception {
    // tag::plan-builder[]
    ImprovementPlan plan = ImprovementPlan.builder()
        .title("Children's Services Improvement Monitoring Framework")
        .asAt(LocalDate.of(2015, 3, 31))
        .addAreas(Area.builder().ref(AreaRef.of(1)).title("Reasonable workloads").addLeads("Alison Botham")
            .addActions(Action.builder().ref(ActionRef.parse("1.1")).description("Analyse case loads")
                .reportedRag(Rag.parse("A"))
                .addMilestones(Milestone.builder().ref(MilestoneRef.parse("1.1.1"))
                    .description("Situation analysis completed")
                    .target(Target.parse("March 15")).status(Status.read("Complete")).build())
                .build())
            .build())
        .build();
    // end::plan-builder[]
  }

  void withMethods(ImprovementPlan plan) throws Exception {
    // tag::with-methods[]
    Milestone milestone = plan.milestones().findFirst().orElseThrow();
    Milestone slipped = milestone.withTarget(Target.parse("Apr-15"))
        .withStatus(Status.read("Meeting booked 30/3"));
    Action action = plan.action(ActionRef.of(1, 1)).orElseThrow().withMilestones(slipped);
    // end::with-methods[]
  }

  void referenceFinder() throws Exception {
    // tag::reference-finder[]
    ReferenceFinder.find("Linked to measures within improvement area 15 & 16");
    // AreaRef 15 at 43..45 and AreaRef 16 at 48..50, both cue AREA
    ReferenceFinder.find("As per 10.1");           // ActionRef 10.1, cue POINTER
    ReferenceFinder.find("Meeting booked 30/3");   // nothing: a date is not a reference
    // end::reference-finder[]
  }

  void indicator() throws Exception {
    // tag::indicator[]
    Indicator icpc = Indicator.builder()
        .name("Initial child protection conferences within 15 working days")
        .unit(Indicator.Unit.PERCENTAGE)
        .polarity(Indicator.Polarity.HIGHER_IS_BETTER)
        .countingUnit(Indicator.CountingUnit.EVENTS)
        .baseline(Observation.of(ReportingPeriod.parse("FY2014-15"), IndicatorValue.of(71)))
        .addTargets(IndicatorTarget.of(new BigDecimal("85"), ReportingPeriod.parse("FY2015-16"),
            new BigDecimal("5")))
        .addObservations(Observation.of(ReportingPeriod.parse("FY2015-16 Q1"), IndicatorValue.parse("c")))
        .build();
    Measure measure = Measure.of("Conferences held within timescale", icpc);
    // end::indicator[]
  }
}
// spotless:on
