package org.improvementframework.io.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;

class CappedReportsTest {

  private static ReadWarning warning(String problem) {
    return ReadWarning.of(InputLocation.ofCell("f.csv", 2, "DOB"), problem, "", "kept");
  }

  @Test
  void capOfReports_anyReports_nothingLostKeptInOrderAndCountedByKind() {
    qt().withExamples(200)
        .forAll(
            integers().between(0, 40), lists().of(integers().between(0, 4)).ofSizeBetween(0, 120))
        .checkAssert(
            (cap, kinds) -> {
              List<String> out = new ArrayList<>();
              CappedReports<String> c = CappedReports.of(cap, "reports", s -> s, out::add);
              kinds.forEach(k -> c.accept("kind " + k));

              int kept = Math.min(cap, kinds.size());
              assertThat(out)
                  .containsExactlyElementsOf(
                      kinds.subList(0, kept).stream().map(k -> "kind " + k).toList());
              assertThat(c.kept()).isEqualTo(kept);
              assertThat(c.kept() + c.dropped()).isEqualTo(kinds.size());
              assertThat(c.droppedByKind().values().stream().mapToLong(Long::longValue).sum())
                  .isEqualTo(c.dropped());
              for (int k = 0; k <= 4; k++) {
                int kind = k;
                long over =
                    kinds.subList(kept, kinds.size()).stream().filter(x -> x == kind).count();
                assertThat(c.droppedByKind().getOrDefault("kind " + k, 0L)).isEqualTo(over);
              }
              assertThat(c.summary(InputLocation.ofSource("f.csv")).isPresent())
                  .isEqualTo(kinds.size() > cap);
            });
  }

  @Test
  void warnings_atTheCap_keepsAllAndHasNoSummary() {
    List<ReadWarning> out = new ArrayList<>();
    CappedReports<ReadWarning> c = CappedReports.warnings(out::add);
    IntStream.range(0, CappedReports.DEFAULT_KEPT).forEach(i -> c.accept(warning("not a date")));

    assertThat(out).hasSize(1000);
    assertThat(c.dropped()).isZero();
    assertThat(c.summary(InputLocation.ofSource("f.csv"))).isEmpty();
  }

  @Test
  void warnings_oneOverTheCap_countsItInOneLocatedSummary() {
    List<ReadWarning> out = new ArrayList<>();
    CappedReports<ReadWarning> c = CappedReports.warnings(out::add);
    IntStream.range(0, 1000).forEach(i -> c.accept(warning("not a date")));
    c.accept(warning("unknown code"));

    assertThat(out).hasSize(1000);
    assertThat(c.droppedByKind()).isEqualTo(Map.of("unknown code", 1L));
    ReadWarning summary = c.summary(InputLocation.ofSource("f.csv")).orElseThrow();
    assertThat(summary.toString())
        .isEqualTo(
            "f.csv: 1 more warnings not kept, by kind: 'unknown code' 1: "
                + "counted only; the first 1000 are kept");
  }

  @Test
  void accept_moreKindsThanNamed_countsTheRestAsOther() {
    CappedReports<String> c = CappedReports.of(0, "reports", s -> s, s -> {});
    IntStream.range(0, CappedReports.MAX_KINDS + 3).forEach(i -> c.accept("k" + i));
    c.accept("k0");

    assertThat(c.droppedByKind()).hasSize(CappedReports.MAX_KINDS + 1);
    assertThat(c.droppedByKind().get("other")).isEqualTo(3L);
    assertThat(c.droppedByKind().get("k0")).isEqualTo(2L);
    assertThat(c.droppedByKind().keySet().iterator().next()).isEqualTo("k0");
  }

  @Test
  void of_negativeCap_isRefused() {
    assertThatThrownBy(() -> CappedReports.<String>of(-1, "reports", s -> s, s -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kept must not be negative: -1");
  }
}
