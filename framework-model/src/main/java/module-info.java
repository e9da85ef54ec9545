/**
 * The immutable domain model of a children's services improvement plan: areas for improvement,
 * actions, milestones, targets, statuses, RAG ratings, measures and indicators.
 *
 * <p>This module has no runtime dependency: the value types are generated at compile time by
 * Immutables, whose annotations are only needed by the compiler.
 */
module org.improvementframework.model {
  requires static org.immutables.value.annotations;

  exports org.improvementframework.model;
  exports org.improvementframework.model.casework;
}
