package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which start-up archive the POSIX launcher makes and uses for which Java, checked with a fake
 * {@code java} that writes down its arguments and the files the real one would write: an AOT
 * cache on Java 25 or later, an AppCDS archive before, each trained by {@code report} on the
 * bundled plan and named by the Java's version.
 */
class LauncherSelectionTest {

  private static final String FAKE_JAVA =
      """
      #!/bin/sh
      printf '%s\\n' "$*" >> "$FAKE_JAVA_LOG"
      mode=run
      for a in "$@"; do
        case "$a" in -XX:AOTMode=*) mode=${a#*=} ;; esac
      done
      for a in "$@"; do
        case "$a" in
          -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;;
          -XX:AOTConfiguration=*) [ $mode = record ] && echo conf > "${a#*=}" ;;
          -XX:AOTCache=*) [ $mode = create ] && echo cache > "${a#*=}" ;;
        esac
      done
      echo ran
      """;

  @TempDir Path home;
  private Path launcher;
  private Path jdk;
  private Path log;

  @BeforeEach
  void install() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
    Path script = Path.of("..", "improvement-framework").toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(script), "the launcher at the repository's root");
    Path app = Files.createDirectories(home.resolve("app"));
    launcher = app.resolve("improvement-framework");
    Files.copy(script, launcher);
    Files.writeString(app.resolve("improvement-framework.jar"), "not read by the fake java");
    jdk = home.resolve("jdk");
    Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
    Files.writeString(java, FAKE_JAVA);
    assertThat(java.toFile().setExecutable(true)).isTrue();
    log = home.resolve("java.log");
  }

  private void release(String version) throws IOException {
    Files.writeString(
        jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
  }

  private record Run(int status, String out, String err, List<String> javas) {}

  private Run run(Map<String, String> env, String... args) throws Exception {
    Files.deleteIfExists(log);
    List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", jdk.toString());
    pb.environment().put("HOME", home.toString());
    pb.environment().put("FAKE_JAVA_LOG", log.toString());
    pb.environment().remove("JAVA_OPTS");
    pb.environment().remove("IMPROVEMENT_FRAMEWORK_CDS");
    pb.environment().putAll(env);
    pb.environment().values().removeIf(String::isEmpty);
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).as("the launcher ends").isTrue();
    List<String> javas =
        Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err), javas);
  }

  private Run run(String... args) throws Exception {
    return run(Map.of(), args);
  }

  private List<String> leftOver() throws IOException {
    try (Stream<Path> files = Files.list(launcher.getParent())) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".part") || f.endsWith(".conf"))
          .toList();
    }
  }

  @Test
  void java25_trainsAnAotCacheOnTheBundledReport_thenEveryRunUsesIt() throws Exception {
    release("25.0.3");
    String cache = launcher.resolveSibling("improvement-framework-25.0.3.aot").toString();

    Run first = run("report", "--format", "json");

    assertThat(first.javas()).hasSize(3);
    assertThat(first.javas().get(0)).contains("-XX:AOTMode=record").endsWith(" report");
    assertThat(first.javas().get(1)).contains("-XX:AOTMode=create", "-XX:AOTCache=");
    assertThat(first.javas().get(2))
        .contains("-XX:AOTCache=" + cache, "-XX:TieredStopAtLevel=1", "-Xlog:cds=off")
        .endsWith(" report --format json");
    assertThat(first.javas()).noneMatch(j -> j.contains("-Xshare"));
    assertThat(first.out()).isEqualTo("ran\n");
    assertThat(first.err()).isEmpty();
    assertThat(Path.of(cache)).isNotEmptyFile();
    assertThat(leftOver()).isEmpty();

    Run second = run("validate");
    assertThat(second.javas()).hasSize(1);
    assertThat(second.javas().get(0)).contains("-XX:AOTCache=" + cache).endsWith(" validate");
  }

  @Test
  void java17_trainsAnAppCdsArchive_namedByItsVersion() throws Exception {
    release("17.0.15");
    String archive = launcher.resolveSibling("improvement-framework-17.0.15.jsa").toString();

    Run first = run();

    assertThat(first.javas()).hasSize(2);
    assertThat(first.javas().get(0)).contains("-XX:ArchiveClassesAtExit=").endsWith(" report");
    assertThat(first.javas().get(1))
        .contains("-Xshare:auto", "-XX:SharedArchiveFile=" + archive)
        .doesNotContain("AOT");
    assertThat(first.out()).isEqualTo("ran\n");
    assertThat(run("report").javas()).hasSize(1);

    // a newer jar is trained again
    Files.setLastModifiedTime(
        launcher.resolveSibling("improvement-framework.jar"),
        FileTime.fromMillis(System.currentTimeMillis() + TimeUnit.HOURS.toMillis(1)));
    assertThat(run("report").javas()).hasSize(2);
    assertThat(leftOver()).isEmpty();
  }

  @Test
  void unknownVersion_usesAnAppCdsArchive_andIndicatorsKeepsC2() throws Exception {
    Run run = run("indicators", "--help");

    assertThat(run.javas()).hasSize(2);
    assertThat(run.javas().get(1))
        .contains("-XX:SharedArchiveFile=" + launcher.resolveSibling("improvement-framework.jsa"))
        .doesNotContain("TieredStopAtLevel")
        .endsWith(" indicators --help");
  }

  @Test
  void javaFromThePath_isFoundThroughItsLink() throws Exception {
    release("26");
    Path bin = Files.createDirectories(home.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("java"), jdk.resolve("bin").resolve("java"));
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", "");
    env.put("PATH", bin + ":/usr/bin:/bin");

    Run run = run(env, "report");

    assertThat(run.javas()).hasSize(3);
    assertThat(run.javas().get(2)).contains("improvement-framework-26.aot");
  }

  @Test
  void archiveOff_runsTheCommandAlone() throws Exception {
    release("25.0.3");

    Run run = run(Map.of("IMPROVEMENT_FRAMEWORK_CDS", "off"), "report");

    assertThat(run.javas()).hasSize(1);
    assertThat(run.javas().get(0)).doesNotContain("AOT", "Archive").endsWith(" report");
  }
}
