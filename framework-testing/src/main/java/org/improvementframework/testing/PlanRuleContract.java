package org.improvementframework.testing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Reference;

/**
 * Contract tests for a plan rule of your own: implement {@link #findings} and call the checks
 * from tests of whichever framework you use. Each check runs the rule over {@link #samples()}
 * generated plans drawn from {@link #seed()}, and throws an {@link AssertionError} naming the
 * check, the seed, the sample and the plan's outline at the first plan that breaks it, which
 * JUnit, TestNG and Spock all report as a failure.
 *
 * <pre>{@code
 * class AtRiskRuleTest implements PlanRuleContract<List<Finding>> {
 *   public List<Finding> findings(ImprovementPlan plan, LocalDate asOf) {
 *     return new AtRiskRule().check(plan, asOf);
 *   }
 *
 *   @Test void neverThrows() { checkNeverThrowsOnValidPlans(); }
 *   @Test void deterministic() { checkDeterministic(); }
 *   @Test void listingOrder() { checkIndependentOfListingOrder(); }
 * }
 * }</pre>
 *
 * <p>The contract needs no test framework on the class path: the checks are default methods
 * that throw {@code AssertionError}, so the library stays free of a JUnit runtime dependency and
 * works the same under TestNG. Findings are compared with {@link #sameFindings}, by default
 * {@code equals}; override it where the order of findings does not matter (compare as sets).
 * Where findings name references, override {@link #renumbered} so that
 * {@link #checkIndependentOfAreaOrder()} can compare the findings of a renumbered plan.
 *
 * @param <F> the type of a rule's findings for one plan, such as a list of findings
 */
public interface PlanRuleContract<F> {

  /**
   * Runs the rule under test.
   *
   * @param plan the plan; not null
   * @param asOf the date of judgement; not null
   * @return the rule's findings for the plan
   */
  F findings(ImprovementPlan plan, LocalDate asOf);

  /**
   * Gets the generator of valid plans the checks run over; by default
   * {@link PlanGenerators#plans()}.
   *
   * @return the generator; not null
   */
  default Generator<ImprovementPlan> validPlans() {
    return PlanGenerators.plans();
  }

  /**
   * Gets how many plans each check runs over; by default 200.
   *
   * @return the number of samples, 1 or more
   */
  default int samples() {
    return 200;
  }

  /**
   * Gets the seed the checks draw their plans from; by default 20150331. The same seed gives
   * the same plans, so a failure can be run again.
   *
   * @return the seed
   */
  default long seed() {
    return 20150331L;
  }

  /**
   * Gets the date on which a plan is judged; by default its "as at" date.
   *
   * @param plan the plan; not null
   * @return the date; not null
   */
  default LocalDate asOf(ImprovementPlan plan) {
    return plan.asAt();
  }

  /**
   * Checks whether two results of the rule are the same findings; by default {@code equals}.
   *
   * @param expected the findings expected; may be null if the rule returns null
   * @param actual the findings found; may be null if the rule returns null
   * @return true if they are the same findings
   */
  default boolean sameFindings(F expected, F actual) {
    return Objects.equals(expected, actual);
  }

  /**
   * Renumbers the references that findings name, as the plan's areas were renumbered; by
   * default the findings unchanged, which is right for findings that name no reference
   * (a count, a yes or no).
   *
   * @param findings the findings of the plan before renumbering
   * @param renumbering the function from an old reference to its new one; not null
   * @return the findings expected of the renumbered plan
   */
  default F renumbered(F findings, UnaryOperator<Reference> renumbering) {
    return findings;
  }

  /**
   * Checks that the rule returns, without throwing, on every valid plan.
   *
   * @throws AssertionError if the rule throws on a plan
   */
  default void checkNeverThrowsOnValidPlans() {
    forEachPlan(
        "rule never throws on a valid plan",
        (plan, r) -> {
          try {
            findings(plan, asOf(plan));
            return null;
          } catch (RuntimeException | Error e) {
            return new AssertionError("the rule threw " + e, e);
          }
        });
  }

  /**
   * Checks that the rule gives the same findings for equal plans: run twice, and run on a copy.
   *
   * @throws AssertionError if two runs disagree
   */
  default void checkDeterministic() {
    forEachPlan(
        "rule gives the same findings for the same plan",
        (plan, r) -> {
          F first = findings(plan, asOf(plan));
          ImprovementPlan copy = Contracts.copy(plan);
          F second = findings(copy, asOf(copy));
          return sameFindings(first, second)
              ? null
              : new AssertionError("first run found " + first + "\nsecond run found " + second);
        });
  }

  /**
   * Checks that the findings do not depend on the order in which actions, milestones,
   * dependencies and measures are listed.
   *
   * @throws AssertionError if the findings of a shuffled plan differ
   */
  default void checkIndependentOfListingOrder() {
    forEachPlan(
        "findings do not depend on the listing order",
        (plan, r) -> {
          F expected = findings(plan, asOf(plan));
          ImprovementPlan shuffled = PlanTransforms.shuffleListing(plan, r);
          F actual = findings(shuffled, asOf(shuffled));
          return sameFindings(expected, actual)
              ? null
              : new AssertionError(
                  "plan found "
                      + expected
                      + "\nshuffled plan found "
                      + actual
                      + "\nshuffled plan:\n"
                      + PlanPrinter.outline(shuffled));
        });
  }

  /**
   * Checks that the findings do not depend on the order of areas: the areas of each plan are
   * renumbered at random among their own numbers (which reorders them), and the findings must
   * be the plan's findings {@linkplain #renumbered renumbered} the same way.
   *
   * @throws AssertionError if the findings of a renumbered plan differ
   */
  default void checkIndependentOfAreaOrder() {
    forEachPlan(
        "findings do not depend on the order of areas",
        (plan, r) -> {
          Map<AreaRef, AreaRef> numbers = PlanTransforms.areaPermutation(plan, r);
          F expected = renumbered(findings(plan, asOf(plan)), PlanTransforms.renumbering(numbers));
          ImprovementPlan moved = PlanTransforms.renumberAreas(plan, numbers);
          F actual = findings(moved, asOf(moved));
          return sameFindings(expected, actual)
              ? null
              : new AssertionError(
                  "areas renumbered "
                      + numbers
                      + "\nexpected "
                      + expected
                      + "\nfound "
                      + actual
                      + "\nrenumbered plan:\n"
                      + PlanPrinter.outline(moved));
        });
  }

  /**
   * Checks that the rule finds nothing in valid plans, for a rule that checks one of the rules
   * {@link PlanRuleBreak} lists (valid plans keep them all).
   *
   * @param silent tells whether findings report nothing, such as {@code List::isEmpty}; not null
   * @throws AssertionError if the rule reports something in a valid plan
   */
  default void checkSilentOnValidPlans(Predicate<? super F> silent) {
    Objects.requireNonNull(silent, "silent");
    forEachPlan(
        "rule finds nothing in a valid plan",
        (plan, r) -> {
          F found = findings(plan, asOf(plan));
          return silent.test(found) ? null : new AssertionError("found " + found);
        });
  }

  /**
   * Checks that the rule reports a plan that breaks the given rule once, over plans from
   * {@link PlanGenerators#plansBreaking(PlanRuleBreak)}.
   *
   * @param rule the plan rule the plans break; not null
   * @param reported tells whether findings report the break; not null
   * @throws AssertionError if the rule misses the break in a plan
   */
  default void checkReports(PlanRuleBreak rule, Predicate<? super F> reported) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reported, "reported");
    Contracts.forEach(
        PlanGenerators.plansBreaking(rule),
        seed(),
        samples(),
        "rule reports " + rule,
        (plan, r) -> {
          F found = findings(plan, asOf(plan));
          return reported.test(found)
              ? null
              : new AssertionError("the plan breaks " + rule + ", but the rule found " + found);
        });
  }

  private void forEachPlan(String name, Contracts.Check check) {
    Contracts.forEach(validPlans(), seed(), samples(), name, check);
  }
}
