package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an atomic write leaves in its folder: the new file whole, the left-overs of a killed
 * earlier write of the same file removed, and everything else untouched.
 */
class AtomicFilesEdgeTest {

  @Test
  void write_removesStaleTemporaryFilesOfThisFileOnly(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("plan.csv");
    Path stale = Files.writeString(dir.resolve(".plan.csv.12345.tmp"), "half");
    Path shortest = Files.writeString(dir.resolve(".plan.csv.x.tmp"), "half");
    List<Path> kept =
        List.of(
            Files.writeString(dir.resolve(".plan.csv..tmp"), "not a temp name"),
            Files.writeString(dir.resolve(".plan.csv.1.txt"), "other suffix"),
            Files.writeString(dir.resolve(".other.csv.1.tmp"), "another file's"),
            Files.writeString(dir.resolve("plan.csv.1.tmp"), "no dot in front"));

    AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("new");
    assertThat(stale).doesNotExist();
    assertThat(shortest).doesNotExist();
    assertThat(kept).allSatisfy(p -> assertThat(p).exists());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).hasSize(kept.size() + 1);
    }
  }

  @Test
  void write_contentThatClosesItsStream_isStillWrittenWhole(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.json");
    AtomicFiles.write(
        target,
        out -> {
          out.write('{');
          out.close();
          out.write(new byte[] {'x', '}', 'y'}, 1, 1);
        });
    assertThat(target).hasContent("{}");
  }

  @Test
  void write_largeContent_isWrittenWhole(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("big.csv");
    byte[] bytes = new byte[300_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    AtomicFiles.write(target, out -> out.write(bytes));
    assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
  }

  @Test
  void write_intoAMissingFolder_failsAndCreatesNothing(@TempDir Path dir) {
    Path target = dir.resolve("missing").resolve("p.csv");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(1)))
        .isInstanceOf(IOException.class);
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void write_rejectsNullsByName(@TempDir Path dir) {
    assertThatThrownBy(() -> AtomicFiles.write(null, out -> {})).hasMessage("target");
    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("a"), null)).hasMessage("content");
  }
}
