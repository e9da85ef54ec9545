package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The bounded-memory {@link LongTermPlacementStability} against the definition the direct way:
 * every record of every child kept, then filtered (the calculator as it was before it reduced
 * records as they come, kept here as the oracle).
 */
class LongTermPlacementStabilityColumnarTest {

  private static final DateRange FY =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
  private static final LocalDate END = FY.end();
  private static final String[] TYPES = {"A3", "A4", "U1", "A6", "K2"};

  /**
   * Records crowded around the days that decide: period starts near 30 months before the end,
   * placements changing near 2 years before it, same-day placements, overlapping periods and
   * placements, short breaks, chains of A3/A4 placements, births near 16 years before the end.
   */
  private static Gen<Object> record() {
    Gen<Integer> child = integers().between(0, 7);
    Gen<Integer> day = integers().between(-1400, 60); // days from the end day
    Gen<Integer> length = integers().between(-1, 900); // -1: not ended
    Gen<Integer> kind = integers().between(0, 9);
    return child
        .zip(day, length, kind, (c, d, len, k) -> new int[] {c, d, len, k})
        .zip(
            integers().between(0, TYPES.length - 1),
            integers().between(-40, 40),
            (a, t, b) -> make(a[0], a[1], a[2], a[3], t, b));
  }

  private static Object make(int c, int d, int len, int k, int t, int b) {
    String id = "C" + c;
    LocalDate start = END.plusDays(d);
    Optional<LocalDate> end = len < 0 ? Optional.empty() : Optional.of(start.plusDays(len % 700));
    if (k < 3) {
      LocalDate dob = END.minusYears(16).plusDays(b * 40L);
      return new LookedAfterPeriod(id, dob, start, end);
    }
    if (k == 9 && len >= 0) {
      // a same-day placement, which a chain can stay on
      return new Placement(id, start, Optional.of(start), TYPES[t], false);
    }
    return new Placement(id, start, end, TYPES[t], k == 8);
  }

  @Test
  void result_ofAnyRecordsInAnyOrderAndSplit_equalsKeepingEveryRecord() {
    qt().withExamples(400)
        .forAll(lists().of(record()).ofSizeBetween(0, 40), longs().all(), integers().between(1, 4))
        .checkAssert(
            (records, seed, parts) -> {
              IndicatorResult expected = keepingEveryRecord(FY, records);
              List<Object> shuffled = new ArrayList<>(records);
              Random random = new Random(seed);
              Collections.shuffle(shuffled, random);
              List<LongTermPlacementStability> pieces = new ArrayList<>();
              for (int i = 0; i < parts; i++) {
                pieces.add(LongTermPlacementStability.of(FY));
              }
              for (Object r : shuffled) {
                add(pieces.get(random.nextInt(parts)), r);
              }
              LongTermPlacementStability whole = pieces.get(0);
              for (int i = 1; i < parts; i++) {
                whole.merge(pieces.get(i));
              }
              assertThat(whole.result()).isEqualTo(expected);
              assertThat(whole.result()).isEqualTo(expected); // result() twice is the same
            });
  }

  @Test
  void merge_withItself_changesNothing() {
    qt().withExamples(100)
        .forAll(lists().of(record()).ofSizeBetween(0, 30))
        .checkAssert(
            records -> {
              LongTermPlacementStability c = LongTermPlacementStability.of(FY);
              records.forEach(r -> add(c, r));
              IndicatorResult before = c.result();
              assertThat(c.merge(c).result()).isEqualTo(before);
            });
  }

  @Test
  void adoptionChain_throughSameDayPlacements_reachesTheFosterPlacement() {
    LongTermPlacementStability c =
        LongTermPlacementStability.of(FY)
            .add(new LookedAfterPeriod("A", date("2012-01-01"), date("2019-01-01"), none()))
            .add(placement("A", "2020-01-01", "2023-06-01", "U1"))
            .add(placement("A", "2023-06-01", "2023-06-01", "A3"))
            .add(placement("A", "2023-06-01", null, "A4"));
    assertThat(c.result().included()).containsExactly(new Counted("A", END, BigDecimal.ONE));
    // a foster placement begun after 31 March 2022 does not make 2 years
    c.add(new LookedAfterPeriod("B", date("2012-01-01"), date("2019-01-01"), none()))
        .add(placement("B", "2022-04-01", "2023-06-01", "U1"))
        .add(placement("B", "2023-06-01", null, "A4"));
    assertThat(c.result().included())
        .containsExactly(
            new Counted("A", END, BigDecimal.ONE), new Counted("B", END, BigDecimal.ZERO));
  }

  @Test
  void addPlacement_columnar_refusesWhatTheRecordRefuses() {
    LongTermPlacementStability c = LongTermPlacementStability.of(FY);
    assertThatThrownBy(() -> c.addPlacement(" ", 1, 2, "U1", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.addPeriod("A", 0, 5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.addPlacement("A", 1, 2, null, false))
        .isInstanceOf(NullPointerException.class);
  }

  private static LocalDate date(String d) {
    return LocalDate.parse(d);
  }

  private static Optional<LocalDate> none() {
    return Optional.empty();
  }

  private static Placement placement(String id, String start, String end, String type) {
    return new Placement(
        id, date(start), Optional.ofNullable(end).map(LocalDate::parse), type, false);
  }

  private static void add(LongTermPlacementStability c, Object r) {
    if (r instanceof LookedAfterPeriod p) {
      c.add(p);
    } else if (r instanceof Placement p) {
      c.add(p);
    }
  }

  private static final Set<String> ADOPTIVE = Set.of("A3", "A4");

  /**
   * The definition the direct way, as the calculator was before: every record kept by child, the
   * rules applied at the end. The one change: where two placements that ended the same day also
   * began the same day, the smaller type code is taken (the old code took the first added, so
   * its answer hung on the order of the records in that tie).
   */
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
          Optional<LookedAfterPeriod> care = h.openAtEnd(id, c, excluded);
          if (care.isEmpty()) {
            return;
          }
          if (!care.get().dateOfBirth().plusYears(16).isAfter(end)) {
            excluded.add(new Excluded(id, end, LongTermPlacementStability.AGED_16));
            return;
          }
          if (care.get().start().isAfter(end.minusMonths(30))) {
            excluded.add(new Excluded(id, end, LongTermPlacementStability.NOT_LONG_ENOUGH));
            return;
          }
          Optional<Placement> current = CareHistories.currentPlacement(id, c, end, excluded);
          if (current.isEmpty()) {
            return;
          }
          LocalDate since = since(current.get(), c.placements);
          included.add(
              new Counted(
                  id, end, since.isAfter(end.minusYears(2)) ? BigDecimal.ZERO : BigDecimal.ONE));
        });
    return IndicatorResult.percentage(
        "Children under 16 looked after 2.5 years or more, in the same placement for 2 years",
        period,
        CountingUnit.CHILDREN,
        included,
        excluded,
        Map.of());
  }

  private static LocalDate since(Placement current, List<Placement> all) {
    Placement p = current;
    for (int guard = 0; guard < all.size() && ADOPTIVE.contains(p.placementType()); guard++) {
      LocalDate start = p.start();
      Optional<Placement> before =
          all.stream()
              .filter(q -> !q.shortBreak() && q.end().isPresent() && q.end().get().equals(start))
              .min(Comparator.comparing(Placement::start).thenComparing(Placement::placementType));
      if (before.isEmpty()) {
        break;
      }
      p = before.get();
    }
    return p.start();
  }
}
