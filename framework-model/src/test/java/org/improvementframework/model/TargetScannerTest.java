package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/** The scanner of target texts: tokens that lose nothing and keep their places in the text. */
class TargetScannerTest {

  /** Pieces of target texts as councils write them, and the characters between them. */
  private static final List<String> PIECES =
      List.of(
          "March",
          "sept",
          "Febuary",
          "by",
          "end",
          "of",
          "thereafter",
          "monthly",
          "w",
          "c",
          "Q",
          "FY",
          "TBC",
          "ongoing",
          "x",
          "15",
          "2015",
          "1",
          "31st",
          "2nd",
          "3rd",
          "4th",
          "12TH",
          "0",
          "9999",
          "/",
          "-",
          ".",
          ",",
          "&",
          "'",
          "(",
          ")",
          ":",
          ";",
          "+",
          "?",
          "!",
          "*",
          "\u2013",
          "\u2014",
          "\u2212",
          "\u2019",
          " ",
          "  ",
          "\t",
          "\u00a0",
          "\u2007",
          "\n");

  private static Gen<String> texts() {
    return lists()
        .of(integers().between(0, PIECES.size() - 1))
        .ofSizeBetween(0, 30)
        .map(
            picks -> {
              StringBuilder b = new StringBuilder();
              picks.forEach(p -> b.append(PIECES.get(p)));
              return b.toString();
            });
  }

  /** The text before the first token, between tokens, and after the last up to the end. */
  private static String joinedWithGaps(TargetTokens tokens, int end) {
    String text = tokens.text();
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (int t = 0; t < tokens.count(); t++) {
      assertThat(text.substring(at, tokens.start(t)).chars().allMatch(TargetScannerTest::isSpace))
          .as("gap before token %d of '%s'", t, text)
          .isTrue();
      assertThat(tokens.end(t)).isGreaterThan(tokens.start(t));
      b.append(text, at, tokens.end(t));
      at = tokens.end(t);
    }
    assertThat(text.substring(at, end).chars().allMatch(TargetScannerTest::isSpace)).isTrue();
    return b.append(text, at, end).toString();
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  @Test
  void scan_thenJoiningTokensAndTheSpacesBetween_givesBackTheText() {
    qt().forAll(texts())
        .checkAssert(
            text -> {
              TargetTokens tokens = TargetScanner.scan(text);
              int end = tokens.scanFailed() ? tokens.scanErrorPosition() : text.length();
              assertThat(joinedWithGaps(tokens, end)).isEqualTo(text.substring(0, end));
            });
  }

  @Test
  void scan_failsOnlyAtANumberOfMoreThanFourDigits() {
    qt().forAll(texts())
        .checkAssert(
            text -> {
              TargetTokens tokens = TargetScanner.scan(text);
              if (tokens.scanFailed()) {
                int at = tokens.scanErrorPosition();
                assertThat(text.substring(at)).matches("(?s)[0-9]{5,}.*");
                assertThat(at == 0 || !Character.isDigit(text.charAt(at - 1))).isTrue();
                assertThat(tokens.scanErrorReason()).isEqualTo("a number of more than four digits");
              } else {
                assertThat(text).doesNotContainPattern("[0-9]{5}");
              }
            });
  }

  @Test
  void scan_ofUpperOrLowerCase_findsTheSameTokens() {
    qt().forAll(texts())
        .checkAssert(
            text -> {
              TargetTokens lower = TargetScanner.scan(text.toLowerCase(Locale.ROOT));
              TargetTokens upper = TargetScanner.scan(text.toUpperCase(Locale.ROOT));
              assertThat(upper.count()).isEqualTo(lower.count());
              for (int t = 0; t < lower.count(); t++) {
                assertThat(upper.keyword(t)).isEqualTo(lower.keyword(t));
                assertThat(upper.isNum(t)).isEqualTo(lower.isNum(t));
                assertThat(upper.isWord(t)).isEqualTo(lower.isWord(t));
                assertThat(upper.value(t)).isEqualTo(lower.value(t));
              }
            });
  }

  @Test
  void scan_number_keepsItsValueDigitsAndOrdinalSuffix() {
    qt().forAll(integers().between(0, 9999), integers().between(0, 4))
        .checkAssert(
            (n, suffix) -> {
              String digits = String.valueOf(n);
              String written = digits + List.of("", "st", "ND", "rd", "th").get(suffix);
              TargetTokens tokens = TargetScanner.scan(written + " x");
              assertThat(tokens.count()).isEqualTo(2);
              assertThat(tokens.isNum(0)).isTrue();
              assertThat(tokens.value(0)).isEqualTo(n);
              assertThat(tokens.digits(0)).isEqualTo(digits.length());
              assertThat(tokens.ordinal(0)).isEqualTo(suffix > 0);
              assertThat(tokens.end(0)).isEqualTo(written.length());
              assertThat(tokens.isWord(1)).isTrue();
            });
  }

  @Test
  void scan_ordinalSuffixFollowedByALetter_isNotASuffix() {
    TargetTokens tokens = TargetScanner.scan("15th5 1sts 2nda");
    assertThat(tokens.ordinal(0)).isTrue();
    assertThat(tokens.isNum(1)).isTrue();
    assertThat(tokens.ordinal(2)).isFalse();
    assertThat(tokens.isWord(3)).isTrue();
    assertThat(tokens.end(3) - tokens.start(3)).isEqualTo(3);
    assertThat(tokens.ordinal(4)).isFalse();
    assertThat(tokens.count()).isEqualTo(6);
  }

  @Test
  void scan_dashesAndQuotes_areNormalised() {
    TargetTokens tokens =
        TargetScanner.scan("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2018\u2019");
    assertThat(tokens.count()).isEqualTo(9);
    for (int t = 0; t < 7; t++) {
      assertThat(tokens.isPunct(t, '-')).as("token %d", t).isTrue();
    }
    assertThat(tokens.isPunct(7, '\'')).isTrue();
    assertThat(tokens.isPunct(8, '\'')).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"March \u00a3", "2015 #", "Q \u0000", "by @", "\ud83d\ude00", "\u00e9"})
  void scan_characterNoTargetUses_stopsThereKeepingTheTokensBefore(String text) {
    TargetTokens tokens = TargetScanner.scan(text);
    assertThat(tokens.scanFailed()).isTrue();
    int at = tokens.scanErrorPosition();
    assertThat(at)
        .isEqualTo(text.length() - Character.charCount(text.codePointBefore(text.length())));
    assertThat(tokens.scanErrorReason()).startsWith("unexpected character '");
    assertThat(tokens.count()).isEqualTo(text.length() > 2 ? 1 : 0);
  }

  @Test
  void scan_controlCharacter_isNamedByItsCodePoint() {
    assertThat(TargetScanner.scan("May \u0007").scanErrorReason())
        .isEqualTo("unexpected character 'U+0007'");
    assertThat(TargetScanner.scan("May \u0378").scanErrorReason())
        .isEqualTo("unexpected character 'U+0378'");
    assertThat(TargetScanner.scan("May \u00a3").scanErrorReason())
        .isEqualTo("unexpected character '\u00a3'");
  }
}
