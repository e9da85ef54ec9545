package org.improvementframework.metrics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps framework-metrics free of shared mutable state: no static field can be reassigned, so
 * nothing one caller does is seen by another thread. (The model's value types are checked field
 * by field in ModelArchitectureTest.)
 */
class MetricsArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.improvementframework.metrics");
  }

  @Test
  void staticFields_areFinal() {
    fields()
        .that()
        .areStatic()
        .should()
        .beFinal()
        .because("readers and calculators are used from many threads at once")
        .check(classes);
  }
}
