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
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;

/**
 * {@link PlacementMoves} keeps a code of four flags and a count per record, or per child, instead
 * of every record; these
 * properties hold it, on its record path and on its columnar path, to the definition computed
 * the direct way: every record of every child kept, then filtered ({@link CareHistories}, as the
 * calculator did before).
 */
class PlacementMovesColumnarTest {

  @Test
  void recordAndColumnarPaths_giveTheResultOfKeepingEveryRecord() {
    qt().withExamples(80)
        .forAll(
            QuickTheoriesGen.of(CaseRecordGenerator.records(50), r -> r.size() + " records"),
            integers().between(2015, 2025))
        .checkAssert(
            (records, year) -> {
              DateRange fy = DateRange.of(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
              IndicatorResult expected = keepingEveryRecord(fy, records);
              PlacementMoves byRecord = PlacementMoves.of(fy);
              PlacementMoves byColumn = PlacementMoves.of(fy);
              for (Object r : records) {
                if (r instanceof LookedAfterPeriod p) {
                  byRecord.add(p);
                  byColumn.addPeriod(
                      new StringBuilder(p.childId()), p.start().toEpochDay(), day(p.end()));
                } else if (r instanceof Placement p) {
                  byRecord.add(p);
                  byColumn.addPlacement(
                      new StringBuilder(p.childId()),
                      p.start().toEpochDay(),
                      day(p.end()),
                      p.shortBreak());
                }
              }
              assertThat(byRecord.result()).isEqualTo(expected);
              assertThat(byColumn.result()).isEqualTo(expected);
            });
  }

  /**
   * Short ids (kept beside each record's code and sorted once) and long ones (numbered through
   * the id table) give the same result: every id prefixed with ten characters, which keeps their
   * order but makes them all long, gives the same entries with the prefix on their ids; so do a
   * long id among short ones, short ids too wide to pack beside the codes, and merges of two
   * parts in either order.
   */
  @Test
  void result_isTheSame_forShortAndLongIds_andAcrossMerges() {
    DateRange fy = DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
    String prefix = "PLACEMENT-";
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 3 * 31 - 1)).ofSizeBetween(1, 80),
            lists().of(integers().between(0, 800)).ofSizeBetween(1, 80),
            integers().between(0, 80),
            integers().between(ShortIdCases.SHORT, ShortIdCases.WIDE))
        .checkAssert(
            (records, days, split, style) -> {
              PlacementMoves byShort = PlacementMoves.of(fy);
              PlacementMoves byLong = PlacementMoves.of(fy);
              PlacementMoves first = PlacementMoves.of(fy);
              PlacementMoves second = PlacementMoves.of(fy);
              for (int i = 0; i < records.size(); i++) {
                String id = ShortIdCases.id(records.get(i) / 3, style);
                int kind = records.get(i) % 3;
                long start = LocalDate.of(2022, 10, 1).toEpochDay() + days.get(i % days.size());
                int length = days.get((i + 1) % days.size()) / 2;
                long end = length > 350 ? PlacementMoves.NO_END : start + length;
                add(byShort, id, start, end, kind);
                add(byLong, prefix + id, start, end, kind);
                add(i < split ? first : second, id, start, end, kind);
              }
              IndicatorResult expected = byShort.result();
              ShortIdCases.assertPrefixed(byLong.result(), expected, prefix);
              assertThat(PlacementMoves.of(fy).merge(first).merge(second).result())
                  .isEqualTo(expected);
              assertThat(second.merge(first).result()).isEqualTo(expected);
            });
  }

  /** A period of care (kind 0), a placement (1) or a short break (2). */
  private static void add(PlacementMoves m, String id, long start, long end, int kind) {
    if (kind == 0) {
      m.addPeriod(id, start, end);
    } else {
      m.addPlacement(new StringBuilder(id), start, end, kind == 2);
    }
  }

  @Test
  void recordsOutsideThePeriod_leaveNoChildBehind() {
    DateRange fy = DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
    long before = LocalDate.of(2020, 1, 1).toEpochDay();
    long after = LocalDate.of(2024, 4, 1).toEpochDay();
    PlacementMoves m = PlacementMoves.of(fy);
    for (int i = 0; i < 1000; i++) {
      m.addPeriod("OLD" + i, before, before + 30);
      m.addPlacement("OLD" + i, before, before + 30, false);
      m.addPlacement("NEW" + i, after, PlacementMoves.NO_END, false);
    }
    IndicatorResult r = m.result();
    assertThat(r.included()).isEmpty();
    assertThat(r.excluded()).isEmpty();
  }

  @Test
  void columnarPath_refusesWhatTheRecordRefuses() {
    PlacementMoves m =
        PlacementMoves.of(DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)));
    assertThatThrownBy(() -> m.addPeriod(" ", 19000, PlacementMoves.NO_END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("childId must not be blank");
    assertThatThrownBy(() -> m.addPlacement("A", 19000, 18999, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must be on or after start");
    assertThatThrownBy(() -> m.addPlacement(null, 19000, 19001, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("childId");
  }

  private static long day(Optional<LocalDate> end) {
    return end.map(LocalDate::toEpochDay).orElse(PlacementMoves.NO_END);
  }

  /** The definition the direct way: every child's records kept, then filtered. */
  static IndicatorResult keepingEveryRecord(DateRange period, List<Object> records) {
    CareHistories h = new CareHistories(period);
    for (Object r : records) {
      if (r instanceof LookedAfterPeriod p) {
        h.add(p);
      } else if (r instanceof Placement p) {
        h.add(p);
      }
    }
    LocalDate end = period.end();
    List<Counted> included = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    h.children.forEach(
        (id, c) -> {
          if (h.openAtEnd(id, c, excluded).isEmpty()
              || CareHistories.currentPlacement(id, c, end, excluded).isEmpty()) {
            return;
          }
          long placements =
              c.placements.stream()
                  .filter(p -> !p.shortBreak() && p.overlaps(period.start(), end))
                  .count();
          included.add(new Counted(id, end, placements >= 3 ? BigDecimal.ONE : BigDecimal.ZERO));
        });
    return IndicatorResult.percentage(
        "Children looked after with 3 or more placements",
        period,
        CountingUnit.CHILDREN,
        included,
        excluded,
        Map.of());
  }
}
