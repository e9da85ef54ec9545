package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.IndicatorValue;
import org.junit.jupiter.api.Test;

class IndicatorResultTest {

  private static final DateRange DAY = DateRange.ofDay(LocalDate.of(2024, 3, 31));
  private static final LocalDate D = DAY.start();

  @Test
  void percentage_roundsHalfUpToOneDecimal() {
    IndicatorResult r =
        IndicatorResult.percentage(
            "m",
            DAY,
            CountingUnit.CHILDREN,
            List.of(
                new Counted("a", D, BigDecimal.ONE),
                new Counted("b", D, BigDecimal.ONE),
                new Counted("c", D, BigDecimal.ZERO)),
            List.of(),
            Map.of());
    assertThat(r.value()).isEqualTo(IndicatorValue.of(new BigDecimal("66.7")));
    assertThat(r.countInNumerator()).isEqualTo(2);
  }

  @Test
  void new_sortsEntriesSoThatInputOrderDoesNotMatter() {
    List<Counted> in =
        List.of(
            new Counted("b", D, BigDecimal.ONE),
            new Counted("a", D.plusDays(1), BigDecimal.ONE),
            new Counted("a", D, BigDecimal.ZERO));
    IndicatorResult r =
        IndicatorResult.average(
            "m",
            DAY,
            CountingUnit.EVENTS,
            in,
            List.of(new Excluded("z", D, "r"), new Excluded("y", D, "r")),
            0);
    assertThat(r.included()).extracting(Counted::id).containsExactly("a", "a", "b");
    assertThat(r.included().get(0).date()).isEqualTo(D);
    assertThat(r.excluded()).extracting(Excluded::id).containsExactly("y", "z");
  }

  @Test
  void average_ofNothing_isNotApplicable() {
    IndicatorResult r =
        IndicatorResult.average("m", DAY, CountingUnit.CHILDREN, List.of(), List.of(), 0);
    assertThat(r.value().marker()).contains(IndicatorValue.Marker.NOT_APPLICABLE);
    assertThat(r.number()).isEmpty();
    assertThat(r.toString())
        .isEqualTo("m 2024-03-31/2024-03-31 (CHILDREN): z = 0 / 0," + " 0 counted, 0 excluded");
  }
}
