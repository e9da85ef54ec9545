package org.improvementframework.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.rag.RagJudgement;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.PlanShape;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The custom rules on the 2015 plan, and their laws on every plan framework-testing can
 * generate.
 */
class CustomRulesTest {

  private static ImprovementPlan curated() {
    return ExamplePlans.plymouth2015();
  }

  @Test
  void describe_curatedPlanAMonthLater_turnsAction61Red() throws Exception {
    List<String> lines = CustomRules.describe(curated(), LocalDate.of(2015, 4, 30));

    // 6.1.1 (January 2015) is 89 days overdue on 30 April; action 6.1 has a resolution, so the
    // default policy says AMBER.
    assertThat(lines.get(0))
        .isEqualTo(
            "action 6.1 RED (default policy: AMBER): milestone 6.1.1 "
                + "is 89 days overdue, longer than a resolution covers (60 days)");
    assertThat(lines).filteredOn(l -> l.startsWith("action ")).hasSize(1);
  }

  @Test
  void describe_curatedPlan_flagsTheAreasWithoutAnIndicator() throws Exception {
    ImprovementPlan plan = curated();

    List<String> lines = CustomRules.describe(plan, plan.asAt());

    long without =
        plan.areas().stream()
            .filter(a -> a.measures().stream().noneMatch(m -> m.indicator().isPresent()))
            .count();
    assertThat(lines)
        .filteredOn(l -> l.startsWith("WARNING area-without-indicator "))
        .hasSize((int) without)
        .contains(
            "WARNING area-without-indicator 6: area 6 has 3 measures but no indicator to "
                + "show progress in numbers");
    assertThat(without).isBetween(1L, 16L);
  }

  @Test
  void longOverdue_atSixtyDays_doesNotApplyYet() throws Exception {
    // 6.1.1 is due 31 January 2015: 60 days overdue on 1 April, 61 on 2 April.
    ImprovementPlan plan = curated();
    Action action = plan.action(ActionRef.parse("6.1")).orElseThrow();
    MilestoneClassifier c = MilestoneClassifier.defaults();

    assertThat(CustomRules.LONG_OVERDUE.judge(ActionFacts.of(action, c, LocalDate.of(2015, 4, 1))))
        .isEmpty();
    assertThat(CustomRules.LONG_OVERDUE.judge(ActionFacts.of(action, c, LocalDate.of(2015, 4, 2))))
        .hasValueSatisfying(j -> assertThat(j.rag()).isEqualTo(Rag.RED));
  }

  /** Plans small enough that a hundred of them run in a second or two. */
  private static Gen<ImprovementPlan> plans() {
    return QuickTheoriesGen.of(
        PlanGenerators.plans(
            PlanShape.builder()
                .areas(1, 5)
                .actionsPerArea(1, 4)
                .milestonesPerAction(0, 5)
                .build()));
  }

  private static Gen<LocalDate> dates() {
    return QuickTheoriesGen.of(PlanGenerators.asAtDates());
  }

  @Test
  void property_customPolicyDiffersFromDefaultOnlyWhereAMilestoneIsLongOverdue() {
    RagPolicy standard = RagPolicy.defaults();
    RagPolicy custom = CustomRules.policy();
    qt().withExamples(200)
        .forAll(plans(), dates())
        .checkAssert(
            (plan, asOf) ->
                plan.actions()
                    .forEach(
                        action -> {
                          ActionFacts facts =
                              ActionFacts.of(action, MilestoneClassifier.defaults(), asOf);
                          RagJudgement before = standard.judge(facts);
                          RagJudgement after = custom.judge(facts);
                          boolean longOverdue =
                              facts
                                  .mostOverdue()
                                  .map(d -> d.daysOverdue() > CustomRules.RESOLUTION_COVERS_DAYS)
                                  .orElse(false);
                          if (longOverdue) {
                            assertThat(after.rag()).isEqualTo(Rag.RED);
                            assertThat(after.rule()).isEqualTo(CustomRules.LONG_OVERDUE_ID);
                          } else {
                            assertThat(after).isEqualTo(before);
                          }
                          // Never kinder than the default.
                          assertThat(custom.severity(after.rag()))
                              .isLessThanOrEqualTo(standard.severity(before.rag()));
                        }));
  }

  @Test
  void property_areaWithoutIndicatorFindsExactlyTheAreasWithoutAnIndicator() {
    qt().withExamples(200)
        .forAll(plans(), dates())
        .checkAssert(
            (plan, asOf) -> {
              MonthlyReport report = MonthlyReport.of(plan, asOf, CustomRules.options());
              Set<Reference> found =
                  report.findings().stream()
                      .filter(f -> f.ruleId().equals(CustomRules.AREA_WITHOUT_INDICATOR_ID))
                      .map(f -> f.ref().orElseThrow())
                      .collect(Collectors.toSet());
              Set<Reference> expected =
                  plan.areas().stream()
                      .filter(a -> a.measures().stream().noneMatch(m -> m.indicator().isPresent()))
                      .map(Area::ref)
                      .collect(Collectors.toSet());
              assertThat(found).isEqualTo(expected);
            });
  }

  @Test
  void property_customRulesAddFindingsButRemoveNone() {
    qt().withExamples(100)
        .forAll(plans(), dates())
        .checkAssert(
            (plan, asOf) -> {
              List<Finding> standard =
                  MonthlyReport.of(
                          plan, asOf, ReportOptions.defaults().withRagPolicy(CustomRules.policy()))
                      .findings();
              List<Finding> custom = MonthlyReport.of(plan, asOf, CustomRules.options()).findings();
              assertThat(custom.subList(0, standard.size())).isEqualTo(standard);
              assertThat(custom.subList(standard.size(), custom.size()))
                  .allMatch(f -> f.ruleId().equals(CustomRules.AREA_WITHOUT_INDICATOR_ID));
            });
  }
}
