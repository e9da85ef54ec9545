package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanRuleBreakTest {

  @ParameterizedTest
  @EnumSource(PlanRuleBreak.class)
  void plansBreaking_breakThatRuleAndNoOther(PlanRuleBreak rule) {
    PlanGenerators.plansBreaking(rule)
        .samples(31)
        .limit(300)
        .forEach(
            plan ->
                assertThat(KnownRules.broken(plan))
                    .as(PlanPrinter.outline(plan))
                    .isEqualTo(Set.of(rule)));
  }

  @ParameterizedTest
  @EnumSource(PlanRuleBreak.class)
  void plansBreaking_emptyMinimumShape_stillBreakTheRule(PlanRuleBreak rule) {
    PlanShape tiny = PlanShape.exactly(0, 0, 0);
    PlanGenerators.plansBreaking(rule, tiny)
        .samples(32)
        .limit(100)
        .forEach(plan -> assertThat(KnownRules.broken(plan)).isEqualTo(Set.of(rule)));
  }

  @ParameterizedTest
  @EnumSource(PlanRuleBreak.class)
  void plansBreaking_sameSeed_giveEqualPlans(PlanRuleBreak rule) {
    ImprovementPlan a = PlanGenerators.plansBreaking(rule).generate(SeededRandomness.of(33));
    ImprovementPlan b = PlanGenerators.plansBreaking(rule).generate(SeededRandomness.of(33));
    assertThat(a).isEqualTo(b);
  }
}
