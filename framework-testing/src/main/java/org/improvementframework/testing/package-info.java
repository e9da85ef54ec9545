/**
 * Generators of valid improvement plans and their parts, for property tests of code that takes
 * plans: {@link org.improvementframework.testing.PlanGenerators} is the entry point,
 * {@link org.improvementframework.testing.PlanShape} sets the size of a plan, and
 * {@link org.improvementframework.testing.PlanPrinter} prints a failing plan short enough to read.
 *
 * <p>A {@link org.improvementframework.testing.Generator} draws every random choice through a
 * {@link org.improvementframework.testing.Randomness}, so it serves any test engine: QuickTheories
 * through {@code org.improvementframework.testing.quicktheories} (failures shrink), anything else
 * through a seed ({@link org.improvementframework.testing.SeededRandomness}). Generators of plans
 * that break one plan rule or one invariant on purpose, and contracts that a council's own plan
 * rule should keep, help test the code that must notice them.
 */
package org.improvementframework.testing;
