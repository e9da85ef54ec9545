/**
 * Engine-neutral generators of valid improvement plans and their parts, for property tests.
 */
module org.improvementframework.testing {
  requires transitive org.improvementframework.model;
  requires static quicktheories;

  exports org.improvementframework.testing;
}
