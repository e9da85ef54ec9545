/**
 * The domain of an improvement plan. A {@link org.improvementframework.model.ImprovementPlan plan}
 * has numbered {@link org.improvementframework.model.Area areas for improvement}; an area has
 * {@link org.improvementframework.model.Action actions} ({@code 2.1}); an action has
 * {@link org.improvementframework.model.Milestone milestones} ({@code 2.1.3}), each with a
 * {@link org.improvementframework.model.Target target} kept as written beside its reading, and a
 * {@link org.improvementframework.model.Status status}.
 *
 * <p>Every type here is immutable and thread-safe, rejects nulls, and checks its invariants when
 * it is built. Business rules (an overdue milestone needs a resolution) are not invariants: they
 * are plan rules in the metrics module.
 */
@ValueStyle
package org.improvementframework.model;
