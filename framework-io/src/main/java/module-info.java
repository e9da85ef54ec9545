/**
 * Reading and writing improvement plans: the canonical JSON format, the milestone CSV, the
 * council tracker spreadsheet importer, published statistics and case records.
 */
module org.improvementframework.io {
  requires transitive org.improvementframework.model;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires java.xml;
  requires static org.immutables.value.annotations;

  exports org.improvementframework.io;
  exports org.improvementframework.io.casework;
  exports org.improvementframework.io.csv;
  exports org.improvementframework.io.json;
  exports org.improvementframework.io.layout;
  exports org.improvementframework.io.statistics;
  exports org.improvementframework.io.table;
  exports org.improvementframework.io.tracker;
  exports org.improvementframework.io.returns;
  exports org.improvementframework.io.returns.ssda903;
  exports org.improvementframework.io.returns.cin;
  exports org.improvementframework.io.returns.workforce;

  provides com.fasterxml.jackson.databind.Module with
      org.improvementframework.io.json.ImprovementFrameworkModule;
}
