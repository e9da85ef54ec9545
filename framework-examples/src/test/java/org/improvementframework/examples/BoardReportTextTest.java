package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The text report pads, cuts and rounds by hand instead of with {@link java.util.Formatter} and
 * regular expressions (which cost a one-shot command's start): the hand-written helpers must
 * give what the formatter and the regular expression gave.
 */
class BoardReportTextTest {

  /** Letters, ASCII white space that {@code \s} matches, and Unicode spaces that it does not. */
  private static final List<String> PIECES =
      List.of("a", "B", "é", "…", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u2003", "\u00A0");

  private static String cutAsBefore(String s, int width) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= width ? one : one.substring(0, width - 1) + "\u2026";
  }

  @Test
  void property_cut_collapsesWhiteSpaceAndCutsAsTheRegularExpressionDid() {
    Gen<String> text =
        lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 30).map(l -> String.join("", l));
    qt().withExamples(1000)
        .forAll(text, integers().between(1, 24))
        .checkAssert(
            (s, width) -> {
              String cut = BoardReportText.cut(s, width);
              assertThat(cut).isEqualTo(cutAsBefore(s, width));
              assertThat(cut.length()).isLessThanOrEqualTo(width);
            });
  }

  @Test
  void property_wholePercent_roundsAsTheFormatterDid() {
    qt().withExamples(1000)
        .forAll(integers().between(1, 1_000_000), doubles().between(0, 1))
        .checkAssert(
            (total, share) -> {
              long complete = Math.round(total * share);
              double percent = 100.0 * complete / total;
              assertThat(BoardReport.wholePercent(percent))
                  .isEqualTo(String.format(Locale.ROOT, "%.0f%%", percent));
            });
    qt().withExamples(1000)
        .forAll(doubles().between(0, 100))
        .checkAssert(
            p ->
                assertThat(BoardReport.wholePercent(p))
                    .isEqualTo(String.format(Locale.ROOT, "%.0f%%", p)));
  }

  @Test
  void wholePercent_halvesRoundUp() {
    assertThat(BoardReport.wholePercent(12.5)).isEqualTo("13%");
    assertThat(BoardReport.wholePercent(0.49)).isEqualTo("0%");
    assertThat(BoardReport.wholePercent(100)).isEqualTo("100%");
  }
}
