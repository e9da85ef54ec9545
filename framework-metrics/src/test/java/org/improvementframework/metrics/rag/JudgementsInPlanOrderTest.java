package org.improvementframework.metrics.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashMap;
import java.util.Map;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.junit.jupiter.api.Test;

/**
 * The judgements kept as two arrays in plan order are the map by action that a {@code
 * LinkedHashMap} filled in plan order was: the same entries in the same order, the same lookups,
 * equal both ways, the same hash.
 */
class JudgementsInPlanOrderTest {

  @Test
  void property_judgementsAreTheMapFilledActionByAction() {
    qt().withExamples(300)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              RagPolicy policy = RagPolicy.defaults();
              Map<ActionRef, RagJudgement> expected = new LinkedHashMap<>();
              for (Action a : plan.actions().toList()) {
                expected.put(
                    a.ref(), policy.judge(ActionFacts.of(a, MilestoneClassifier.defaults(), asOf)));
              }
              Map<ActionRef, RagJudgement> actual =
                  RagAssessment.of(plan, MilestoneClassifier.defaults(), policy, asOf).actions();
              assertThat(actual).containsExactlyEntriesOf(expected);
              assertThat(actual).isEqualTo(expected);
              assertThat(expected).isEqualTo(actual);
              assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
              assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
              for (ActionRef ref : expected.keySet()) {
                assertThat(actual.get(ref)).isEqualTo(expected.get(ref));
                assertThat(actual.containsKey(ref)).isTrue();
              }
              ActionRef absent = ActionRef.of(AreaRef.of(999), 1);
              assertThat(actual.get(absent)).isNull();
              assertThat(actual.containsKey(absent)).isFalse();
              assertThat(actual.containsKey("not a reference")).isFalse();
            });
  }
}
