package org.improvementframework.metrics.rules;

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
import org.improvementframework.metrics.rag.RagAssessment;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Reference;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The rules run by a gatherer, fed a plan's facts action by action, find what the rules run over
 * the whole context find, in the same order; the traits and the index it hands the context are
 * what the context works out alone.
 */
class PlanRulesGathererTest {

  private static final MilestoneClassifier CLASSIFIER = MilestoneClassifier.defaults();

  @Test
  void property_gatheredFindings_equalTheRulesRunOnTheContext() {
    qt().withExamples(300)
        .forAll(plans(), TestPlans.dates(), SourceDSL.integers().between(-1, 4 * 366))
        .checkAssert(
            (generated, asOf, startDay) -> {
              ImprovementPlan plan = withPeriod(generated, startDay);
              List<PlanRule> reversed = new ArrayList<>(PlanRules.defaults());
              reversed.add(new OverdueNotStartedRule());
              Collections.reverse(reversed);
              for (List<PlanRule> rules : List.of(PlanRules.defaults(), reversed)) {
                PlanContext gathered = context(plan, asOf);
                PlanRules.Gatherer g = gatherer(plan, gathered, rules);
                assertThat(g.check(gathered))
                    .isEqualTo(PlanRules.check(context(plan, asOf), rules));
              }
            });
  }

  @Test
  void property_gatheredTraitsAndIndex_equalTheContextsOwn() {
    qt().withExamples(300)
        .forAll(plans(), TestPlans.dates(), SourceDSL.integers().between(-1, 4 * 366))
        .checkAssert(
            (generated, asOf, startDay) -> {
              ImprovementPlan plan = withPeriod(generated, startDay);
              PlanContext gathered = context(plan, asOf);
              gatherer(plan, gathered, PlanRules.defaults()).check(gathered);
              PlanContext alone = context(plan, asOf);
              assertThat(gathered.traits()).isEqualTo(alone.traits());
              PlanIndex ix = gathered.index();
              assertThat(ix.nodes()).isEqualTo(alone.index().nodes());
              for (int node = 0; node < ix.nodes(); node++) {
                assertThat(ix.ref(node)).isEqualTo(alone.index().ref(node));
              }
              for (Action a : plan.actions().toList()) {
                assertThat(ix.contains(a.ref())).isTrue();
                for (Reference r : a.dependencies()) {
                  assertThat(ix.contains(r)).isEqualTo(plan.contains(r));
                }
              }
            });
  }

  @Test
  void gatherer_refusesTooManyActionsAndAreas() {
    ImprovementPlan plan = TestPlans.plan(7);
    PlanContext c = context(plan, plan.asAt());
    PlanRules.Gatherer g = gatherer(plan, c, PlanRules.defaults());
    assertThatThrownBy(() -> g.add(c.facts().get(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("every action of the plan was added");
    assertThatThrownBy(() -> g.endArea(plan.areas().get(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("every area of the plan was ended");
  }

  @Test
  void check_beforeEveryActionOrTwice_isRefused() {
    ImprovementPlan plan = TestPlans.plan(7);
    PlanContext c = context(plan, plan.asAt());
    PlanRules.Gatherer g = PlanRules.gatherer(plan, PlanRules.defaults());
    g.add(c.facts().get(0));
    assertThatThrownBy(() -> g.check(c))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("only 1 of the plan's " + c.facts().size() + " actions were added");
    PlanRules.Gatherer full = gatherer(plan, c, PlanRules.defaults());
    full.check(c);
    assertThatThrownBy(() -> full.check(c))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the rules were run");
    assertThatThrownBy(() -> full.add(c.facts().get(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the rules were run");
  }

  @Test
  void check_onAContextOfOtherFacts_isRefused() {
    ImprovementPlan plan = TestPlans.plan(7);
    PlanContext c = context(plan, plan.asAt());
    PlanRules.Gatherer g = gatherer(plan, c, PlanRules.defaults());
    PlanContext other = context(plan, plan.asAt().plusMonths(1));
    assertThatThrownBy(() -> g.check(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the context is not of the plan and facts added");
  }

  /** A gatherer fed the context's facts in plan order, area after area. */
  private static PlanRules.Gatherer gatherer(
      ImprovementPlan plan, PlanContext c, List<PlanRule> rules) {
    PlanRules.Gatherer g = PlanRules.gatherer(plan, rules);
    int i = 0;
    for (Area area : plan.areas()) {
      for (int k = area.actions().size(); k > 0; k--) {
        g.add(c.facts().get(i++));
      }
      g.endArea(area);
    }
    return g;
  }

  private static PlanContext context(ImprovementPlan plan, LocalDate asOf) {
    Map<ActionRef, ActionFacts> facts = new LinkedHashMap<>();
    plan.actions().forEach(a -> facts.put(a.ref(), ActionFacts.of(a, CLASSIFIER, asOf)));
    RagAssessment rag = RagAssessment.of(plan, facts, RagPolicy.defaults());
    return PlanContext.of(plan, asOf, CLASSIFIER, facts, rag);
  }

  /** The plan as generated for a day of -1, else with a period starting that day from 2013. */
  private static ImprovementPlan withPeriod(ImprovementPlan generated, int startDay) {
    if (startDay < 0) {
      return generated;
    }
    LocalDate start = LocalDate.of(2013, 1, 1).plusDays(startDay);
    return ImprovementPlan.builder()
        .title(generated.title())
        .asAt(generated.asAt())
        .addAllAreas(generated.areas())
        .period(DateRange.of(start, start.plusYears(1)))
        .build();
  }

  /** Generated plans, and plans dense with dependencies of every kind. */
  private static Gen<ImprovementPlan> plans() {
    return TestPlans.plans().mix(SourceDSL.longs().all().map(DependencyCyclesTest::dense));
  }
}
