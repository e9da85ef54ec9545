/**
 * A plan's monthly updates kept and compared: record a plan as it stood on each reporting date,
 * load it back, find the slippage between any two dates and the trends across all of them. The
 * records live in a folder of canonical JSON files or in a database reached through JDBC.
 */
module org.improvementframework.history {
  requires transitive org.improvementframework.model;
  requires transitive org.improvementframework.metrics;
  requires org.improvementframework.io;
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;

  exports org.improvementframework.history;
}
