package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equality, hashing and text of {@link StateCounts}, which reports and caches key on. */
class StateCountsMutationTest {

  @Test
  void hashCode_ofEveryCountUpToTwoInEachState_isDistinct() {
    // Counts are keys of maps in reports; small counts that collide would all share one bucket.
    Map<Integer, StateCounts> seen = new HashMap<>();
    for (int a = 0; a <= 2; a++) {
      for (int b = 0; b <= 2; b++) {
        for (int c = 0; c <= 2; c++) {
          for (int d = 0; d <= 2; d++) {
            for (int e = 0; e <= 2; e++) {
              StateCounts counts = StateCounts.of(a, b, c, d, e);
              StateCounts clash = seen.put(counts.hashCode(), counts);
              assertThat(clash).as("same hash code as %s", counts).isNull();
            }
          }
        }
      }
    }
    assertThat(seen).hasSize(243);
  }

  @Test
  void equals_otherTypesAndNull_areNotEqual() {
    StateCounts c = StateCounts.of(1, 0, 0, 0, 0);
    assertThat(c.equals("complete=1 overdue=0 due=0 notDue=0 undated=0")).isFalse();
    assertThat(c.equals(null)).isFalse();
    assertThat(c.equals(StateCounts.of(1, 0, 0, 0, 0))).isTrue();
  }

  @Test
  void equals_eachStateCounts() {
    StateCounts c = StateCounts.of(1, 1, 1, 1, 1);
    assertThat(c)
        .isNotEqualTo(StateCounts.of(2, 1, 1, 1, 1))
        .isNotEqualTo(StateCounts.of(1, 2, 1, 1, 1))
        .isNotEqualTo(StateCounts.of(1, 1, 2, 1, 1))
        .isNotEqualTo(StateCounts.of(1, 1, 1, 2, 1))
        .isNotEqualTo(StateCounts.of(1, 1, 1, 1, 2));
  }

  @Test
  void toString_namesEachCountInOrder() {
    assertThat(StateCounts.of(2, 1, 0, 3, 4))
        .hasToString("complete=2 overdue=1 due=0 notDue=3 undated=4");
  }
}
