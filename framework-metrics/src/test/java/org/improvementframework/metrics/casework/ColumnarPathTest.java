package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.StrategyDiscussion;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The columnar path of the event calculators (an id as any {@code CharSequence} and an epoch day,
 * no record) gives the result of the record path, for generated records; that of the looked-after
 * calculators refuses exactly what their records refuse.
 */
class ColumnarPathTest {

  private static final DateRange PERIOD =
      DateRange.of(LocalDate.of(2016, 4, 1), LocalDate.of(2019, 3, 31));
  private static final DateRange CARE_YEAR =
      DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

  /** Spaces Java counts as white space, one it does not (no-break space), and letters. */
  private static final char[] ALPHABET = {' ', '\t', '\n', '\u2003', '\u00a0', 'A', 'b'};

  @Test
  void icpc_columnarPath_givesTheRecordPathsResult() {
    qt().withExamples(60)
        .forAll(QuickTheoriesGen.of(CaseRecordGenerator.records(60), r -> r.size() + " records"))
        .checkAssert(
            records -> {
              IcpcTimeliness byRecord =
                  IcpcTimeliness.of(PERIOD, WorkingDayCalendar.englandAndWales());
              IcpcTimeliness byColumn =
                  IcpcTimeliness.of(PERIOD, WorkingDayCalendar.englandAndWales());
              for (Object r : records) {
                if (r instanceof StrategyDiscussion d) {
                  byRecord.add(d);
                  byColumn.addDiscussion(new StringBuilder(d.childId()), d.date().toEpochDay());
                } else if (r instanceof InitialConference c) {
                  byRecord.add(c);
                  byColumn.addConference(new StringBuilder(c.childId()), c.date().toEpochDay());
                }
              }
              assertThat(byColumn.result()).isEqualTo(byRecord.result());
              assertThat(byColumn.timings()).isEqualTo(byRecord.timings());
            });
  }

  @Test
  void reReferrals_columnarPath_givesTheRecordPathsResult() {
    qt().withExamples(60)
        .forAll(QuickTheoriesGen.of(CaseRecordGenerator.records(60), r -> r.size() + " records"))
        .checkAssert(
            records -> {
              ReReferrals byRecord = ReReferrals.of(PERIOD);
              ReReferrals byColumn = ReReferrals.of(PERIOD);
              for (Object r : records) {
                if (r instanceof Referral f) {
                  byRecord.add(f);
                  byColumn.addReferral(new StringBuilder(f.childId()), f.date().toEpochDay());
                }
              }
              assertThat(byColumn.result()).isEqualTo(byRecord.result());
            });
  }

  @Test
  void result_listsChildrenInIdOrder_whateverTheOrderTheyCameIn() {
    ReReferrals r = ReReferrals.of(PERIOD);
    for (String id : List.of("C9", "C10", "A2", "C9")) {
      r.addReferral(id, LocalDate.of(2017, 5, 1).toEpochDay());
    }
    assertThat(r.result().included())
        .extracting(IndicatorResult.Counted::id)
        .containsExactly("A2", "C10", "C9");
    assertThat(r.result().excluded())
        .extracting(IndicatorResult.Excluded::id)
        .containsExactly("C9");
  }

  @Test
  void blankIds_areRefused_onTheColumnarPath() {
    assertThatThrownBy(() -> ReReferrals.of(PERIOD).addReferral(" ", 17000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("childId");
    assertThatThrownBy(
            () ->
                IcpcTimeliness.of(PERIOD, WorkingDayCalendar.englandAndWales())
                    .addConference(null, 17000))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("childId");
  }

  @Test
  void lookedAfter_columnarPath_refusesExactlyTheSpansThePlacementRecordRefuses() {
    Gen<String> ids =
        lists()
            .of(integers().between(0, ALPHABET.length - 1))
            .ofSizeBetween(0, 4)
            .map(
                l ->
                    l.stream().map(i -> String.valueOf(ALPHABET[i])).collect(Collectors.joining()));
    int first = (int) CARE_YEAR.start().toEpochDay() - 3;
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
                      () -> PlacementMoves.of(CARE_YEAR).addPlacement(id, start, end, false),
                      () -> PlacementMoves.of(CARE_YEAR).addPeriod(id, start, end),
                      () ->
                          LongTermPlacementStability.of(CARE_YEAR)
                              .addPlacement(id, start, end, "U1", false),
                      () -> LongTermPlacementStability.of(CARE_YEAR).addPeriod(id, 0, start, end));
              for (Runnable path : columnar) {
                assertThat(outcome(path))
                    .as("id of %d characters", id.length())
                    .isEqualTo(expected);
              }
            });
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
