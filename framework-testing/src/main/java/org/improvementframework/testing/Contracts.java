package org.improvementframework.testing;

import java.util.ArrayList;
import java.util.List;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;

/** The loop behind {@link PlanRuleContract}'s checks. */
final class Contracts {

  private Contracts() {}

  /** One check of one plan: null if it holds, else the error describing why not. */
  @FunctionalInterface
  interface Check {
    AssertionError test(ImprovementPlan plan, Randomness randomness);
  }

  static void forEach(
      Generator<ImprovementPlan> plans, long seed, int samples, String name, Check check) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be 1 or more, but was " + samples);
    }
    Randomness planChoices = SeededRandomness.of(seed);
    // The transforms draw from their own stream, so that the plans are those of the seed alone.
    Randomness otherChoices = SeededRandomness.of(~seed);
    for (int i = 0; i < samples; i++) {
      ImprovementPlan plan = plans.generate(planChoices);
      AssertionError failure = check.test(plan, otherChoices);
      if (failure != null) {
        AssertionError e =
            new AssertionError(
                "contract '"
                    + name
                    + "' broken by sample "
                    + i
                    + " of seed "
                    + seed
                    + ": "
                    + failure.getMessage()
                    + "\nplan:\n"
                    + PlanPrinter.outline(plan),
                failure.getCause());
        throw e;
      }
    }
  }

  /** An equal plan built afresh from its parts, sharing no list with the original. */
  static ImprovementPlan copy(ImprovementPlan plan) {
    List<Area> areas = new ArrayList<>(plan.areas().size());
    for (Area a : plan.areas()) {
      areas.add(Rebuild.area(a, a.ref(), new ArrayList<>(a.leads()), new ArrayList<>(a.actions())));
    }
    return Rebuild.plan(plan, areas);
  }
}
