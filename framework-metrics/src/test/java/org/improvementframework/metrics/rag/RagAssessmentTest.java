package org.improvementframework.metrics.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Rag;
import org.junit.jupiter.api.Test;

class RagAssessmentTest {

  /**
   * The assessment, gathered action by action, is each action judged by the policy, each area
   * the worst of its actions, each differing reported rating a disagreement, in plan order:
   * written here as maps filled action by action, the straightforward reading. Facts given in
   * another order than the plan's are found by action and give the same assessment.
   */
  @Test
  void property_assessmentIsEveryActionJudgedInPlanOrder() {
    RagPolicy policy = RagPolicy.defaults();
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              Map<ActionRef, ActionFacts> facts = new LinkedHashMap<>();
              plan.actions()
                  .forEach(
                      a ->
                          facts.put(
                              a.ref(), ActionFacts.of(a, MilestoneClassifier.defaults(), asOf)));
              Map<ActionRef, RagJudgement> judged = new LinkedHashMap<>();
              Map<AreaRef, Rag> areas = new LinkedHashMap<>();
              List<RagDisagreement> disagreements = new ArrayList<>();
              for (Area area : plan.areas()) {
                for (Action a : area.actions()) {
                  RagJudgement j = policy.judge(facts.get(a.ref()));
                  judged.put(a.ref(), j);
                  areas.merge(area.ref(), j.rag(), policy::worst);
                  if (a.reportedRag().isPresent() && a.reportedRag().get() != j.rag()) {
                    disagreements.add(new RagDisagreement(a.ref(), a.reportedRag().get(), j));
                  }
                }
              }
              Map<ActionRef, ActionFacts> reversed = new LinkedHashMap<>();
              List<ActionRef> refs = new ArrayList<>(facts.keySet());
              Collections.reverse(refs);
              refs.forEach(r -> reversed.put(r, facts.get(r)));
              for (Map<ActionRef, ActionFacts> given : List.of(facts, reversed)) {
                RagAssessment r = RagAssessment.of(plan, given, policy);
                assertThat(r.actions()).containsExactlyEntriesOf(judged);
                assertThat(r.areas()).containsExactlyEntriesOf(areas);
                assertThat(r.disagreements()).isEqualTo(disagreements);
              }
            });
  }

  @Test
  void gatherer_refusesAnActionTooManyAndAnAssessmentTooSoonOrTwice() {
    ImprovementPlan plan = TestPlans.plan(1);
    for (long seed = 2; plan.actions().count() < 2; seed++) {
      plan = TestPlans.plan(seed);
    }
    LocalDate asOf = plan.asAt();
    RagAssessment.Gatherer g = RagAssessment.gatherer(plan, RagPolicy.defaults());
    Action first = plan.actions().findFirst().orElseThrow();
    g.add(ActionFacts.of(first, MilestoneClassifier.defaults(), asOf));
    long count = plan.actions().count();
    assertThatThrownBy(g::assessment)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("only 1 of the plan's " + count + " actions were judged");
    for (Area area : plan.areas()) {
      for (Action a : area.actions()) {
        if (a != first) {
          g.add(ActionFacts.of(a, MilestoneClassifier.defaults(), asOf));
        }
      }
      g.endArea(area);
    }
    ActionFacts more = ActionFacts.of(first, MilestoneClassifier.defaults(), asOf);
    assertThatThrownBy(() -> g.add(more))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("every action of the plan was judged");
    assertThat(g.assessment().actions()).hasSize((int) count);
    assertThatThrownBy(g::assessment)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the assessment was made");
    assertThatThrownBy(() -> g.add(more))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the assessment was made");
  }

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
