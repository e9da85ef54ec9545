package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashMap;
import java.util.Map;
import org.improvementframework.model.ActionRef;
import org.junit.jupiter.api.Test;

class PlanProgressTest {

  @Test
  void property_fromFactsEqualsFromTally() {
    MilestoneClassifier c = MilestoneClassifier.defaults();
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              Map<ActionRef, ActionFacts> facts = new LinkedHashMap<>();
              plan.actions().forEach(a -> facts.put(a.ref(), ActionFacts.of(a, c, asOf)));
              PlanProgress a = PlanProgress.ofFacts(plan, facts, asOf);
              PlanProgress b = PlanProgress.of(plan, c, asOf);
              assertThat(a.actions()).isEqualTo(b.actions());
              assertThat(a.byArea()).isEqualTo(b.byArea());
              assertThat(a.byLead()).isEqualTo(b.byLead());
              assertThat(a.plan()).isEqualTo(b.plan());
            });
  }

  @Test
  void property_everyActionIsListedAndAreasSumToThePlan() {
    qt().withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              PlanProgress p = PlanProgress.of(plan, MilestoneClassifier.defaults(), asOf);
              assertThat(p.actions()).hasSize((int) plan.actions().count());
              assertThat(p.byArea().values().stream().reduce(StateCounts.zero(), StateCounts::plus))
                  .isEqualTo(p.plan());
              assertThat(p.asOf()).isEqualTo(asOf);
            });
  }
}
