package org.improvementframework.metrics.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.model.Action;
import org.junit.jupiter.api.Test;

class RagAssessmentTest {

  @Test
  void property_disagreementsAreExactlyTheReportedRatingsThatDiffer() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              RagAssessment a =
                  RagAssessment.of(
                      plan, MilestoneClassifier.defaults(), RagPolicy.defaults(), asOf);
              long expected =
                  plan.actions()
                      .filter(
                          x ->
                              x.reportedRag().isPresent()
                                  && x.reportedRag().get() != a.actions().get(x.ref()).rag())
                      .count();
              assertThat(a.disagreements()).hasSize((int) expected);
              a.disagreements()
                  .forEach(
                      d ->
                          assertThat(d.message())
                              .startsWith(
                                  "action " + d.ref() + " reported " + d.reported() + " but "));
            });
  }

  @Test
  void property_areaIsTheWorstOfItsActions() {
    RagPolicy policy = RagPolicy.defaults();
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              RagAssessment a =
                  RagAssessment.of(plan, MilestoneClassifier.defaults(), policy, asOf);
              plan.areas()
                  .forEach(
                      area -> {
                        if (area.actions().isEmpty()) {
                          assertThat(a.area(area.ref())).isEmpty();
                        } else {
                          for (Action x : area.actions()) {
                            int severity = policy.severity(a.actions().get(x.ref()).rag());
                            assertThat(policy.severity(a.area(area.ref()).orElseThrow()))
                                .isLessThanOrEqualTo(severity);
                          }
                        }
                      });
            });
  }
}
