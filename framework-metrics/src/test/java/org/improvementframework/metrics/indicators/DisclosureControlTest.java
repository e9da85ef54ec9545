package org.improvementframework.metrics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

class DisclosureControlTest {

  @ParameterizedTest(name = "count {0} is published as {1}")
  @CsvSource({"0, 0", "1, c", "5, c", "6, 6", "123, 123"})
  void count_suppressesOneToFive(long count, String expected) {
    assertThat(DisclosureControl.dfe().count(count)).hasToString(expected);
  }

  @ParameterizedTest(name = "total {0} is published as {1}")
  @CsvSource({"0, 0", "3, c", "6, 10", "14, 10", "15, 20", "1234, 1230"})
  void total_isRoundedToTheNearestTen(long total, String expected) {
    assertThat(DisclosureControl.dfe().total(total)).hasToString(expected);
  }

  @ParameterizedTest(name = "{0} of {1} is published as {2}")
  @CsvSource({
    "12, 40, 30.0",
    "3, 40, c",
    "0, 4, c",
    "0, 40, 0.0",
    "0, 0, z",
    "2, 3, c",
    "7, 9, 77.8"
  })
  void percentage_builtOnSuppressedCounts_isSuppressed(
      long numerator, long denominator, String expected) {
    assertThat(DisclosureControl.dfe().percentage(numerator, denominator, 1)).hasToString(expected);
  }

  @Test
  void of_configuresRangeAndRounding() {
    DisclosureControl dc = DisclosureControl.of(1, 9, 5);
    assertThat(dc.count(9)).hasToString("c");
    assertThat(dc.total(12)).hasToString("10");
    assertThat(dc.total(13)).hasToString("15");
  }

  @Test
  void of_badBounds_isRejectedNamingThem() {
    assertThatThrownBy(() -> DisclosureControl.of(0, 5, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suppressFrom=0");
    assertThatThrownBy(() -> DisclosureControl.dfe().count(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> DisclosureControl.dfe().percentage(5, 4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds");
  }

  @Test
  void property_noPublishedCountLiesInTheSuppressedRange() {
    qt().forAll(SourceDSL.longs().between(0, 1_000_000))
        .checkAssert(
            n -> {
              var v = DisclosureControl.dfe().count(n);
              if (v.isNumber()) {
                assertThat(v.number().orElseThrow().longValueExact())
                    .isEqualTo(n)
                    .satisfiesAnyOf(
                        x -> assertThat(x).isZero(), x -> assertThat(x).isGreaterThan(5));
              }
              var t = DisclosureControl.dfe().total(n);
              if (t.isNumber()) {
                assertThat(Math.abs(t.number().orElseThrow().longValueExact() - n))
                    .isLessThanOrEqualTo(5);
              }
            });
  }
}
