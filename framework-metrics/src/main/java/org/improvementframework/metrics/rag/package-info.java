/**
 * RAG policies: an ordered list of {@link org.improvementframework.metrics.rag.RagRule rules},
 * the first that matches an action giving its derived rating, with the meaning of each colour
 * configurable. {@link org.improvementframework.metrics.rag.RagAssessment} derives the rating of
 * every action and area and lists where the plan's reported rating disagrees, with the reason.
 */
package org.improvementframework.metrics.rag;
