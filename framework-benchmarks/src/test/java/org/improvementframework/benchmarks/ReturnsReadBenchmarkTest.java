package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnsReadBenchmarkTest {

  @Test
  void setUp_twoThousandEpisodes_checksEveryReaderAndTheBenchmarksAgree() {
    ReturnsReadBenchmark b = new ReturnsReadBenchmark();
    b.episodes = 2000;
    b.setUp();
    // the placements of the generated folder: at least one per child, at most one per episode
    assertThat(b.ssda903()).isBetween(500L, 2000L).isEqualTo(b.ssda903());
    assertThat(b.cin()).isBetween(200L, 600L);
    assertThat(b.workforce()).isEqualTo(5000);
  }

  @Test
  void writeOnce_sameSizesTwice_reusesTheFilesAndTheirCounts(@TempDir Path parent)
      throws IOException {
    Map.Entry<Path, ReturnFiles.Written> first = ReturnFiles.writeOnce(parent, 300, 30, 10);
    Path episodes = first.getKey().resolve("ssda903/episodes.csv");
    FileTime written = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(episodes, written);

    Map.Entry<Path, ReturnFiles.Written> second = ReturnFiles.writeOnce(parent, 300, 30, 10);

    assertThat(second).isEqualTo(first);
    assertThat(first.getValue().episodes()).isBetween(300L, 307L);
    assertThat(Files.getLastModifiedTime(episodes)).isEqualTo(written);
    try (var names = Files.list(parent)) {
      assertThat(names.map(p -> p.getFileName().toString())).containsExactly("returns-300-30-10");
    }
  }
}
