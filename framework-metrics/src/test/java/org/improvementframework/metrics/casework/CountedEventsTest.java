package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.junit.jupiter.api.Test;

/**
 * Entries kept as columns are the entries a list of records holds: the same elements, equality
 * and hash both ways, and the same result's figures.
 */
class CountedEventsTest {

  private static final DateRange PERIOD =
      DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

  @Test
  void entries_andResult_areThoseOfTheSameRecordsInAList() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 2_000)).ofSizeBetween(0, 150),
            integers().between(0, 150))
        .checkAssert(
            (drawn, extra) -> {
              // sorted (child, day) pairs, each child's days rising, as a calculator gives them
              long[] pairs = new long[drawn.size() + extra];
              long[] ones = new long[(pairs.length + 63) >>> 6];
              int start = (int) LocalDate.of(2020, 1, 1).toEpochDay();
              List<Counted> expected = new ArrayList<>();
              for (int i = 0; i < drawn.size(); i++) {
                int child = i / 3;
                int day = start + (i % 3) * 100 + drawn.get(i) % 100;
                pairs[i] = Events.pack(child, day);
                boolean one = drawn.get(i) % 2 == 0;
                if (one) {
                  ones[i >>> 6] |= 1L << i;
                }
                expected.add(
                    new Counted(
                        "C" + (10_000 + child),
                        LocalDate.ofEpochDay(day),
                        one ? BigDecimal.ONE : BigDecimal.ZERO));
              }
              CountedEvents columns =
                  new CountedEvents(pairs, drawn.size(), ones, r -> "C" + (10_000 + r));
              assertThat(columns).containsExactlyElementsOf(expected);
              assertThat(columns).isEqualTo(expected).hasSameHashCodeAs(expected);
              assertThat(expected).isEqualTo(columns);
              IndicatorResult fromColumns = result(columns);
              IndicatorResult fromList = result(expected);
              assertThat(fromColumns).isEqualTo(fromList).hasSameHashCodeAs(fromList);
              assertThat(fromColumns.numerator()).isEqualTo(fromList.numerator());
              assertThat(fromColumns.value()).isEqualTo(fromList.value());
              assertThat(fromColumns.countInNumerator()).isEqualTo(fromList.countInNumerator());
            });
  }

  @Test
  void columns_areUnmodifiable_andIndexedWithinTheirSize() {
    long[] pairs = {Events.pack(0, 18_000), Events.pack(1, 18_001), 0};
    CountedEvents columns = new CountedEvents(pairs, 2, new long[] {2}, r -> "C" + r);
    assertThat(columns.get(1).inNumerator()).isTrue();
    assertThat(columns.get(0).inNumerator()).isFalse();
    assertThatThrownBy(() -> columns.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> columns.add(columns.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static IndicatorResult result(List<Counted> included) {
    return IndicatorResult.percentage(
        "measure", PERIOD, CountingUnit.EVENTS, included, List.of(), Map.of());
  }
}
