package org.improvementframework.metrics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.improvementframework.model.Indicator.Polarity;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.IndicatorValue.Marker;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ComparisonTest {

  private static final ReportingPeriod FY2023 = ReportingPeriod.financialYear(2023);

  /**
   * Trafford's ten statistical neighbours and their published percentages of children looked
   * after with an annual health assessment, 2023/24 (DfE, via Trafford Data Lab).
   */
  static List<AreaValue> traffordNeighbours() {
    return List.of(
        area("E09000006", "Bromley", 97),
        area("E06000060", "Buckinghamshire", 98),
        area("E10000003", "Cambridgeshire", 86),
        area("E06000049", "Cheshire East", 91),
        area("E10000013", "Gloucestershire", 92),
        area("E10000015", "Hertfordshire", 83),
        area("E10000025", "Oxfordshire", 89),
        area("E08000029", "Solihull", 88),
        area("E08000007", "Stockport", 97),
        area("E10000030", "Surrey", 92));
  }

  private static AreaValue area(String code, String name, long value) {
    return AreaValue.of(code, name, IndicatorValue.of(value));
  }

  private static Comparison trafford(List<AreaValue> neighbours) {
    return Comparison.builder("Annual health assessments", Polarity.HIGHER_IS_BETTER, FY2023)
        .council(area("E08000009", "Trafford", 83))
        .england(area("E92000001", "England", 89))
        .comparators(neighbours)
        .build();
  }

  /** Worked by hand: 913 / 10 = 91.3; 83 is tenth of eleven, tied with Hertfordshire. */
  @Test
  void trafford2023_handChecked_rankQuartileMeanAndGaps() {
    Comparison c = trafford(traffordNeighbours());
    assertThat(c.rankedCount()).isEqualTo(11);
    assertThat(c.councilRank()).hasValue(10);
    assertThat(c.councilQuartile()).hasValue(4);
    assertThat(c.comparatorMean()).contains(new BigDecimal("91.3"));
    assertThat(c.gapToMean()).contains(new BigDecimal("-8.3"));
    assertThat(c.gapToEngland()).contains(new BigDecimal("-6"));
    Map<String, Ranked> byName =
        c.comparators().stream()
            .collect(Collectors.toMap(r -> r.area().name(), Function.identity()));
    assertThat(byName.get("Buckinghamshire").rank()).hasValue(1);
    assertThat(byName.get("Bromley").rank()).hasValue(2);
    assertThat(byName.get("Stockport").rank()).hasValue(2);
    assertThat(byName.get("Surrey").rank()).hasValue(4);
    assertThat(byName.get("Hertfordshire").rank()).hasValue(10);
    assertThat(byName.get("Bromley").quartile()).hasValue(1);
    assertThat(byName.get("Surrey").quartile()).hasValue(2);
    assertThat(byName.get("Oxfordshire").quartile()).hasValue(3);
  }

  @Test
  void suppressedAndMissing_stayTypedAndAreNeitherRankedNorAveraged() {
    List<AreaValue> n = new ArrayList<>(traffordNeighbours());
    n.set(0, AreaValue.of("E09000006", "Bromley", IndicatorValue.of(Marker.SUPPRESSED)));
    n.set(1, AreaValue.missing("E06000060", "Buckinghamshire"));
    Comparison c = trafford(n);
    assertThat(c.rankedCount()).isEqualTo(9);
    assertThat(c.comparators().get(0).rank()).isEmpty();
    assertThat(c.comparators().get(0).area().valueText()).isEqualTo("c");
    assertThat(c.comparators().get(1).area().valueText()).isEqualTo("missing");
    assertThat(c.comparatorMean()).contains(new BigDecimal("89.75")); // 718 / 8
    assertThat(c.councilRank()).hasValue(8);
  }

  @Test
  void councilSuppressed_hasNoRankNoQuartileNoGap() {
    Comparison c =
        Comparison.builder("x", Polarity.LOWER_IS_BETTER, FY2023)
            .council(AreaValue.of("E1", "A", IndicatorValue.of(Marker.SUPPRESSED)))
            .comparators(List.of(area("E2", "B", 4)))
            .build();
    assertThat(c.councilRank()).isEmpty();
    assertThat(c.councilQuartile()).isEmpty();
    assertThat(c.gapToMean()).isEmpty();
    assertThat(c.comparatorMean()).contains(new BigDecimal("4"));
  }

  @Test
  void lowerIsBetter_ranksTheLowestFirst() {
    Comparison c =
        Comparison.builder("re-referrals", Polarity.LOWER_IS_BETTER, FY2023)
            .council(area("E1", "A", 20))
            .comparators(List.of(area("E2", "B", 10), area("E3", "C", 30)))
            .build();
    assertThat(c.councilRank()).hasValue(2);
    assertThat(c.comparators().get(0).rank()).hasValue(1);
  }

  @Test
  void build_councilAmongComparatorsOrRepeatedCode_isRefused() {
    assertThatThrownBy(() -> trafford(List.of(area("E08000009", "Trafford", 83))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("council itself");
    assertThatThrownBy(() -> trafford(List.of(area("E2", "B", 1), area("E2", "B", 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> Comparison.builder("x", Polarity.NEUTRAL, FY2023).build())
        .isInstanceOf(IllegalStateException.class);
  }

  // ------------------------------------------------------------------ properties

  /** A value: a number from -3 to 12 (so that ties are common), a marker, or missing. */
  private static Gen<List<AreaValue>> groups() {
    Gen<Integer> kinds = integers().between(-6, 12);
    return lists()
        .of(kinds)
        .ofSizeBetween(0, 12)
        .map(
            ks -> {
              List<AreaValue> out = new ArrayList<>();
              for (int i = 0; i < ks.size(); i++) {
                int k = ks.get(i);
                String code = "E0" + i;
                out.add(
                    k >= -3
                        ? area(code, "LA " + i, k)
                        : k == -4
                            ? AreaValue.missing(code, "")
                            : AreaValue.of(code, "", IndicatorValue.of(Marker.values()[-k - 5])));
              }
              return out;
            });
  }

  private static Comparison of(Polarity p, AreaValue council, List<AreaValue> comparators) {
    return Comparison.builder("i", p, FY2023).council(council).comparators(comparators).build();
  }

  private static Map<String, Ranked> byCode(Comparison c) {
    return c.comparators().stream()
        .collect(Collectors.toMap(r -> r.area().code(), Function.identity()));
  }

  @Test
  void anyOrderOfComparators_givesTheSameRanksQuartilesAndMean() {
    qt().withExamples(300)
        .forAll(groups(), integers().between(-3, 12), integers().all())
        .checkAssert(
            (group, councilValue, seed) -> {
              AreaValue council = area("E99", "Council", councilValue);
              Comparison a = of(Polarity.HIGHER_IS_BETTER, council, group);
              List<AreaValue> shuffled = new ArrayList<>(group);
              Collections.shuffle(shuffled, new Random(seed));
              Comparison b = of(Polarity.HIGHER_IS_BETTER, council, shuffled);
              assertThat(byCode(b)).isEqualTo(byCode(a));
              assertThat(b.council()).isEqualTo(a.council());
              assertThat(b.comparatorMean()).isEqualTo(a.comparatorMean());
            });
  }

  /** Ranks are competition ranks: each is one more than the number of strictly better values. */
  @Test
  void ranks_areOneMoreThanTheNumberOfBetterValues_andDistinctValuesGiveAPermutation() {
    qt().withExamples(300)
        .forAll(groups(), integers().between(-3, 12))
        .checkAssert(
            (g, v) -> {
              Comparison c = of(Polarity.LOWER_IS_BETTER, area("E99", "Council", v), g);
              List<Ranked> all = new ArrayList<>(c.comparators());
              all.add(c.council());
              List<BigDecimal> numbers =
                  all.stream()
                      .filter(r -> r.area().isNumber())
                      .map(r -> r.area().value().orElseThrow().number().orElseThrow())
                      .toList();
              for (Ranked r : all) {
                if (r.area().isNumber()) {
                  BigDecimal x = r.area().value().orElseThrow().number().orElseThrow();
                  long better = numbers.stream().filter(n -> n.compareTo(x) < 0).count();
                  assertThat(r.rank()).hasValue((int) better + 1);
                  assertThat(r.quartile().getAsInt()).isBetween(1, 4);
                } else {
                  assertThat(r.rank()).isEmpty();
                }
              }
              if (numbers.stream().distinct().count() == numbers.size()) {
                assertThat(
                        all.stream()
                            .filter(r -> r.rank().isPresent())
                            .map(r -> r.rank().getAsInt())
                            .sorted()
                            .toList())
                    .isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
              }
            });
  }

  @Test
  void markersAndMissingValues_neverChangeTheRankingOfNumbers() {
    qt().withExamples(300)
        .forAll(groups(), integers().between(-3, 12))
        .checkAssert(
            (g, v) -> {
              AreaValue council = area("E99", "Council", v);
              List<AreaValue> numbersOnly = g.stream().filter(AreaValue::isNumber).toList();
              Comparison all = of(Polarity.HIGHER_IS_BETTER, council, g);
              Comparison only = of(Polarity.HIGHER_IS_BETTER, council, numbersOnly);
              assertThat(all.council()).isEqualTo(only.council());
              assertThat(all.comparatorMean()).isEqualTo(only.comparatorMean());
              assertThat(all.rankedCount()).isEqualTo(only.rankedCount());
              all.comparators().stream()
                  .filter(r -> !r.area().isNumber())
                  .forEach(r -> assertThat(r.rank()).isEqualTo(OptionalInt.empty()));
            });
  }

  @Test
  void quartiles_growWithRank_andTheBestIsInTheFirst() {
    qt().withExamples(300)
        .forAll(groups(), integers().between(-3, 12))
        .checkAssert(
            (g, v) -> {
              Comparison c = of(Polarity.HIGHER_IS_BETTER, area("E99", "Council", v), g);
              List<Ranked> ranked = new ArrayList<>(c.comparators());
              ranked.add(c.council());
              ranked.removeIf(r -> r.rank().isEmpty());
              ranked.sort((a, b) -> Integer.compare(a.rank().getAsInt(), b.rank().getAsInt()));
              assertThat(ranked.get(0).quartile()).hasValue(1);
              for (int i = 1; i < ranked.size(); i++) {
                assertThat(ranked.get(i).quartile().getAsInt())
                    .isGreaterThanOrEqualTo(ranked.get(i - 1).quartile().getAsInt());
              }
            });
  }

  @Test
  void comparatorMean_liesBetweenTheSmallestAndLargestComparator() {
    qt().withExamples(300)
        .forAll(groups())
        .checkAssert(
            g -> {
              Comparison c = of(Polarity.NEUTRAL, area("E99", "Council", 100), g);
              List<BigDecimal> numbers =
                  g.stream()
                      .filter(AreaValue::isNumber)
                      .map(a -> a.value().orElseThrow().number().orElseThrow())
                      .toList();
              assertThat(c.comparatorMean().isPresent()).isEqualTo(!numbers.isEmpty());
              c.comparatorMean()
                  .ifPresent(
                      m ->
                          assertThat(m)
                              .isBetween(Collections.min(numbers), Collections.max(numbers)));
            });
  }
}
