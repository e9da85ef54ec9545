package org.improvementframework.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.CRC32;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;

/**
 * The generated benchmark plans kept as canonical JSON files, so that a benchmark whose subject
 * is not reading (the monthly report) does not generate its 10^6-milestone plan in every fork:
 * generating it takes minutes on a loaded machine, reading it back seconds.
 *
 * <p>A file's name holds the seed, the size and a fingerprint of the generator (the checksum
 * of a small generated plan's JSON), so that a changed generator writes new files instead of
 * reading stale ones. A file that cannot be read, or whose plan has the wrong number of
 * milestones, is generated and written again. Files are written whole or not at all.
 */
public final class PlanCache {

  /** The milestones of the small plan whose JSON fingerprints the generator. */
  static final int FINGERPRINT_MILESTONES = 200;

  private final Path folder;

  private PlanCache(Path folder) {
    this.folder = folder;
  }

  /**
   * Obtains the cache kept in a folder.
   *
   * @param folder the folder, created when the first plan is written; not null
   * @return the cache; not null
   */
  public static PlanCache in(Path folder) {
    return new PlanCache(Objects.requireNonNull(folder, "folder"));
  }

  /**
   * Obtains the cache kept in {@code improvement-framework-benchmarks} under the system's
   * temporary folder ({@code java.io.tmpdir}).
   *
   * @return the cache; not null
   */
  public static PlanCache inTemporaryFolder() {
    return in(Path.of(System.getProperty("java.io.tmpdir"), "improvement-framework-benchmarks"));
  }

  /**
   * Gets the plan {@link BenchmarkPlans#plan(int)} generates, from its file when one was
   * written, otherwise generating it and writing the file.
   *
   * @param milestones the number of milestones, a positive multiple of 40
   * @return the plan; equal to {@code BenchmarkPlans.plan(milestones)}; not null
   * @throws IllegalArgumentException if {@code milestones} is not a positive multiple of 40
   * @throws UncheckedIOException if the file can be neither read nor written
   */
  public ImprovementPlan plan(int milestones) {
    BenchmarkPlans.shape(milestones);
    Path file = file(milestones);
    if (Files.isRegularFile(file)) {
      try {
        ImprovementPlan plan = PlanJson.read(file, BenchmarkPlans.JSON_OPTIONS).value();
        if (plan.milestones().count() == milestones) {
          return plan;
        }
      } catch (IllegalArgumentException | UncheckedIOException e) {
        // A file cut short by a full disk or edited by hand: generated again below.
      }
    }
    ImprovementPlan plan = BenchmarkPlans.plan(milestones);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder, e);
    }
    PlanJson.write(plan, file, BenchmarkPlans.JSON_OPTIONS);
    return plan;
  }

  /**
   * Gets the file that holds, or will hold, the plan of the given size.
   *
   * @param milestones the number of milestones
   * @return the file's path; not null
   */
  public Path file(int milestones) {
    return folder.resolve(
        "plan-" + BenchmarkPlans.SEED + "-" + milestones + "-" + fingerprint() + ".json");
  }

  private static String fingerprint() {
    CRC32 crc = new CRC32();
    crc.update(BenchmarkPlans.json(BenchmarkPlans.plan(FINGERPRINT_MILESTONES)));
    return Long.toHexString(crc.getValue());
  }
}
