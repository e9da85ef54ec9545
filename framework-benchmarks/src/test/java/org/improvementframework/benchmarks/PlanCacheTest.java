package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCacheTest {

  @TempDir Path folder;

  @Test
  void plan_firstCall_generatesAndWritesTheFile() {
    PlanCache cache = PlanCache.in(folder.resolve("new"));

    ImprovementPlan plan = cache.plan(1000);

    assertThat(plan).isEqualTo(BenchmarkPlans.plan(1000));
    assertThat(cache.file(1000)).isRegularFile();
  }

  @Test
  void plan_secondCall_readsTheFileWithoutWritingIt() throws IOException {
    PlanCache cache = PlanCache.in(folder);
    cache.plan(1000);
    FileTime old = FileTime.fromMillis(0);
    Files.setLastModifiedTime(cache.file(1000), old);

    ImprovementPlan plan = cache.plan(1000);

    assertThat(plan).isEqualTo(BenchmarkPlans.plan(1000));
    assertThat(Files.getLastModifiedTime(cache.file(1000))).isEqualTo(old);
  }

  @Test
  void plan_truncatedFile_isGeneratedAndWrittenAgain() throws IOException {
    PlanCache cache = PlanCache.in(folder);
    byte[] json = BenchmarkPlans.json(BenchmarkPlans.plan(1000));
    Files.write(cache.file(1000), Arrays.copyOf(json, json.length / 2));

    ImprovementPlan plan = cache.plan(1000);

    assertThat(plan).isEqualTo(BenchmarkPlans.plan(1000));
    assertThat(Files.readAllBytes(cache.file(1000))).isEqualTo(json);
  }

  @Test
  void plan_fileOfAnotherSize_isNotTakenForThisOne() throws IOException {
    PlanCache cache = PlanCache.in(folder);
    Files.write(cache.file(1000), BenchmarkPlans.json(BenchmarkPlans.plan(40)));

    assertThat(cache.plan(1000).milestones().count()).isEqualTo(1000);
  }

  @Test
  void file_namesSeedSizeAndGeneratorFingerprint() {
    String name = PlanCache.in(folder).file(80).getFileName().toString();

    assertThat(name).matches("plan-" + BenchmarkPlans.SEED + "-80-[0-9a-f]+\\.json");
  }
}
