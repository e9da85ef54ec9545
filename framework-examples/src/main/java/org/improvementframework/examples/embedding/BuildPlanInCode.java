package org.improvementframework.examples.embedding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.rag.RagDisagreement;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Rag;
import org.improvementframework.model.ReportingPeriod;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;

/**
 * Builds a small plan in code with the model's builders, stores it as canonical JSON and asks the
 * monthly report what is overdue and where the reported RAG is too kind.
 *
 * <pre>{@code
 * ImprovementPlan plan = BuildPlanInCode.plan();
 * String json = PlanJson.write(plan);                 // store it
 * BuildPlanInCode.summary(plan, plan.asAt()).forEach(System.out::println);
 * }</pre>
 */
public final class BuildPlanInCode {

  private BuildPlanInCode() {}

  /**
   * Builds the example plan: two areas, three actions, five milestones, as at 31 March 2015.
   *
   * @return the plan; not null
   */
  public static ImprovementPlan plan() {
    ActionRef recruit = ActionRef.of(1, 1);
    Indicator caseload =
        Indicator.builder()
            .name("Average caseload per social worker")
            .unit(Indicator.Unit.RATIO)
            .polarity(Indicator.Polarity.LOWER_IS_BETTER)
            .addObservations(
                Observation.of(
                    ReportingPeriod.month(YearMonth.of(2015, 1)),
                    IndicatorValue.of(new BigDecimal("22"))))
            .addObservations(
                Observation.of(
                    ReportingPeriod.month(YearMonth.of(2015, 2)),
                    IndicatorValue.of(new BigDecimal("20.5"))))
            .addObservations(
                Observation.of(
                    ReportingPeriod.month(YearMonth.of(2015, 3)),
                    IndicatorValue.of(new BigDecimal("19"))))
            .build();
    Area workloads =
        Area.builder()
            .ref(AreaRef.of(1))
            .title("Reduce social workers' caseloads")
            .addLeads("Head of Children's Social Care")
            .addMeasures(Measure.of("Average caseload below 18 by September 2015", caseload))
            .addActions(
                Action.builder()
                    .ref(recruit)
                    .description("Recruit permanent social workers")
                    .addMilestones(
                        milestone(
                            recruit.milestone(1),
                            "Recruitment campaign launched",
                            "Jan 15",
                            "Complete"))
                    .addMilestones(
                        milestone(
                            recruit.milestone(2), "Ten posts filled", "Feb 15", "In progress"))
                    .reportedRag(Rag.AMBER)
                    .resolution("Second round of interviews booked for April")
                    .build())
            .addActions(
                Action.builder()
                    .ref(ActionRef.of(1, 2))
                    .description("Introduce a caseload weighting tool")
                    .addMilestones(
                        milestone(
                            MilestoneRef.of(1, 2, 1),
                            "Weighting tool agreed",
                            "April 15",
                            "Not started"))
                    .reportedRag(Rag.GREEN)
                    .build())
            .build();
    ActionRef conferences = ActionRef.of(2, 1);
    Area protection =
        Area.builder()
            .ref(AreaRef.of(2))
            .title("Hold child protection conferences on time")
            .addLeads("Safeguarding Service Manager")
            .addMeasures(Measure.of("Initial conferences within 15 working days"))
            .addActions(
                Action.builder()
                    .ref(conferences)
                    .description("Review how conferences are scheduled")
                    .addMilestones(
                        milestone(conferences.milestone(1), "Scheduling reviewed", "TBC", ""))
                    .addMilestones(
                        milestone(
                            conferences.milestone(2), "New scheduling in place", "June 15", ""))
                    .addDependencies(recruit)
                    .reportedRag(Rag.GREEN)
                    .build())
            .build();
    return ImprovementPlan.builder()
        .title("Children's Services Improvement Plan")
        .organisation("Example Borough Council")
        .asAt(LocalDate.of(2015, 3, 31))
        .addAreas(workloads)
        .addAreas(protection)
        .build();
  }

  private static Milestone milestone(
      MilestoneRef ref, String description, String target, String status) {
    return Milestone.builder()
        .ref(ref)
        .description(description)
        .target(Target.parse(target))
        .status(status.isEmpty() ? Status.NOT_REPORTED : Status.parse(status))
        .build();
  }

  /**
   * Summarises the plan as of a date, one line per fact: the counts, each overdue milestone,
   * each RAG disagreement and each plan-rule finding.
   *
   * @param plan the plan; not null
   * @param asOf the date of judgement; not null
   * @return the lines; not null
   */
  public static List<String> summary(ImprovementPlan plan, LocalDate asOf) {
    MonthlyReport report = MonthlyReport.of(plan, asOf, ReportOptions.defaults());
    List<String> lines = new ArrayList<>();
    lines.add(plan.title() + " as of " + asOf + ": " + report.states());
    for (DatedMilestone d : report.overdue()) {
      lines.add(
          "overdue "
              + d.milestone().ref()
              + " by "
              + d.daysOverdue()
              + " days: "
              + d.milestone().description());
    }
    for (RagDisagreement d : report.disagreements()) {
      lines.add(d.message());
    }
    report.findings().forEach(f -> lines.add(f.toString()));
    return lines;
  }

  /**
   * Prints the plan as canonical JSON, then its summary as at its reporting date.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ImprovementPlan plan = plan();
    System.out.print(PlanJson.write(plan));
    summary(plan, plan.asAt()).forEach(System.out::println);
  }
}
