/**
 * Runnable programs over the Improvement Framework: the command line and the embedding examples.
 */
module org.improvementframework.examples {
  requires org.improvementframework.model;
  requires org.improvementframework.io;
  requires org.improvementframework.metrics;
  requires info.picocli;

  exports org.improvementframework.examples;
  opens org.improvementframework.examples to info.picocli;
}
