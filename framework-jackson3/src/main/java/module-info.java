/**
 * The Jackson 3 ({@code tools.jackson}) Module for the Improvement Framework model, writing the
 * same canonical JSON as framework-io's Jackson 2 path, byte for byte.
 */
@SuppressWarnings("module") // the name ends in a digit, as Jackson 3's own major does
module org.improvementframework.jackson3 {
  requires transitive org.improvementframework.model;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports org.improvementframework.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.improvementframework.jackson3.ImprovementFrameworkModule;
}
