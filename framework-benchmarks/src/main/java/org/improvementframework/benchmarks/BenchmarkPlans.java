package org.improvementframework.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.PlanShape;
import org.improvementframework.testing.SeededRandomness;

/**
 * The generated plans every benchmark reads or reports on, and their canonical JSON and CSV
 * bytes.
 *
 * <p>A plan of {@code n} milestones has {@code n / 40} areas of 8 actions of 5 milestones each:
 * a council plan has a few milestones per action and a few actions per area, so plans grow by
 * their number of areas. The plan is drawn by framework-testing's {@link PlanGenerators} from
 * the fixed seed {@link #SEED}, so every run measures the same plan.
 */
public final class BenchmarkPlans {

  /** The seed of every generated plan. */
  public static final long SEED = 20_261_125L;

  /** Actions in each area. */
  public static final int ACTIONS_PER_AREA = 8;

  /** Milestones in each action. */
  public static final int MILESTONES_PER_ACTION = 5;

  /** JSON options whose document limit admits the largest benchmark plan (about 300 MB). */
  public static final PlanJson.Options JSON_OPTIONS =
      PlanJson.Options.defaults()
          .withLimits(PlanJson.Options.DEFAULT_LIMITS.withMaxInputBytes(Integer.MAX_VALUE));

  /** CSV options whose limits admit the largest benchmark plan. */
  public static final PlanCsv.Options CSV_OPTIONS =
      PlanCsv.Options.defaults()
          .withLimits(
              PlanCsv.Options.DEFAULT_LIMITS
                  .withMaxRows(Long.MAX_VALUE)
                  .withMaxCellChars(PlanCsv.Options.DEFAULT_MAX_CELL_LENGTH)
                  .withMaxInputBytes(Long.MAX_VALUE));

  private BenchmarkPlans() {}

  /**
   * Gets the shape of a plan with the given number of milestones.
   *
   * @param milestones the number of milestones, a positive multiple of 40
   * @return the shape; not null
   * @throws IllegalArgumentException if {@code milestones} is not a positive multiple of 40
   */
  public static PlanShape shape(int milestones) {
    int perArea = ACTIONS_PER_AREA * MILESTONES_PER_ACTION;
    if (milestones <= 0 || milestones % perArea != 0) {
      throw new IllegalArgumentException(
          "milestones must be a positive multiple of " + perArea + ", not " + milestones);
    }
    return PlanShape.exactly(milestones / perArea, ACTIONS_PER_AREA, MILESTONES_PER_ACTION);
  }

  /**
   * Generates the plan with the given number of milestones, the same on every call.
   *
   * @param milestones the number of milestones, a positive multiple of 40
   * @return the plan; not null
   * @throws IllegalArgumentException if {@code milestones} is not a positive multiple of 40
   */
  public static ImprovementPlan plan(int milestones) {
    ImprovementPlan plan =
        PlanGenerators.plans(shape(milestones)).generate(SeededRandomness.of(SEED));
    Check.that(
        plan.milestones().count() == milestones, "generated plan has %d milestones", milestones);
    return plan;
  }

  /**
   * Writes a plan as canonical JSON, in UTF-8, with the limits of {@link #JSON_OPTIONS} (the
   * default ones refuse the 10^6-milestone plan, which {@link #JSON_OPTIONS} reads back).
   *
   * @param plan the plan; not null
   * @return the bytes; not null
   */
  public static byte[] json(ImprovementPlan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    PlanJson.write(plan, out, JSON_OPTIONS);
    return out.toByteArray();
  }

  /**
   * Writes a plan as the milestone CSV, in UTF-8, with the limits of {@link #CSV_OPTIONS} (the
   * default ones refuse the 10^6-milestone plan, which {@link #CSV_OPTIONS} reads back).
   *
   * @param plan the plan; not null
   * @return the bytes; not null
   */
  public static byte[] csv(ImprovementPlan plan) {
    return PlanCsv.write(plan, CSV_OPTIONS).getBytes(StandardCharsets.UTF_8);
  }
}
