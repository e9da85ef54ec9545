package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --version} prints the version Maven built, not a number written in the code. */
class BuildVersionTest {

  @Test
  void version_isTheBuildsProjectVersion() {
    // Surefire passes the pom's version; the filtered resource must agree with it.
    String built = System.getProperty("project.version");

    assertThat(built).isNotBlank().doesNotStartWith("${");
    assertThat(BuildVersion.version()).isEqualTo(built);
  }

  @Test
  void versionOption_printsTheVersionAndTheJava() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Improvement Framework " + BuildVersion.version() + "\n")
        .contains("Java " + System.getProperty("java.version"));
  }
}
