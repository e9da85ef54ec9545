package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers never leave a half-written file, and never write what their reader refuses. */
class ReliableWritesTest {

  private static final ImprovementPlan SAMPLE = PlanJson.read(TestFiles.text("sample-plan.json"));

  @Test
  void csvWriter_readsBackWhatItWrites_orRefusesNamingTheLimit() {
    qt().withExamples(120)
        .forAll(
            QuickTheoriesGen.of(PlanGenerators.plans()),
            integers().between(2, 40),
            integers().between(1, 3000),
            integers().between(1, 40_000))
        .checkAssert(
            (plan, rows, cell, length) -> {
              PlanCsv.Options o =
                  PlanCsv.Options.defaults()
                      .withLimits(
                          PlanCsv.Options.DEFAULT_LIMITS
                              .withMaxRows(rows)
                              .withMaxCellChars(cell)
                              .withMaxInputBytes(length));
              String csv;
              try {
                csv = PlanCsv.write(plan, o);
              } catch (WriteLimitException e) {
                assertThat(e.option()).isEqualTo("PlanCsv.Options.withLimits");
                assertThat(e.getMessage()).contains("raise it with PlanCsv.Options.withLimits");
                return;
              }
              assertThat(PlanCsv.read(csv, o).value()).isEqualTo(plan);
            });
  }

  @Test
  void jsonWriter_readsBackWhatItWrites_orRefusesNamingTheLimit(@TempDir Path dir) {
    qt().withExamples(60)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans()), integers().between(200, 60_000))
        .checkAssert(
            (plan, length) -> {
              PlanJson.Options o =
                  PlanJson.Options.defaults()
                      .withLimits(PlanJson.Options.DEFAULT_LIMITS.withMaxInputBytes(length));
              Path f = dir.resolve("p.json");
              try {
                PlanJson.write(plan, f, o);
              } catch (WriteLimitException e) {
                assertThat(e.getMessage()).contains("PlanJson.Options.withLimits");
                return;
              }
              assertThat(PlanJson.read(f, o).value()).isEqualTo(plan);
            });
  }

  @Test
  void failedWrite_leavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("plan.json");
    PlanJson.write(SAMPLE, f);
    byte[] before = Files.readAllBytes(f);
    ImprovementPlan big = PlanGenerators.plans().samples(7).findFirst().orElseThrow();

    assertThatThrownBy(
            () ->
                PlanJson.write(
                    big,
                    f,
                    PlanJson.Options.defaults()
                        .withLimits(PlanJson.Options.DEFAULT_LIMITS.withMaxInputBytes(100))))
        .isInstanceOf(WriteLimitException.class);
    assertThatThrownBy(
            () ->
                PlanCsv.write(
                    big,
                    f,
                    PlanCsv.Options.defaults()
                        .withLimits(
                            PlanCsv.Options.DEFAULT_LIMITS
                                .withMaxRows(2)
                                .withMaxCellChars(100)
                                .withMaxInputBytes(100))))
        .isInstanceOf(WriteLimitException.class);

    assertThat(Files.readAllBytes(f)).isEqualTo(before);
    assertThat(otherFiles(dir, f)).isEmpty();
  }

  @Test
  void loneSurrogateInAPlanBuiltInCode_isRefusedBeforeTheFileIsTouched(@TempDir Path dir)
      throws IOException {
    Path json = dir.resolve("plan.json");
    Path csv = dir.resolve("plan.csv");
    PlanJson.write(SAMPLE, json);
    PlanCsv.write(SAMPLE, csv, PlanCsv.Options.defaults());
    byte[] jsonBefore = Files.readAllBytes(json);
    byte[] csvBefore = Files.readAllBytes(csv);
    ImprovementPlan broken = SAMPLE.withTitle("x\uD83D");

    assertThatThrownBy(() -> PlanJson.write(broken, json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.plan.title")
        .hasMessageContaining("lone surrogate");
    assertThatThrownBy(() -> PlanCsv.write(broken, csv, PlanCsv.Options.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Plan title");
    assertThatThrownBy(() -> PlanJson.write(broken)).isInstanceOf(IllegalArgumentException.class);

    assertThat(Files.readAllBytes(json)).isEqualTo(jsonBefore);
    assertThat(Files.readAllBytes(csv)).isEqualTo(csvBefore);
  }

  @Test
  void staleTemporaryFileOfAKilledWriter_isRemovedByTheNextWrite(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("plan.json");
    Path stale = Files.writeString(dir.resolve(".plan.json.12345.tmp"), "{\"half\":");
    Path unrelated = Files.writeString(dir.resolve(".other.json.1.tmp"), "keep");

    PlanJson.write(SAMPLE, f);

    assertThat(stale).doesNotExist();
    assertThat(unrelated).exists();
    assertThat(PlanJson.read(f)).isEqualTo(SAMPLE);
  }

  @Test
  void writeIntoAMissingFolder_givesTheReason(@TempDir Path dir) {
    Path f = dir.resolve("missing").resolve("plan.json");

    UncheckedIOException e =
        catchThrowableOfType(UncheckedIOException.class, () -> PlanJson.write(SAMPLE, f));

    assertThat(e.getMessage())
        .isEqualTo("cannot write " + f + ": no such file or folder (the file is unchanged)");
  }

  @Test
  void csvOfALargePlan_isReadWithTheDefaultLimits() {
    assertThat(PlanCsv.Options.DEFAULT_MAX_INPUT_LENGTH)
        .isEqualTo(InputLimits.defaults().maxInputBytes())
        .isGreaterThan(157_000_000L);
  }

  private static List<Path> otherFiles(Path dir, Path keep) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> !p.equals(keep)).toList();
    }
  }
}
