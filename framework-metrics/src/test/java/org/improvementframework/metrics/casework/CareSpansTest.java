package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Placement;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The looked-after calculators' columnar paths refuse exactly the spans their records refuse, for
 * the same reason: what one path drops, the other cannot count.
 */
class CareSpansTest {

  private static final DateRange PERIOD =
      DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

  /** Spaces Java counts as white space, one it does not (no-break space), and letters. */
  private static final char[] ALPHABET = {' ', '\t', '\n', '\u2003', '\u00a0', 'A', 'b'};

  @Test
  void check_anySpan_refusesWhatTheRecordRefuses_inBothCalculators() {
    Gen<String> ids =
        lists()
            .of(integers().between(0, ALPHABET.length - 1))
            .ofSizeBetween(0, 4)
            .map(
                l ->
                    l.stream().map(i -> String.valueOf(ALPHABET[i])).collect(Collectors.joining()));
    int first = (int) PERIOD.start().toEpochDay() - 3;
    qt().withExamples(500)
        .forAll(ids, integers().between(first, first + 6), integers().between(first, first + 6))
        .checkAssert(
            (id, start, end) -> {
              String expected =
                  outcome(
                      () ->
                          new Placement(
                              id,
                              LocalDate.ofEpochDay(start),
                              Optional.of(LocalDate.ofEpochDay(end)),
                              "U1",
                              false));
              List<Runnable> columnar =
                  List.of(
                      () -> PlacementMoves.of(PERIOD).addPlacement(id, start, end, false),
                      () -> PlacementMoves.of(PERIOD).addPeriod(id, start, end),
                      () ->
                          LongTermPlacementStability.of(PERIOD)
                              .addPlacement(id, start, end, "U1", false),
                      () -> LongTermPlacementStability.of(PERIOD).addPeriod(id, 0, start, end));
              for (Runnable path : columnar) {
                assertThat(outcome(path))
                    .as("id of %d characters", id.length())
                    .isEqualTo(expected);
              }
            });
  }

  @Test
  void endDay_ofNoEnd_isAfterEveryDay() {
    assertThat(CareSpans.endDay(Optional.empty())).isEqualTo(PlacementMoves.NO_END);
    assertThat(CareSpans.endDay(Optional.of(LocalDate.MAX)))
        .isEqualTo(LocalDate.MAX.toEpochDay())
        .isLessThan(LongTermPlacementStability.NO_END);
  }

  /** "accepted", or what was refused: the id as blank, or the dates as out of order. */
  private static String outcome(Runnable r) {
    try {
      r.run();
      return "accepted";
    } catch (IllegalArgumentException e) {
      return e.getMessage().contains("blank") ? "blank id" : "dates out of order";
    }
  }
}
