/**
 * Engine-neutral generators of valid improvement plans and their parts, for property tests,
 * with an adapter to QuickTheories (an optional dependency) and one to
 * {@link java.util.random.RandomGenerator}.
 */
module org.improvementframework.testing {
  requires transitive org.improvementframework.model;
  requires static quicktheories;

  exports org.improvementframework.testing;
  exports org.improvementframework.testing.quicktheories;
}
