package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;
import org.junit.jupiter.api.Test;

/** The reader's reuse of targets by their text. */
class TargetDraftTest {

  private static final List<String> TEXTS = List.of("March 2015", "Q1 2015/16", "TBC");
  private static final List<TargetKind> KINDS =
      List.of(
          TargetKind.MONTH,
          TargetKind.DAY,
          TargetKind.QUARTER,
          TargetKind.RECURRING,
          TargetKind.TO_BE_CONFIRMED);
  private static final List<DateRange> RANGES =
      List.of(
          DateRange.of(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31)),
          DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 6, 30)),
          DateRange.of(LocalDate.of(2015, 3, 31), LocalDate.of(2015, 3, 31)));

  /** The parts of one target, decoded from a number so that QuickTheories can shrink it. */
  private record Parts(String text, TargetKind kind, List<DateRange> periods, Recurrence every) {

    static Parts of(int n) {
      int p = n / 15 % 7;
      List<DateRange> periods =
          p == 0
              ? List.of()
              : p <= 3
                  ? List.of(RANGES.get(p - 1))
                  : List.of(RANGES.get(p - 4), RANGES.get((p - 3) % 3));
      return new Parts(
          TEXTS.get(n % 3),
          KINDS.get(n / 3 % 5),
          periods,
          n / 105 % 2 == 0 ? null : Recurrence.MONTHLY);
    }

    Target direct() {
      Target.Builder b = Target.builder().text(text).kind(kind).addAllPeriods(periods);
      if (every != null) {
        b.recurrence(every);
      }
      return b.build();
    }

    TargetDraft fill(TargetDraft d) {
      d.start();
      d.text = new String(text);
      d.kind = kind;
      periods.forEach(r -> d.addPeriod(CanonicalText.key(r.start()), CanonicalText.key(r.end())));
      if (every != null) {
        d.recurrence = every;
      }
      return d;
    }
  }

  @Test
  void build_givesTheTargetOfItsOwnParts_whateverWasBuiltBeforeWithTheSameText() {
    // Three texts, each coming back with other kinds, periods and recurrences, valid or not.
    qt().forAll(lists().of(integers().between(0, 209)).ofSizeBetween(1, 40))
        .checkAssert(
            codes -> {
              TargetDraft draft = new TargetDraft();
              for (int code : codes) {
                Parts parts = Parts.of(code);
                IllegalArgumentException refused =
                    catchThrowableOfType(IllegalArgumentException.class, parts::direct);
                TargetDraft d = parts.fill(draft);
                if (refused == null) {
                  assertThat(d.build()).isEqualTo(parts.direct());
                } else {
                  assertThat(catchThrowableOfType(IllegalArgumentException.class, d::build))
                      .hasMessage(refused.getMessage());
                }
              }
            });
  }

  @Test
  void build_sameTextAndParts_isTheTargetBuiltBefore_otherPartsAreNot() {
    TargetDraft draft = new TargetDraft();
    Parts march = Parts.of(15);
    Target first = march.fill(draft).build();
    assertThat(first).isEqualTo(march.direct());
    assertThat(march.fill(draft).build()).isSameAs(first);
    // The same text read as another kind is a target of its own, which then is the one kept.
    Parts day = new Parts(march.text(), TargetKind.DAY, List.of(RANGES.get(2)), null);
    Target lastDay = day.fill(draft).build();
    assertThat(lastDay).isNotEqualTo(first).isEqualTo(day.direct());
    assertThat(day.fill(draft).build()).isSameAs(lastDay);
    assertThat(march.fill(draft).build()).isEqualTo(first);
  }

  @Test
  void build_manyPeriods_isTheTargetBuiltBefore_onlyWhenEveryPeriodIsEqual() {
    TargetDraft draft = new TargetDraft();
    List<DateRange> five =
        List.of(
            RANGES.get(0),
            RANGES.get(1),
            RANGES.get(2),
            DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 31)),
            DateRange.of(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)));
    Parts many = new Parts("Five months", TargetKind.LIST, five, null);
    Target first = many.fill(draft).build();
    assertThat(first).isEqualTo(many.direct());
    assertThat(many.fill(draft).build()).isSameAs(first);
    List<DateRange> lastOther =
        List.of(
            five.get(0),
            five.get(1),
            five.get(2),
            five.get(3),
            DateRange.of(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 28)));
    Parts other = new Parts("Five months", TargetKind.LIST, lastOther, null);
    assertThat(other.fill(draft).build()).isEqualTo(other.direct()).isNotEqualTo(first);
  }

  @Test
  void build_datesFarApart_areNeverTakenForEachOther() {
    TargetDraft draft = new TargetDraft();
    LocalDate day = LocalDate.of(2015, 3, 31);
    for (int bits : new int[] {22, 23, 24, 29}) {
      LocalDate far = day.plusYears(1L << bits);
      Parts near = new Parts("31 March", TargetKind.DAY, List.of(DateRange.of(day, day)), null);
      Parts away = new Parts("31 March", TargetKind.DAY, List.of(DateRange.of(far, far)), null);
      assertThat(near.fill(draft).build()).isEqualTo(near.direct());
      assertThat(away.fill(draft).build()).as("%d years on", 1L << bits).isEqualTo(away.direct());
    }
  }
}
