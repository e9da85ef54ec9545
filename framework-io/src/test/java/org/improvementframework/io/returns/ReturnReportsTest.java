package org.improvementframework.io.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.cin.CinCensus;
import org.improvementframework.io.returns.workforce.WorkforceCensus;
import org.junit.jupiter.api.Test;

/** The kept reports and the header that both censuses share, and what ReadReports gives. */
class ReturnReportsTest {

  private static PlanFormatException problem(int i) {
    return PlanFormatException.builder("not a date " + i)
        .at(InputLocation.ofSource("census.xml"))
        .build();
  }

  @Test
  void finish_anyNumberOfProblems_countsEveryOneAndKeepsTheCapInOrder() {
    qt().withExamples(40)
        .forAll(integers().between(0, CappedReports.DEFAULT_KEPT + 30))
        .checkAssert(
            n -> {
              ReadReports reading = new ReadReports();
              List<PlanFormatException> sent = new ArrayList<>();
              IntStream.range(0, n).mapToObj(ReturnReportsTest::problem).forEach(sent::add);
              sent.forEach(reading.problems());

              ReturnReports r = reading.finish(InputLocation.ofSource("census.xml"));

              int kept = Math.min(n, CappedReports.DEFAULT_KEPT);
              assertThat(r.problemCount()).isEqualTo((long) n);
              assertThat(r.problems()).containsExactlyElementsOf(sent.subList(0, kept));
              // one summary warning when, and only when, problems were left out
              assertThat(r.warnings()).hasSize(n > kept ? 1 : 0);
              assertThat(r.problems()).isEqualTo(reading.keptProblems());
              assertThat(r.warnings()).isEqualTo(reading.keptWarnings());
            });
  }

  @Test
  void new_countBelowTheProblemsKept_isRefused() {
    qt().forAll(integers().between(1, 20), integers().between(0, 40))
        .checkAssert(
            (size, count) -> {
              List<PlanFormatException> kept =
                  IntStream.range(0, size).mapToObj(ReturnReportsTest::problem).toList();
              if (count < size) {
                assertThatThrownBy(() -> new ReturnReports(count, kept, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("problemCount " + count + " is less than the " + size + " kept");
              } else {
                assertThat(new ReturnReports(count, kept, List.of()).problems()).isEqualTo(kept);
              }
            });
  }

  @Test
  void new_copiesItsLists() {
    List<PlanFormatException> problems = new ArrayList<>(List.of(problem(1)));
    List<ReadWarning> warnings = new ArrayList<>();
    ReturnReports r = new ReturnReports(1, problems, warnings);
    problems.clear();
    warnings.add(ReadWarning.of(InputLocation.ofSource("census.xml"), "late", "", "kept"));

    assertThat(r.problems()).hasSize(1);
    assertThat(r.warnings()).isEmpty();
    assertThatThrownBy(() -> new ReturnReports(0, null, List.of()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void header_nullPart_isRefusedByName() {
    assertThatThrownBy(() -> new ReturnHeader(null, "", Optional.empty(), ""))
        .hasMessage("collection");
    assertThatThrownBy(() -> new ReturnHeader("", null, Optional.empty(), "")).hasMessage("year");
    assertThatThrownBy(() -> new ReturnHeader("", "", null, "")).hasMessage("referenceDate");
    assertThatThrownBy(() -> new ReturnHeader("", "", Optional.empty(), null)).hasMessage("lea");
  }

  @Test
  void census_accessorsOfTheHeaderAndReports_giveTheirParts() {
    ReturnHeader h = new ReturnHeader("CIN", "2024", Optional.of(LocalDate.of(2024, 3, 31)), "9");
    ReturnReports r = new ReturnReports(3, List.of(problem(1)), List.of());
    List<Census> both =
        List.of(
            new CinCensus(h, List.of(), List.of(), List.of(), 0, 0, 0, 2024, 0, 0, r),
            new WorkforceCensus(h, Optional.empty(), Optional.empty(), List.of(), r));
    for (Census c : both) {
      assertThat(c.referenceDate()).isEqualTo(h.referenceDate());
      assertThat(c.lea()).isEqualTo("9");
      assertThat(c.problemCount()).isEqualTo(3);
      assertThat(c.problems()).isEqualTo(r.problems());
      assertThat(c.warnings()).isEqualTo(r.warnings());
    }
    assertThatThrownBy(
            () -> new WorkforceCensus(null, Optional.empty(), Optional.empty(), List.of(), r))
        .hasMessage("header");
    assertThatThrownBy(
            () -> new CinCensus(h, List.of(), List.of(), List.of(), 0, 0, 0, 0, 0, 0, null))
        .hasMessage("reports");
  }
}
