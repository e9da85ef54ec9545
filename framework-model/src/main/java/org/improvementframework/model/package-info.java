/**
 * The domain of an improvement plan. A {@link org.improvementframework.model.ImprovementPlan plan}
 * has numbered {@link org.improvementframework.model.Area areas for improvement}; an area has
 * {@link org.improvementframework.model.Action actions} ({@code 2.1}); an action has
 * {@link org.improvementframework.model.Milestone milestones} ({@code 2.1.3}), each with a
 * {@link org.improvementframework.model.Target target} kept as written beside its reading, and a
 * {@link org.improvementframework.model.Status status}: the words written and the
 * {@link org.improvementframework.model.Progress progress} they say. An action may carry a
 * {@link org.improvementframework.model.Rag RAG rating}; an area is "measured by"
 * {@link org.improvementframework.model.Measure measures}, some with an
 * {@link org.improvementframework.model.Indicator indicator} whose
 * {@link org.improvementframework.model.IndicatorValue values} may be suppressed, never zero.
 *
 * <p>{@link org.improvementframework.model.Reference References} ({@code 3}, {@code 2.1},
 * {@code 2.1.3}) name the parts of a plan; their {@code toString()} is their canonical text and
 * {@code parse} reads it back. {@link org.improvementframework.model.ReferenceFinder} finds the
 * references a council wrote in free text ({@code As per 10.1}).
 *
 * <p>Every value type here is immutable and thread-safe, obtained through static factories
 * ({@code of}, {@code parse}, {@code builder()}) on its abstract type, rejects nulls, and checks
 * its invariants when it is built or copied with a {@code with} method. Business rules (an
 * overdue milestone needs a resolution) are not invariants: they are plan rules in the metrics
 * module.
 */
@ValueStyle
package org.improvementframework.model;
