package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.improvementframework.model.ReportingPeriod.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ReportingPeriodTest {

  static Gen<ReportingPeriod> periods() {
    Gen<Integer> years = SourceDSL.integers().between(1000, 9998);
    Gen<Integer> kinds = SourceDSL.integers().between(0, 5);
    Gen<Integer> small = SourceDSL.integers().between(1, 366);
    return kinds.zip(
        years,
        small,
        (kind, year, n) -> {
          return switch (kind) {
            case 0 -> ReportingPeriod.financialYear(year);
            case 1 -> ReportingPeriod.academicYear(year);
            case 2 -> ReportingPeriod.calendarYear(year);
            case 3 -> ReportingPeriod.quarter(year, n % 4 + 1);
            case 4 -> ReportingPeriod.month(YearMonth.of(year, n % 12 + 1));
            default -> ReportingPeriod.snapshot(LocalDate.ofYearDay(year, Math.min(n, 365)));
          };
        });
  }

  @Test
  void parse_toStringOfAnyPeriod_isThatPeriod() {
    qt().forAll(periods())
        .checkAssert(
            p -> {
              assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
              assertThat(ReportingPeriod.parse(p.toString())).hasSameHashCodeAs(p);
            });
  }

  @ParameterizedTest
  @CsvSource({
    "FY2014-15,FINANCIAL_YEAR,2014-04-01,2015-03-31",
    "AY2014-15,ACADEMIC_YEAR,2014-09-01,2015-08-31",
    "2014,CALENDAR_YEAR,2014-01-01,2014-12-31",
    "FY2014-15 Q1,QUARTER,2014-04-01,2014-06-30",
    "FY2014-15 Q4,QUARTER,2015-01-01,2015-03-31",
    "2015-02,MONTH,2015-02-01,2015-02-28",
    "2016-02,MONTH,2016-02-01,2016-02-29",
    "2015-03-31,SNAPSHOT,2015-03-31,2015-03-31",
    "FY2099-00,FINANCIAL_YEAR,2099-04-01,2100-03-31",
  })
  void parse_canonicalText_givesKindAndDays(
      String text, Kind kind, LocalDate start, LocalDate end) {
    ReportingPeriod p = ReportingPeriod.parse(text);

    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.end()).isEqualTo(end);
    assertThat(p).hasToString(text);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {
        "",
        "FY2014-16",
        "FY2014/15",
        "2014-15",
        "FY2014-15 Q5",
        "AY14-15",
        "2015-13",
        "2015-02-30",
        "15",
        "fy2014-15",
        "FY0999-00",
        "0999",
        " 2014",
        "2015-3"
      })
  void parse_notCanonical_throwsNamingText(String text) {
    assertThatThrownBy(() -> ReportingPeriod.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("'" + text + "'")
        .satisfies(e -> assertThat(((DateTimeParseException) e).getParsedString()).isEqualTo(text));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1})
  void quarter_outOfRange_isRejectedShowingIt(int quarter) {
    assertThatThrownBy(() -> ReportingPeriod.quarter(2014, quarter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter must be 1 to 4, but was " + quarter);
  }

  @ParameterizedTest
  @ValueSource(ints = {999, 9999, -2014, Integer.MAX_VALUE})
  void financialYear_yearOutOfRange_isRejectedShowingIt(int year) {
    assertThatThrownBy(() -> ReportingPeriod.financialYear(year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("financial year start")
        .hasMessageEndingWith("but was " + year);
  }

  @Test
  void otherFactories_yearOutOfRange_areRejected() {
    assertThatThrownBy(() -> ReportingPeriod.academicYear(9999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("academic year");
    assertThatThrownBy(() -> ReportingPeriod.calendarYear(10000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calendar year");
    assertThatThrownBy(() -> ReportingPeriod.month(YearMonth.of(999, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month year");
    assertThatThrownBy(() -> ReportingPeriod.snapshot(LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snapshot year");
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    assertThatThrownBy(() -> ReportingPeriod.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> ReportingPeriod.month(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("month");
    assertThatThrownBy(() -> ReportingPeriod.snapshot(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Test
  void compareTo_ordersByEndThenStartThenKind() {
    // Same end: the shorter period, starting later, sorts after the longer one.
    assertThat(ReportingPeriod.parse("FY2014-15 Q4"))
        .isGreaterThan(ReportingPeriod.parse("FY2014-15"))
        .isGreaterThan(ReportingPeriod.parse("2015-03-30"))
        .isLessThan(ReportingPeriod.parse("2015-03-31"));
    assertThat(ReportingPeriod.parse("2015-03"))
        .isGreaterThan(ReportingPeriod.parse("FY2014-15"))
        .isEqualByComparingTo(ReportingPeriod.month(YearMonth.of(2015, 3)));
  }

  @Test
  void equality_isByKindAndDays() {
    assertThat(ReportingPeriod.financialYear(2014))
        .isEqualTo(ReportingPeriod.parse("FY2014-15"))
        .hasSameHashCodeAs(ReportingPeriod.parse("FY2014-15"))
        .isNotEqualTo(ReportingPeriod.financialYear(2015))
        .isNotEqualTo(ReportingPeriod.academicYear(2014));
  }
}
