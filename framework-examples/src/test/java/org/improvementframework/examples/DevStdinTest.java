package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /dev/stdin} given as the input file, in a separate JVM whose standard input is redirected
 * (the test JVM's own standard input is Surefire's channel): from a regular file, where {@code
 * /dev/stdin} resolves to that file, and from a pipe, where it is a stream without a size. Both
 * read the plan whole; neither is "no such file".
 */
class DevStdinTest {

  private static final ImprovementPlan PLAN = PlanInput.curated();

  @BeforeAll
  static void unixOnly() {
    assumeTrue(Files.exists(Path.of("/dev/stdin")), "/dev/stdin exists (not on Windows)");
  }

  @Test
  void devStdinRedirectedFromAFile_isReadAsThePlan(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("plan.json");
    PlanJson.write(PLAN, in);
    Path out = dir.resolve("out.csv");

    ProcessBuilder convert = command(dir, "convert", "/dev/stdin", out.toString());
    Process p = convert.redirectInput(in.toFile()).start();
    int code = p.waitFor();

    assertThat(code).as(errors(dir)).isEqualTo(Main.OK);
    assertThat(errors(dir)).doesNotContain("no such file");
    assertThat(PlanCsv.read(out, PlanCsv.Options.defaults()).value()).isEqualTo(PLAN);
  }

  @Test
  void devStdinFromAPipe_isReadAsAStream(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.json");

    Process p = command(dir, "convert", "/dev/stdin", out.toString()).start();
    try (OutputStream stdin = p.getOutputStream()) {
      // CSV, so that the format is found from the bytes: /dev/stdin has no extension
      stdin.write(PlanCsv.write(PLAN).getBytes(StandardCharsets.UTF_8));
    }
    int code = p.waitFor();

    assertThat(code).as(errors(dir)).isEqualTo(Main.OK);
    assertThat(errors(dir)).doesNotContain("no such file");
    assertThat(PlanJson.read(out)).isEqualTo(PLAN);
  }

  @Test
  void devStdinFromAnEmptyPipe_isOneLineOfErrorNotAStackTrace(@TempDir Path dir) throws Exception {
    Process p = command(dir, "validate", "/dev/stdin").start();
    p.getOutputStream().close();
    int code = p.waitFor();

    assertThat(code).isEqualTo(Main.UNREADABLE);
    assertThat(errors(dir)).hasLineCount(1).doesNotContain("Exception").contains("stdin");
  }

  /** The command line in a new JVM, its outputs in files so that no pipe fills and blocks it. */
  private static ProcessBuilder command(Path dir, String... args) {
    List<String> line =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    line.addAll(List.of(args));
    return new ProcessBuilder(line)
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile());
  }

  private static String errors(Path dir) throws IOException {
    return Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
  }
}
