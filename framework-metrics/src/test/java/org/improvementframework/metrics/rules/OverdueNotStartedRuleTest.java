package org.improvementframework.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.MilestoneState;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Status;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The custom rule of docs/metrics.md, property-tested over generated plans. */
class OverdueNotStartedRuleTest {

  private static final PlanRule RULE = new OverdueNotStartedRule();

  private static List<Finding> run(ImprovementPlan plan, LocalDate asOf) {
    return RULE.check(
        PlanContext.of(plan, asOf, MilestoneClassifier.defaults(), RagPolicy.defaults()));
  }

  @Test
  void property_everyFindingIsAnOverdueMilestoneThatHasNotStarted() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              for (Finding f : run(plan, asOf)) {
                var m = plan.milestone((MilestoneRef) f.ref().orElseThrow()).orElseThrow();
                assertThat(MilestoneClassifier.defaults().state(m, asOf))
                    .isEqualTo(MilestoneState.OVERDUE);
                assertThat(m.status().progress()).isIn(Progress.NOT_STARTED, Progress.NOT_REPORTED);
                assertThat(f.ruleId()).isEqualTo("overdue-not-started");
              }
            });
  }

  @Test
  void property_findsEveryOverdueMilestoneThatHasNotStarted() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              long expected =
                  plan.milestones()
                      .filter(
                          m ->
                              !m.status().progress().isDone()
                                  && m.status().progress() != Progress.IN_PROGRESS)
                      .filter(
                          m ->
                              MilestoneClassifier.defaults().state(m, asOf)
                                  == MilestoneState.OVERDUE)
                      .count();
              assertThat(run(plan, asOf)).hasSize((int) expected);
            });
  }

  @Test
  void property_laterAsOfNeverFindsFewer() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates(), SourceDSL.integers().between(0, 800))
        .checkAssert(
            (plan, asOf, days) ->
                assertThat(run(plan, asOf.plusDays(days)).size())
                    .isGreaterThanOrEqualTo(run(plan, asOf).size()));
  }

  @Test
  void property_aPlanWithEverythingStartedHasNoFindings() {
    qt().withExamples(100)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              ImprovementPlan started =
                  TestPlans.mapMilestones(plan, m -> TestPlans.withStatus(m, Status.IN_PROGRESS));
              assertThat(run(started, asOf)).isEmpty();
            });
  }
}
