/**
 * Calculators over an improvement plan as of any date: milestone states, progress, RAG policies,
 * plan rules, slippage between reports, and indicators.
 */
module org.improvementframework.metrics {
  requires transitive org.improvementframework.model;

  exports org.improvementframework.metrics;
  exports org.improvementframework.metrics.casework;
}
