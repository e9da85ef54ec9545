package org.improvementframework.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the model free of shared mutable state and of dependencies: every field of every model
 * class (generated ones included) is final, except in builders and in Immutables'
 * construction shim, and nothing outside the JDK is used at run time.
 */
class ModelArchitectureTest {

  private static JavaClasses model;

  @BeforeAll
  static void importModel() {
    model =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.improvementframework.model");
  }

  @Test
  void valueTypes_haveOnlyFinalFields() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.improvementframework.model..")
        .and()
        .areDeclaredInClassesThat()
        .haveSimpleNameNotEndingWith("Builder")
        .and()
        .areDeclaredInClassesThat()
        .areNotEnums()
        // Immutables' construction shim for @Value.Default attributes: written only inside the
        // constructor and cleared before it returns, so never read after publication.
        .and()
        .areDeclaredInClassesThat()
        .haveSimpleNameNotEndingWith("InitShim")
        .and()
        .doNotHaveName("initShim")
        // The target reader's tokens, cursor and dates: one instance of each per call, confined
        // to the calling thread and never published; their mutable scalars are what keeps
        // reading allocation-light.
        .and()
        .areDeclaredInClassesThat()
        .doNotHaveFullyQualifiedName(TargetTokens.class.getName())
        .and()
        .areDeclaredInClassesThat()
        .doNotHaveFullyQualifiedName(DateItems.class.getName())
        .and()
        .areDeclaredInClassesThat()
        .doNotHaveFullyQualifiedName(DateItemGrammar.class.getName())
        .and()
        .areDeclaredInClassesThat()
        .doNotHaveFullyQualifiedName(TargetGrammar.class.getName())
        .should()
        .beFinal()
        .because("model instances are shared between threads without locks")
        .check(model);
  }

  @Test
  void staticFields_areFinal() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.improvementframework.model..")
        .and()
        .areStatic()
        .should()
        .beFinal()
        .because("no caller may see what another thread did through a shared static")
        .check(model);
  }

  @Test
  void model_usesOnlyTheJdkAtRunTime() {
    noClasses()
        .that()
        .resideInAPackage("org.improvementframework.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "org.improvementframework.model..",
            "java..",
            "javax.annotation..",
            "org.immutables.value..")
        .because("the model jar has no runtime dependency")
        .check(model);
  }
}
