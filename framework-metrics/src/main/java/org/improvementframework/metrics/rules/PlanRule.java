package org.improvementframework.metrics.rules;

import java.util.List;

/**
 * A check of a plan that reports findings, never throws on what it finds.
 *
 * <pre>{@code
 * PlanRule everyAreaMeasured = context -> context.plan().areas().stream()
 *     .filter(a -> a.measures().isEmpty())
 *     .map(a -> Finding.of("area-without-measures", Severity.WARNING, a.ref(),
 *         "area " + a.ref() + " says nothing about how success is measured"))
 *     .collect(Collectors.toList());
 * }</pre>
 *
 * <p>Implementations must be pure functions of the context, and should be immutable and
 * thread-safe.
 */
@FunctionalInterface
public interface PlanRule {

  /**
   * Checks a plan.
   *
   * @param context the plan and what is known of it as of a date; not null
   * @return the findings, empty if none; not null
   */
  List<Finding> check(PlanContext context);
}
