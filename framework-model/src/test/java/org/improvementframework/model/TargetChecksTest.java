package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The invariants that tie a target's text, periods and recurrence to its kind, against a
 * statement of them written out here: a target builds exactly when its parts fit its kind.
 */
class TargetChecksTest {

  private static final LocalDate D = LocalDate.of(2016, 2, 1);

  /** A day, a whole month, a month less its last day, a month less its first, a quarter. */
  private static final List<DateRange> SHAPES =
      List.of(
          DateRange.ofDay(D.plusDays(4)),
          DateRange.of(D, D.plusMonths(1).minusDays(1)),
          DateRange.of(D, D.plusMonths(1).minusDays(2)),
          DateRange.of(D.plusDays(1), D.plusMonths(1).minusDays(1)),
          DateRange.of(D, D.plusMonths(3).minusDays(1)));

  private static final List<String> TEXTS = List.of("", " \t", "Feb 16");

  private static boolean allowed(TargetKind kind, String text, List<DateRange> p, boolean rec) {
    if (text.isBlank() != (kind == TargetKind.NONE) || rec != (kind == TargetKind.RECURRING)) {
      return false;
    }
    return switch (kind) {
      case DAY -> p.size() == 1 && p.get(0).equals(SHAPES.get(0));
      case MONTH -> p.size() == 1 && p.get(0).equals(SHAPES.get(1));
      case QUARTER, FINANCIAL_YEAR, SEASON, TERM, RANGE -> p.size() == 1;
      case LIST -> p.size() >= 2;
      case RECURRING, OPEN_START -> p.size() <= 1;
      case TO_BE_CONFIRMED, UNRECOGNISED, NONE -> p.isEmpty();
    };
  }

  @Test
  void build_anyParts_succeedsExactlyWhenTheyFitTheKind() {
    qt().forAll(
            integers().between(0, TargetKind.values().length - 1),
            integers().between(0, TEXTS.size() - 1),
            lists().of(integers().between(0, SHAPES.size() - 1)).ofSizeBetween(0, 3),
            booleans().all())
        .checkAssert(
            (k, x, shapes, rec) -> {
              TargetKind kind = TargetKind.values()[k];
              String text = TEXTS.get(x);
              List<DateRange> periods = shapes.stream().map(SHAPES::get).toList();
              Target.Builder b = Target.builder().text(text).kind(kind).addAllPeriods(periods);
              if (rec) {
                b.recurrence(Recurrence.MONTHLY);
              }
              Throwable thrown = catchThrowable(b::build);
              if (allowed(kind, text, periods, rec)) {
                assertThat(thrown).isNull();
              } else {
                assertThat(thrown)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("target '" + text + "' of kind " + kind)
                    .hasMessageContaining(" with periods " + periods + ": ");
              }
            });
  }

  @Test
  void build_eachBrokenRule_isNamedInTheMessage() {
    assertThat(catchThrowable(() -> Target.builder().text("x").kind(TargetKind.NONE).build()))
        .hasMessageEndingWith(": text must be blank for kind NONE");
    assertThat(catchThrowable(() -> Target.builder().text(" ").kind(TargetKind.DAY).build()))
        .hasMessageEndingWith(": text must not be blank for this kind");
    assertThat(
            catchThrowable(
                () -> Target.builder().text("monthly").kind(TargetKind.RECURRING).build()))
        .hasMessageEndingWith(": a recurrence is present exactly when the kind is RECURRING");
    assertThat(catchThrowable(() -> Target.builder().text("x").kind(TargetKind.DAY).build()))
        .hasMessageEndingWith(": a DAY target has one period of one day");
    assertThat(catchThrowable(() -> Target.builder().text("x").kind(TargetKind.MONTH).build()))
        .hasMessageEndingWith(": a MONTH target has one period of a whole month");
    assertThat(catchThrowable(() -> Target.builder().text("x").kind(TargetKind.TERM).build()))
        .hasMessageEndingWith(": a target of this kind has one period");
    assertThat(catchThrowable(() -> Target.builder().text("x").kind(TargetKind.LIST).build()))
        .hasMessageEndingWith(": a LIST target has two or more periods");
    assertThat(
            catchThrowable(
                () ->
                    Target.builder()
                        .text("x")
                        .kind(TargetKind.OPEN_START)
                        .addPeriods(SHAPES.get(0), SHAPES.get(1))
                        .build()))
        .hasMessageEndingWith(": a target of this kind has at most one period");
    assertThat(
            catchThrowable(
                () ->
                    Target.builder()
                        .text("x")
                        .kind(TargetKind.TO_BE_CONFIRMED)
                        .addPeriods(SHAPES.get(0))
                        .build()))
        .hasMessageEndingWith(": a target of this kind has no period");
  }
}
