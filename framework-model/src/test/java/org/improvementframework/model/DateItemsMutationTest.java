package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The years a target's dates are read in: from the context, its bounds, and the next date. */
class DateItemsMutationTest {

  @ParameterizedTest(name = "year {0}")
  @ValueSource(ints = {1, 2015, 9999})
  void parse_dayWithoutYear_takesTheContextYearFromOneTo9999(int year) {
    Target t = Target.parse("15th March", TargetContext.ofYear(year));
    assertThat(t.kind()).isEqualTo(TargetKind.DAY);
    assertThat(t.deadline()).contains(LocalDate.of(year, 3, 15));
  }

  @ParameterizedTest(name = "year {0}")
  @ValueSource(ints = {0, 10000})
  void parse_dayWithoutYear_contextYearOutOfRange_isNoYear(int year) {
    assertThatThrownBy(() -> Target.parse("15th March", TargetContext.ofYear(year)))
        .isInstanceOf(TargetParseException.class)
        .hasMessageContaining("no year is written and the context gives none");
  }

  @Test
  void parse_lastDayOfEachMonth_isADay_andTheDayAfterIsNot() {
    for (int month = 1; month <= 12; month++) {
      LocalDate last = LocalDate.of(2016, month, 1).plusMonths(1).minusDays(1);
      String text = last.getDayOfMonth() + "/" + month + "/2016";
      assertThat(Target.parse(text).deadline()).as(text).contains(last);
      String next = (last.getDayOfMonth() + 1) + "/" + month + "/2016";
      assertThatThrownBy(() -> Target.parse(next))
          .as(next)
          .isInstanceOf(TargetParseException.class)
          .hasMessageContaining(
              last.getDayOfMonth() == 31
                  ? "no day 32"
                  : "no such day " + (last.getDayOfMonth() + 1) + "/" + month + "/2016");
    }
  }

  @Test
  void parse_sameMonthTwice_isReadInTheSameYear() {
    Target t = Target.parse("March/June 2016", TargetContext.none());
    assertThat(t.periods())
        .extracting(DateRange::start)
        .containsExactly(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 6, 1));
    Target back = Target.parse("June/March 2016", TargetContext.none());
    assertThat(back.periods())
        .extracting(DateRange::start)
        .containsExactly(LocalDate.of(2015, 6, 1), LocalDate.of(2016, 3, 1));
  }

  @Test
  void parse_sixteenMonths_isTheLongestList_andTakesTheYearsBackFromTheLast() {
    String months = "Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec, Jan, Feb, Mar";
    Target t = Target.parse(months + ", Apr 2015", TargetContext.none());
    assertThat(t.kind()).isEqualTo(TargetKind.LIST);
    assertThat(t.periods()).hasSize(DateItems.MAX_ITEMS);
    assertThat(t.periods().get(0).start()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(t.periods().get(11).start()).isEqualTo(LocalDate.of(2014, 12, 1));
    assertThat(t.periods().get(15).end()).isEqualTo(LocalDate.of(2015, 4, 30));
    assertThatThrownBy(() -> Target.parse(months + ", Apr, May 2015", TargetContext.none()))
        .isInstanceOf(TargetParseException.class)
        .hasMessageContaining("more than 16 dates");
  }

  @Test
  void parse_sixteenDays_checksEachDayOfTheLongestList() {
    StringBuilder b = new StringBuilder();
    for (int d = 1; d <= DateItems.MAX_ITEMS; d++) {
      b.append(d == 1 ? "" : ", ").append(d).append("/3/2016");
    }
    Target t = Target.parse(b.toString(), TargetContext.none());
    assertThat(t.periods()).hasSize(DateItems.MAX_ITEMS);
    assertThat(t.periods().get(15).start()).isEqualTo(LocalDate.of(2016, 3, 16));
  }
}
