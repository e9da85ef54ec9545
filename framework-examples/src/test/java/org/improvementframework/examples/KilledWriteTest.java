package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.PlanShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code convert} process (a separate JVM, not a mock) while it writes, and checks
 * that the file it was replacing is whole. A process killed with SIGKILL cannot remove its
 * temporary file, so one may be left: the test accepts it, and checks that the next write of the
 * same file removes it.
 */
class KilledWriteTest {

  @Test
  void convertKilledWhileWriting_leavesTheOldFileWhole_andTheNextWriteCleansUp(@TempDir Path dir)
      throws Exception {
    ImprovementPlan big =
        PlanGenerators.plans(PlanShape.exactly(125, 20, 20))
            .samples(20261130)
            .findFirst()
            .orElseThrow();
    Path in = dir.resolve("big.json");
    PlanJson.write(big, in);
    Path out = dir.resolve("out.json");
    PlanJson.write(PlanInput.curated(), out);
    byte[] old = Files.readAllBytes(out);

    int killedWhileWriting = 0;
    for (int attempt = 0; attempt < 5 && killedWhileWriting == 0; attempt++) {
      Process p =
          new ProcessBuilder(
                  javaBinary(),
                  "-Xmx1g",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "convert",
                  in.toString(),
                  out.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      boolean killed = false;
      // No deadline: the process ends by itself, however slow a loaded machine makes it.
      while (p.isAlive()) {
        if (!temporaryFiles(dir).isEmpty()) {
          p.destroyForcibly();
          killed = true;
          break;
        }
        Thread.sleep(1);
      }
      p.waitFor();
      byte[] now = Files.readAllBytes(out);
      if (killed && Arrays.equals(now, old)) {
        killedWhileWriting++;
      } else {
        // The kill came after the rename, or never: then the new file is whole.
        assertThat(PlanJson.read(out)).isEqualTo(big);
        PlanJson.write(PlanInput.curated(), out);
      }
    }

    assertThat(killedWhileWriting).as("a process killed while writing").isEqualTo(1);
    assertThat(PlanJson.read(out)).isEqualTo(PlanInput.curated());
    Cli.Run again = Cli.run("convert", in.toString(), out.toString());
    assertThat(again.code()).as(again.err()).isEqualTo(Main.OK);
    assertThat(temporaryFiles(dir)).isEmpty();
    assertThat(PlanJson.read(out)).isEqualTo(big);
  }

  private static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              f -> {
                String n = f.getFileName().toString();
                return n.startsWith(".out.json.") && n.endsWith(".tmp");
              })
          .toList();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
