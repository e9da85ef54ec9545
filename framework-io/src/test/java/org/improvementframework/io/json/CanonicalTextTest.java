package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalTextTest {

  /** The text inside a larger buffer, as the parser hands it over. */
  private static char[] padded(String text) {
    return ("xx" + text + "yy").toCharArray();
  }

  @ParameterizedTest
  @CsvSource({"2.1, 2", "10.12, 2", "2.1.3, 3", "123456789.1.1, 3"})
  void refNumbers_canonicalText_isReadLikeTheModel(String text, int count) {
    int[] n = CanonicalText.refNumbers(padded(text), 2, text.length(), count);
    assertThat(n).isNotNull().hasSize(count);
    assertThat(
            String.join(".", Arrays.stream(n).mapToObj(Integer::toString).toArray(String[]::new)))
        .isEqualTo(text);
  }

  @Test
  void refNumbers_ofAnyMilestoneRefsText_givesItsNumbers() {
    qt().forAll(
            integers().between(1, 999_999_999),
            integers().between(1, 999_999_999),
            integers().between(1, 999_999_999))
        .checkAssert(
            (a, b, m) -> {
              String text = MilestoneRef.of(a, b, m).toString();
              assertThat(CanonicalText.refNumbers(padded(text), 2, text.length(), 3))
                  .containsExactly(a, b, m);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2",
        "2.",
        ".1",
        "2..1",
        "02.1",
        "2.1.3.4",
        "2.x",
        "1234567890.1",
        " 2.1",
        "2.1 ",
        "2.0"
      })
  void refNumbers_otherText_isLeftToTheModelParser(String text) {
    assertThat(CanonicalText.refNumbers(padded(text), 2, text.length(), 2)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"2015-03-31", "2016-02-29", "0001-01-01", "9999-12-31"})
  void isoDate_readsWhatLocalDateWrites(String text) {
    assertThat(CanonicalText.isoDate(padded(text), 2, text.length()))
        .isEqualTo(LocalDate.parse(text));
  }

  @Test
  void isoDate_ofAnyFourDigitYearDate_isThatDate() {
    qt().forAll(integers().between(0, 3_652_058))
        .checkAssert(
            day -> {
              LocalDate d = LocalDate.ofEpochDay(day - 719_528L);
              String text = d.toString();
              assertThat(CanonicalText.isoDate(padded(text), 2, text.length())).isEqualTo(d);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015-3-31", "31/03/2015", "2015-03-3x", "+10000-01-01", "2015/03/31"})
  void isoDate_otherForms_areLeftToLocalDate(String text) {
    assertThat(CanonicalText.isoDate(padded(text), 2, text.length())).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015-02-30", "2015-13-01", "2015-00-10"})
  void isoDate_impossibleDates_throw(String text) {
    assertThatThrownBy(() -> CanonicalText.isoDate(padded(text), 2, text.length()))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void isDate_ofAnyDigits_isWhetherLocalDateTakesThem() {
    // Months and days past their ranges too: the reader refuses those by this test alone.
    qt().forAll(integers().between(0, 9999), integers().between(0, 99), integers().between(0, 99))
        .checkAssert(
            (year, month, day) -> {
              String text = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
              int key = CanonicalText.isoDateKey(padded(text), 2, text.length());
              boolean date;
              try {
                LocalDate.of(year, month, day);
                date = true;
              } catch (DateTimeException e) {
                date = false;
              }
              assertThat(CanonicalText.isDate(key)).as(text).isEqualTo(date);
            });
  }

  @Test
  void key_ofAnyTwoDates_ordersAsTheyDoAndGivesThemBack() {
    long min = LocalDate.MIN.toEpochDay();
    long max = LocalDate.MAX.toEpochDay();
    qt().forAll(longs().between(min, max), longs().between(min, max))
        .checkAssert(
            (a, b) -> {
              LocalDate x = LocalDate.ofEpochDay(a);
              LocalDate y = LocalDate.ofEpochDay(b);
              long kx = CanonicalText.key(x);
              assertThat(CanonicalText.date(kx)).isEqualTo(x);
              assertThat(Long.signum(Long.compare(kx, CanonicalText.key(y))))
                  .isEqualTo(Integer.signum(x.compareTo(y)));
            });
    qt().forAll(integers().between(0, 3_652_058))
        .checkAssert(
            day -> {
              // a four-digit year: the number of its text is the number of the date
              LocalDate d = LocalDate.ofEpochDay(day - 719_528L);
              String text = d.toString();
              assertThat((long) CanonicalText.isoDateKey(padded(text), 2, text.length()))
                  .isEqualTo(CanonicalText.key(d));
            });
  }

  @Test
  void equals_isStringEqualityOnTheRegion() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 12))
        .checkAssert(
            text -> {
              for (Progress p : Progress.values()) {
                assertThat(CanonicalText.equals(padded(text), 2, text.length(), p.name()))
                    .isEqualTo(p.name().equals(text));
              }
              assertThat(CanonicalText.equals(padded(text), 2, text.length(), text)).isTrue();
            });
  }
}
