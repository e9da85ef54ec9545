package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.SeededRandomness;
import org.junit.jupiter.api.Test;

/**
 * Lossless round trips at scale: generated plans written to JSON and to CSV and read back are
 * equal. The default build checks 500 plans; {@code -Droundtrip.plans=100000} checks 10^5
 * (see docs/reliability.md), and {@code -Droundtrip.seed} starts from another seed.
 */
class RoundTripAtScaleTest {

  private static final int PLANS = Integer.getInteger("roundtrip.plans", 500);
  private static final long SEED = Long.getLong("roundtrip.seed", 20261125L);

  @Test
  void generatedPlans_throughJsonAndCsv_areEqualAfterReadingBack() {
    long milestones = 0;
    for (int i = 0; i < PLANS; i++) {
      long seed = SEED + i;
      ImprovementPlan plan = PlanGenerators.plans().generate(SeededRandomness.of(seed));
      assertThat(PlanJson.read(PlanJson.write(plan))).as("JSON, seed %d", seed).isEqualTo(plan);
      assertThat(PlanCsv.read(PlanCsv.write(plan))).as("CSV, seed %d", seed).isEqualTo(plan);
      milestones += plan.milestones().count();
    }
    assertThat(milestones).isGreaterThan(PLANS);
  }
}
