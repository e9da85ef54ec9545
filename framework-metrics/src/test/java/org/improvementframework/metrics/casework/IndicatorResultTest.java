package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
  void new_givesEntriesInIdDateContributionOrder_whateverOrderTheyCameIn() {
    // ids as equal strings that are not the same object, as well as the same object, so that
    // the comparison by reference first cannot stand in for equality
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, 26 * 4 * 2 - 1)).ofSizeBetween(0, 60),
            integers().all())
        .checkAssert(
            (codes, seed) -> {
              List<Counted> entries = new ArrayList<>();
              for (int code : codes) {
                String id = code % 2 == 0 ? "c" + (char) ('a' + code / 8) : "c" + (code / 8 % 26);
                entries.add(
                    new Counted(
                        new String(id), D.plusDays(code / 2 % 4), BigDecimal.valueOf(code % 2)));
              }
              List<Counted> expected = new ArrayList<>(entries);
              expected.sort(
                  Comparator.comparing(Counted::id)
                      .thenComparing(Counted::date)
                      .thenComparing(Counted::contribution));
              List<Counted> shuffled = new ArrayList<>(entries);
              Collections.shuffle(shuffled, new Random(seed));
              for (List<Counted> in : List.of(entries, expected, shuffled)) {
                IndicatorResult r =
                    IndicatorResult.average("m", DAY, CountingUnit.EVENTS, in, List.of(), 0);
                assertThat(r.included()).containsExactlyElementsOf(expected);
                assertThatThrownBy(() -> r.included().add(new Counted("x", D, BigDecimal.ONE)))
                    .isInstanceOf(UnsupportedOperationException.class);
              }
            });
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
