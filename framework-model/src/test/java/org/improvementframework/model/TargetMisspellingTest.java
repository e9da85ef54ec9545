package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-kept plans misspell long month names ("Septmber", "Febuary"): a long word one edit away
 * (a letter dropped, added, changed, or two swapped) is read as the month; two edits are not.
 */
class TargetMisspellingTest {

  private static final List<String> LONG_MONTHS =
      List.of("january", "february", "august", "september", "october", "november", "december");

  private static YearMonth month(String name) {
    return YearMonth.of(
        2015,
        switch (name) {
          case "january" -> 1;
          case "february" -> 2;
          case "august" -> 8;
          case "september" -> 9;
          case "october" -> 10;
          case "november" -> 11;
          default -> 12;
        });
  }

  private static void assertReadsAs(String written, String month) {
    Target t = Target.parse(written + " 2015");
    assertThat(t.kind()).as(written).isEqualTo(TargetKind.MONTH);
    assertThat(t.deadline()).as(written).contains(month(month).atEndOfMonth());
  }

  @Test
  void oneLetterDropped_isTheMonth() {
    qt().forAll(integers().between(0, LONG_MONTHS.size() - 1), integers().between(0, 8))
        .checkAssert(
            (m, at) -> {
              String w = LONG_MONTHS.get(m);
              int i = at % w.length();
              assertReadsAs(w.substring(0, i) + w.substring(i + 1), w);
            });
  }

  @Test
  void oneLetterChangedOrAdded_isTheMonth() {
    qt().forAll(integers().between(0, LONG_MONTHS.size() - 1), integers().between(0, 8))
        .checkAssert(
            (m, at) -> {
              String w = LONG_MONTHS.get(m);
              int i = at % w.length();
              assertReadsAs(w.substring(0, i) + "x" + w.substring(i + 1), w);
              assertReadsAs(w.substring(0, i) + "x" + w.substring(i), w);
              assertReadsAs(w + "x", w);
            });
  }

  @Test
  void twoNeighboursSwapped_isTheMonth() {
    qt().forAll(integers().between(0, LONG_MONTHS.size() - 1), integers().between(0, 7))
        .checkAssert(
            (m, at) -> {
              String w = LONG_MONTHS.get(m);
              int i = at % (w.length() - 1);
              String swapped =
                  w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
              assertReadsAs(swapped, w);
            });
  }

  @Test
  void capitalsAndMisspellingTogether_isTheMonth() {
    assertReadsAs("SEPTMBER", "september");
    assertReadsAs("Febuary", "february");
    assertReadsAs("Novmber", "november");
  }

  @Test
  void twoEdits_areNotAMonth() {
    for (String w : LONG_MONTHS) {
      for (String bad :
          List.of(
              "xx" + w.substring(2),
              w.substring(0, w.length() - 2) + "xx",
              "x" + w.substring(1, w.length() - 1) + "x")) {
        Throwable t = catchThrowable(() -> Target.parse(bad + " 2015"));
        assertThat(t).as(bad).isInstanceOf(TargetParseException.class);
      }
    }
  }

  @Test
  void shortWordsAreNeverMatchedLoosely() {
    // "mat" is one letter from "mar" and "may", "jum" from "jun": too short to guess.
    for (String bad : List.of("mat", "jum", "octx", "augx")) {
      assertThat(catchThrowable(() -> Target.parse(bad + " 2015")))
          .as(bad)
          .isInstanceOf(TargetParseException.class);
    }
  }
}
