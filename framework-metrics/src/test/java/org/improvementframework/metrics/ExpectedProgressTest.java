package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.improvementframework.model.ActionRef;
import org.junit.jupiter.api.Test;

class ExpectedProgressTest {

  @Test
  void span_ofAction14_runsFromAprilToEndOfSeptember() {
    // 1.4: three "April 15" milestones and one "September 2015": 1 April to 30 September.
    var action = Plymouth2015.plan().action(ActionRef.of(1, 4)).orElseThrow();
    var span = ExpectedProgress.span(action).orElseThrow();
    assertThat(span.start()).isEqualTo(LocalDate.of(2015, 4, 1));
    assertThat(span.end()).isEqualTo(LocalDate.of(2015, 9, 30));
  }

  @Test
  void of_midway_isElapsedShareOfTheSpan() {
    var action = Plymouth2015.plan().action(ActionRef.of(1, 4)).orElseThrow();
    // 183 days from 1 April to 30 September inclusive; on 30 June 91 have elapsed.
    assertThat(ExpectedProgress.of(action, LocalDate.of(2015, 6, 30)).getAsDouble())
        .isCloseTo(100.0 * 91 / 183, within(1e-9));
    assertThat(ExpectedProgress.of(action, LocalDate.of(2015, 3, 31))).hasValue(0.0);
    assertThat(ExpectedProgress.of(action, LocalDate.of(2015, 10, 1))).hasValue(100.0);
  }

  @Test
  void of_actionWithOnlyUndatedTargets_isEmpty() {
    // 3.2 has only "on of now", which cannot be read.
    var action = Plymouth2015.plan().action(ActionRef.of(3, 2)).orElseThrow();
    assertThat(ExpectedProgress.of(action, LocalDate.of(2015, 3, 31))).isEmpty();
  }

  @Test
  void actionProgress_variance_isActualMinusExpected() {
    // 1.4 on 30 June: 0 of 4 complete, about 49.7% of the time elapsed.
    var p =
        PlanProgress.of(
            Plymouth2015.plan(), MilestoneClassifier.defaults(), LocalDate.of(2015, 6, 30));
    ActionProgress a =
        p.actions().stream()
            .filter(x -> x.ref().equals(ActionRef.of(1, 4)))
            .findFirst()
            .orElseThrow();
    assertThat(a.variance().getAsDouble()).isCloseTo(-100.0 * 91 / 183, within(1e-9));
  }
}
