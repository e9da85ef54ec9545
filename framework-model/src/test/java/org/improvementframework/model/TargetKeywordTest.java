package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vocabulary of target texts: every spelling found, whatever its case; nothing else. */
class TargetKeywordTest {

  private static final List<String> SPELLINGS = new ArrayList<>();
  private static final List<TargetKeyword> OWNERS = new ArrayList<>();

  static {
    for (TargetKeyword k : TargetKeyword.values()) {
      for (String s : k.spellings()) {
        SPELLINGS.add(s);
        OWNERS.add(k);
      }
    }
  }

  private static TargetKeyword find(String word) {
    return TargetKeyword.find(word, 0, word.length());
  }

  @Test
  void find_everySpellingInAnyCase_isItsKeyword() {
    qt().forAll(integers().between(0, SPELLINGS.size() - 1), integers().all())
        .checkAssert(
            (i, caseBits) -> {
              String word = withCase(SPELLINGS.get(i), caseBits);
              assertThat(find(word)).as(word).isEqualTo(OWNERS.get(i));
            });
  }

  @Test
  void find_spellingInsideALongerText_readsOnlyThatSpan() {
    qt().forAll(integers().between(0, SPELLINGS.size() - 1), integers().between(0, 5))
        .checkAssert(
            (i, pad) -> {
              String s = SPELLINGS.get(i);
              String text = "x".repeat(pad) + s.toUpperCase() + "y".repeat(pad);
              assertThat(TargetKeyword.find(text, pad, pad + s.length())).isEqualTo(OWNERS.get(i));
            });
  }

  @Test
  void spellings_areLowerCaseLettersAndBelongToOneKeywordOnly() {
    Set<String> seen = new HashSet<>();
    for (String s : SPELLINGS) {
      assertThat(s).matches("[a-z]{1," + TargetKeyword.MAX_LENGTH + "}");
      assertThat(seen.add(s)).as("spelling '%s' given twice", s).isTrue();
    }
  }

  @Test
  void find_shortWordThatIsNoSpelling_isNothing() {
    // Words of four letters or fewer are never matched loosely: "mat" is not March.
    qt().forAll(lists().of(integers().between('a', 'z')).ofSizeBetween(1, 4))
        .assuming(letters -> !SPELLINGS.contains(word(letters)))
        .checkAssert(letters -> assertThat(find(word(letters))).as(word(letters)).isNull());
  }

  @Test
  void maxLength_isOneMoreThanTheLongestSpelling() {
    int longest = SPELLINGS.stream().mapToInt(String::length).max().orElseThrow();
    assertThat(TargetKeyword.MAX_LENGTH).isEqualTo(longest + 1);
  }

  @Test
  void find_wordLongerThanAnySpelling_isNothing() {
    qt().forAll(integers().between(0, SPELLINGS.size() - 1), integers().between(1, 10))
        .checkAssert(
            (i, extra) -> {
              String s = SPELLINGS.get(i);
              String longer = s + "s".repeat(TargetKeyword.MAX_LENGTH + extra - s.length());
              assertThat(find(longer)).as(longer).isNull();
            });
  }

  @ParameterizedTest
  @CsvSource({
    "Septmber, SEPTEMBER",
    "Febuary, FEBRUARY",
    "Feburary, FEBRUARY",
    "therafter, THEREAFTER",
    "thereaftre, THEREAFTER",
    "Novembre, NOVEMBER",
    "quartely, QUARTERLY",
    "Ocotber, OCTOBER",
    "comencing, COMMENCING",
    "Thereaftter, THEREAFTER",
    "Augst, AUGUST",
    "Augustt, AUGUST",
    "summmer, SUMMER",
  })
  void find_longWordOneEditAway_isTheKeyword(String written, TargetKeyword expected) {
    assertThat(find(written)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Septmbr", "Fbruray", "marchh", "aprill", "augustus", "junee", "xxxxxx"})
  void find_wordTwoEditsAwayOrShortWordMisspelt_isNothing(String written) {
    assertThat(find(written)).isNull();
  }

  @Test
  void month_isTheMonthNumberForMonthsOnly() {
    int month = 0;
    for (TargetKeyword k : TargetKeyword.values()) {
      if (k.isMonth()) {
        month++;
        assertThat(k.month()).isEqualTo(month);
        assertThat(k.startsDate()).isTrue();
        assertThat(k.season()).isZero();
      } else {
        assertThat(k.month()).isZero();
      }
    }
    assertThat(month).isEqualTo(12);
  }

  @Test
  void spellings_areTheWordsCouncilsWrite_theUsualOneFirst() {
    assertThat(TargetKeyword.SEPTEMBER.spellings()).containsExactly("sep", "sept", "september");
    assertThat(TargetKeyword.UNTIL.spellings()).containsExactly("until", "till");
    assertThat(TargetKeyword.TBC.spellings()).containsExactly("tbc", "tba", "tbd");
  }

  @Test
  void season_isNumberedFromSpring() {
    assertThat(TargetKeyword.SPRING.season()).isEqualTo(1);
    assertThat(TargetKeyword.SUMMER.season()).isEqualTo(2);
    assertThat(TargetKeyword.AUTUMN.season()).isEqualTo(3);
    assertThat(TargetKeyword.WINTER.season()).isEqualTo(4);
  }

  @Test
  void startsDate_isTrueForTheWordsADateBeginsWith() {
    Set<TargetKeyword> starters = new HashSet<>();
    for (TargetKeyword k : TargetKeyword.values()) {
      if (k.startsDate() && !k.isMonth()) {
        starters.add(k);
      }
    }
    assertThat(starters)
        .containsExactlyInAnyOrder(
            TargetKeyword.Q,
            TargetKeyword.QUARTER,
            TargetKeyword.FY,
            TargetKeyword.FINANCIAL,
            TargetKeyword.SPRING,
            TargetKeyword.SUMMER,
            TargetKeyword.AUTUMN,
            TargetKeyword.WINTER,
            TargetKeyword.WC,
            TargetKeyword.W,
            TargetKeyword.WEEK,
            TargetKeyword.END);
  }

  static String withCase(String word, int caseBits) {
    StringBuilder b = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      b.append((caseBits >>> (k % 32) & 1) == 1 ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }

  private static String word(List<Integer> letters) {
    StringBuilder b = new StringBuilder();
    letters.forEach(c -> b.append((char) c.intValue()));
    return b.toString();
  }
}
