/**
 * Calculators over an improvement plan as of any date: milestone states, progress, RAG policies,
 * plan rules, slippage between reports, and indicators.
 */
module org.improvementframework.metrics {
  requires transitive org.improvementframework.model;

  exports org.improvementframework.metrics;
  exports org.improvementframework.metrics.rag;
  exports org.improvementframework.metrics.rules;
  exports org.improvementframework.metrics.slippage;
  exports org.improvementframework.metrics.indicators;
  exports org.improvementframework.metrics.casework;
}
