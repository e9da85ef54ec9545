package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Reference;
import org.junit.jupiter.api.Test;

class PlanRuleContractTest {

  /** A well-behaved rule: the set of actions with an overdue milestone and no resolution. */
  static final class OverdueWithoutResolution implements PlanRuleContract<Set<Reference>> {
    @Override
    public Set<Reference> findings(ImprovementPlan plan, LocalDate asOf) {
      return plan.actions()
          .filter(a -> a.resolution().isEmpty())
          .filter(a -> a.milestones().stream().anyMatch(m -> KnownRules.isOverdue(m, plan)))
          .map(a -> a.ref())
          .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public Set<Reference> renumbered(Set<Reference> findings, UnaryOperator<Reference> map) {
      return findings.stream().map(map).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public int samples() {
      return 100;
    }
  }

  @Test
  void wellBehavedRule_passesEveryCheck() {
    OverdueWithoutResolution rule = new OverdueWithoutResolution();
    rule.checkNeverThrowsOnValidPlans();
    rule.checkDeterministic();
    rule.checkIndependentOfListingOrder();
    rule.checkIndependentOfAreaOrder();
    rule.checkSilentOnValidPlans(Set::isEmpty);
    rule.checkReports(PlanRuleBreak.OVERDUE_MILESTONE_WITHOUT_RESOLUTION, f -> f.size() == 1);
  }

  @Test
  void ruleThatMissesTheBreak_failsCheckReports() {
    OverdueWithoutResolution rule = new OverdueWithoutResolution();
    assertThatThrownBy(() -> rule.checkReports(PlanRuleBreak.AREA_WITHOUT_LEAD, f -> !f.isEmpty()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("contract 'rule reports AREA_WITHOUT_LEAD' broken by sample 0")
        .hasMessageContaining("of seed 20150331")
        .hasMessageContaining("(no lead)");
  }

  @Test
  void ruleThatReadsTheFirstActionOnly_failsListingOrder() {
    PlanRuleContract<String> firstAction =
        (plan, asOf) ->
            plan.areas().isEmpty() || plan.areas().get(0).actions().isEmpty()
                ? ""
                : plan.areas().get(0).actions().get(0).ref().toString();
    assertThatThrownBy(firstAction::checkIndependentOfListingOrder)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("findings do not depend on the listing order")
        .hasMessageContaining("shuffled plan found");
  }

  @Test
  void ruleThatReadsTheFirstArea_failsAreaOrder() {
    PlanRuleContract<String> firstTitle =
        (plan, asOf) -> plan.areas().isEmpty() ? "" : plan.areas().get(0).title();
    assertThatThrownBy(firstTitle::checkIndependentOfAreaOrder)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("findings do not depend on the order of areas");
  }

  @Test
  void ruleThatThrows_failsNeverThrows_keepingTheCause() {
    PlanRuleContract<Integer> throwing =
        (plan, asOf) -> {
          if (plan.areas().size() > 2) {
            throw new IllegalStateException("too many areas");
          }
          return plan.areas().size();
        };
    assertThatThrownBy(throwing::checkNeverThrowsOnValidPlans)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "the rule threw " + IllegalStateException.class.getName() + ": too many areas")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void ruleWithState_failsDeterministic() {
    int[] calls = new int[1];
    PlanRuleContract<Integer> counting = (plan, asOf) -> calls[0]++;
    assertThatThrownBy(counting::checkDeterministic)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("first run found 0\nsecond run found 1");
  }

  @Test
  void ruleFindingNothingOnlyForSmallPlans_failsSilentOnValidPlans() {
    PlanRuleContract<Long> count = (plan, asOf) -> plan.milestones().count();
    assertThatThrownBy(() -> count.checkSilentOnValidPlans(n -> n < 10))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule finds nothing");
  }

  @Test
  void seedAndSamples_areUsed() {
    int[] plans = new int[1];
    PlanRuleContract<Integer> rule =
        new PlanRuleContract<>() {
          @Override
          public Integer findings(ImprovementPlan plan, LocalDate asOf) {
            plans[0]++;
            return 0;
          }

          @Override
          public int samples() {
            return 7;
          }
        };
    rule.checkNeverThrowsOnValidPlans();
    assertThat(plans[0]).isEqualTo(7);
  }
}
