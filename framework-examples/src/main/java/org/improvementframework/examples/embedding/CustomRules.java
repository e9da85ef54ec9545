package org.improvementframework.examples.embedding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.rag.RagJudgement;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.metrics.rag.RagRule;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.PlanRule;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Rag;

/**
 * Plugs a council's own rules into the monthly report: a RAG rule that rates an action RED once
 * a milestone is long overdue, resolution or not, and a plan rule that asks every area for at
 * least one measure with an indicator.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.defaults()
 *     .withRagPolicy(RagPolicy.defaults().withFirstRule(CustomRules.LONG_OVERDUE))
 *     .withRule(CustomRules.AREA_WITHOUT_INDICATOR);
 * MonthlyReport report = MonthlyReport.of(plan, asOf, options);
 * }</pre>
 */
public final class CustomRules {

  /** The id of {@link #LONG_OVERDUE}. */
  public static final String LONG_OVERDUE_ID = "long-overdue";

  /** The id of {@link #AREA_WITHOUT_INDICATOR}. */
  public static final String AREA_WITHOUT_INDICATOR_ID = "area-without-indicator";

  /** How many days overdue a milestone may be before a written resolution no longer helps. */
  public static final int RESOLUTION_COVERS_DAYS = 60;

  /**
   * An action with a milestone more than {@value #RESOLUTION_COVERS_DAYS} days overdue is RED,
   * whatever resolution is written: this council's board accepts a resolution as a reason for
   * AMBER for two months, not for ever. The default policy would call it AMBER.
   */
  public static final RagRule LONG_OVERDUE =
      RagRule.of(
          LONG_OVERDUE_ID,
          f -> f.mostOverdue().map(d -> d.daysOverdue() > RESOLUTION_COVERS_DAYS).orElse(false),
          Rag.RED,
          f ->
              "milestone "
                  + f.mostOverdue().get().milestone().ref()
                  + " is "
                  + f.mostOverdue().get().daysOverdue()
                  + " days overdue, longer than a resolution "
                  + "covers ("
                  + RESOLUTION_COVERS_DAYS
                  + " days)");

  /**
   * An area none of whose measures carries an indicator cannot show the board a number: a
   * warning naming the area.
   */
  public static final PlanRule AREA_WITHOUT_INDICATOR =
      context -> {
        List<Finding> out = new ArrayList<>();
        for (Area area : context.plan().areas()) {
          if (area.measures().stream().noneMatch(m -> m.indicator().isPresent())) {
            int n = area.measures().size();
            out.add(
                Finding.of(
                    AREA_WITHOUT_INDICATOR_ID,
                    Severity.WARNING,
                    area.ref(),
                    "area "
                        + area.ref()
                        + (n == 0
                            ? " has no measure, so"
                            : " has " + n + (n == 1 ? " measure" : " measures") + " but")
                        + " no indicator to show "
                        + "progress in numbers"));
          }
        }
        return out;
      };

  private CustomRules() {}

  /**
   * Prints what the custom rules change in the bundled 2015 plan a month after its report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    describe(ExamplePlans.plymouth2015(), LocalDate.of(2015, 4, 30)).forEach(System.out::println);
  }

  /**
   * Gets the default RAG policy with {@link #LONG_OVERDUE} tried first.
   *
   * @return the policy; not null
   */
  public static RagPolicy policy() {
    return RagPolicy.defaults().withFirstRule(LONG_OVERDUE);
  }

  /**
   * Gets the default report settings with the custom policy and the custom plan rule.
   *
   * @return the settings; not null
   */
  public static ReportOptions options() {
    return ReportOptions.defaults().withRagPolicy(policy()).withRule(AREA_WITHOUT_INDICATOR);
  }

  /**
   * Reports what the custom rules change: each action whose derived RAG differs from the default
   * policy's, with both ratings and the reason, then each finding of the custom plan rule.
   *
   * @param plan the plan; not null
   * @param asOf the date of judgement; not null
   * @return the lines; not null
   */
  public static List<String> describe(ImprovementPlan plan, LocalDate asOf) {
    MonthlyReport standard = MonthlyReport.of(plan, asOf, ReportOptions.defaults());
    MonthlyReport custom = MonthlyReport.of(plan, asOf, options());
    List<String> lines = new ArrayList<>();
    custom
        .rag()
        .actions()
        .forEach(
            (ActionRef ref, RagJudgement j) -> {
              Rag before = standard.rag().actions().get(ref).rag();
              if (j.rag() != before) {
                lines.add(
                    "action "
                        + ref
                        + " "
                        + j.rag()
                        + " (default policy: "
                        + before
                        + "): "
                        + j.reason());
              }
            });
    for (Finding f : custom.findings()) {
      if (f.ruleId().equals(AREA_WITHOUT_INDICATOR_ID)) {
        lines.add(f.toString());
      }
    }
    return lines;
  }
}
