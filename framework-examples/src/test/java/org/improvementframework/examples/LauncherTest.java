package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the POSIX launcher ({@code improvement-framework} at the repository's root) as a process,
 * over a runnable jar made here from the test's class path (a jar whose manifest names the
 * dependency jars, the class folders packed as jars, as class-data sharing needs): the output and
 * exit code must not depend on the class-data archive the launcher writes and maps.
 */
class LauncherTest {

  @TempDir static Path home;
  private static Path launcher;

  @BeforeAll
  static void install() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
    Path script = Path.of("..", "improvement-framework").toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(script), "the launcher at the repository's root");
    launcher = home.resolve("improvement-framework");
    Files.copy(script, launcher);
    List<String> classPath = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry).toAbsolutePath();
      if (Files.isDirectory(p) && !p.endsWith("test-classes")) {
        Path packed = home.resolve("lib").resolve("classes-" + n++ + ".jar");
        pack(p, packed);
        classPath.add(packed.toUri().toString());
      } else if (Files.isRegularFile(p)) {
        classPath.add(p.toUri().toString());
      }
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    // the manifest is the whole jar
    try (OutputStream out = Files.newOutputStream(home.resolve("improvement-framework.jar"))) {
      new JarOutputStream(out, manifest).close();
    }
  }

  @Test
  void report_printsTheSameBytes_withoutTheArchive_whileWritingIt_andMappingIt() throws Exception {
    Run plain = run(Map.of("IMPROVEMENT_FRAMEWORK_CDS", "off"), "report");
    assertThat(plain.status()).isZero();
    assertThat(plain.out()).contains("milestones");
    Path archive = archive();
    Files.deleteIfExists(archive);

    Run first = run(Map.of(), "report");
    assertThat(archive).isNotEmptyFile();
    Run second = run(Map.of(), "report");

    for (Run r : List.of(first, second)) {
      assertThat(r.status()).isZero();
      assertThat(r.out()).isEqualTo(plain.out());
      assertThat(r.err()).isEmpty();
    }
    try (Stream<Path> left = Files.list(home)) {
      assertThat(left.map(Path::toString)).noneMatch(f -> f.endsWith(".part"));
    }
  }

  @Test
  void aCorruptArchive_isIgnoredSilently_andAUsageErrorKeepsItsExitCode() throws Exception {
    Run plain = run(Map.of("IMPROVEMENT_FRAMEWORK_CDS", "off"), "report", "--no-such-option");
    assertThat(plain.status()).isNotZero();
    Path archive = archive();
    // the JVM writes its archives read-only: replaced, not overwritten
    Files.deleteIfExists(archive);
    Files.write(archive, "not an archive".getBytes(StandardCharsets.US_ASCII));
    // newer than the jar, so that the launcher maps it rather than writing a new one
    Files.setLastModifiedTime(
        archive, FileTime.fromMillis(System.currentTimeMillis() + TimeUnit.HOURS.toMillis(1)));

    Run bad = run(Map.of(), "report", "--no-such-option");
    assertThat(bad.status()).isEqualTo(plain.status());
    assertThat(bad.out()).isEqualTo(plain.out());
    assertThat(bad.err()).isEqualTo(plain.err());
    Run good = run(Map.of(), "report");
    assertThat(good.status()).isZero();
    assertThat(good.err()).isEmpty();
    assertThat(good.out())
        .isEqualTo(run(Map.of("IMPROVEMENT_FRAMEWORK_CDS", "off"), "report").out());
    Files.delete(archive);
  }

  private record Run(int status, String out, String err) {}

  /** The archive the launcher makes for the Java running the tests, named by its version. */
  private static Path archive() throws IOException {
    String version = "";
    Path release = Path.of(System.getProperty("java.home"), "release");
    if (Files.isRegularFile(release)) {
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          version = "-" + line.substring("JAVA_VERSION=\"".length(), line.lastIndexOf('"'));
        }
      }
    }
    int major = Runtime.version().feature();
    return home.resolve("improvement-framework" + version + (major >= 25 ? ".aot" : ".jsa"));
  }

  private static Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("HOME", home.toString());
    pb.environment().remove("JAVA_OPTS");
    pb.environment().remove("IMPROVEMENT_FRAMEWORK_CDS");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the launcher ends").isTrue();
    Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  private static void pack(Path classes, Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
        if (name.equals("META-INF/MANIFEST.MF")) {
          continue;
        }
        out.putNextEntry(new JarEntry(name));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }
}
