package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.metrics.rules.PlanContext;
import org.improvementframework.metrics.rules.PlanRule;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Reference;
import org.improvementframework.testing.InvariantBreak;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.PlanPrinter;
import org.improvementframework.testing.PlanRuleContract;
import org.improvementframework.testing.PlanShape;
import org.improvementframework.testing.SeededRandomness;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code examples of docs/testing.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class TestingDocExamples {

  private final PlanRule myRule = (PlanContext context) -> List.of();

  /** Stands for a council's own rule in the contract example. */
  static final class AtRiskRule {
    Set<ActionRef> atRisk(ImprovementPlan plan, LocalDate asOf) {
      return Set.of();
    }
  }

  void quicktheories(PlanRule myRule) throws Exception {
    // tag::quicktheories[]
    qt().withShrinkCycles(3_000)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans(), PlanPrinter::outline))
        .checkAssert(plan -> assertThat(myRule.check(PlanContext.of(plan, plan.asAt(),
            MilestoneClassifier.defaults(), RagPolicy.defaults()))).isNotNull());
    // end::quicktheories[]
  }

  // tag::any-engine[]
  static Stream<ImprovementPlan> plans() {
    return PlanGenerators.plans().samples(20150331L).limit(200);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void neverThrows(ImprovementPlan plan) {
    assertThatCode(() -> myRule.check(PlanContext.of(plan, plan.asAt(),
        MilestoneClassifier.defaults(), RagPolicy.defaults()))).doesNotThrowAnyException();
  }
  // end::any-engine[]

  void planShape() throws Exception {
    // tag::plan-shape[]
    PlanShape small = PlanShape.builder().areas(1, 3).actionsPerArea(1, 2).milestonesPerAction(1, 3)
        .asAtBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)).build();
    PlanShape big = PlanShape.exactly(100, 100, 10);   // 100,000 milestones, for benchmarks
    // end::plan-shape[]
  }

  void invariantBreak() throws Exception {
    // tag::invariant-break[]
    InvariantBreak b = PlanGenerators.invariantBreaks().generate(SeededRandomness.of(7));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(b.expectedMessage());
    // end::invariant-break[]
  }

  // tag::contract[]
  class AtRiskRuleTest implements PlanRuleContract<Set<ActionRef>> {
    @Override
    public Set<ActionRef> findings(ImprovementPlan plan, LocalDate asOf) {
      return new AtRiskRule().atRisk(plan, asOf);
    }

    @Override   // findings name references: renumber them as the areas were renumbered
    public Set<ActionRef> renumbered(Set<ActionRef> found, UnaryOperator<Reference> renumbering) {
      return found.stream().map(r -> (ActionRef) renumbering.apply(r)).collect(toSet());
    }

    @Test void neverThrows()          { checkNeverThrowsOnValidPlans(); }
    @Test void deterministic()        { checkDeterministic(); }
    @Test void listingOrder()         { checkIndependentOfListingOrder(); }
    @Test void areaOrder()            { checkIndependentOfAreaOrder(); }
  }
  // end::contract[]
}
// spotless:on
