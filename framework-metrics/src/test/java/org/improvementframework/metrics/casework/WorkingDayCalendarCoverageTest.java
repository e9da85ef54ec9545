package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.improvementframework.model.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The coverage of a working-day calendar: every way of asking about a day outside it throws, its
 * edges are inside, and the shipped calendar is what its resource says.
 */
class WorkingDayCalendarCoverageTest {

  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
  private static final WorkingDayCalendar YEAR =
      WorkingDayCalendar.of(List.of(LocalDate.of(2024, 12, 25)), DateRange.of(FIRST, LAST));

  @Test
  void isWorkingDay_outsideTheCoverage_throws() {
    assertThatThrownBy(() -> YEAR.isWorkingDay(LAST.plusDays(1)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("no bank holidays known");
    assertThatThrownBy(() -> YEAR.isWorkingDay(FIRST.minusDays(1)))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void workingDaysBetween_endOutsideTheCoverage_throws() {
    assertThatThrownBy(() -> YEAR.workingDaysBetween(LAST.minusDays(3), LAST.plusDays(3)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining(LAST.plusDays(3).toString());
  }

  @Test
  void plusWorkingDays_startOutsideTheCoverage_throwsEvenForNoDays() {
    assertThatThrownBy(() -> YEAR.plusWorkingDays(FIRST.minusDays(1), 0))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> YEAR.plusWorkingDays(FIRST.minusDays(1), 1))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void plusWorkingDays_negative_throws() {
    assertThatThrownBy(() -> YEAR.plusWorkingDays(FIRST, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void covers_includesBothEdgesOnly() {
    assertThat(YEAR.covers(FIRST.toEpochDay())).isTrue();
    assertThat(YEAR.covers(LAST.toEpochDay())).isTrue();
    assertThat(YEAR.covers(FIRST.toEpochDay() - 1)).isFalse();
    assertThat(YEAR.covers(LAST.toEpochDay() + 1)).isFalse();
    assertThat(YEAR.isWorkingDay(FIRST)).isTrue(); // a Monday
    assertThat(YEAR.isWorkingDay(LAST)).isTrue(); // a Tuesday
  }

  @Test
  void equalCalendars_haveEqualHashCodesAndDescribeTheirCoverage() {
    WorkingDayCalendar same =
        WorkingDayCalendar.of(
            List.of(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 25)),
            DateRange.of(FIRST, LAST));
    WorkingDayCalendar other = WorkingDayCalendar.of(List.of(), DateRange.of(FIRST, LAST));
    assertThat(same).isEqualTo(YEAR).hasSameHashCodeAs(YEAR);
    assertThat(other).isNotEqualTo(YEAR);
    assertThat(other.hashCode()).isNotEqualTo(YEAR.hashCode());
    assertThat(YEAR)
        .hasToString("WorkingDayCalendar[2024-01-01/2024-12-31, 1 weekday bank holidays]");
  }

  @Test
  void shippedResource_readAgain_givesTheEnglandAndWalesCalendar() throws Exception {
    // englandAndWales() reads the resource once per class loader; reading it again here checks
    // the reading itself (a fresh list of days, each kept), not the cached instance.
    Method load = WorkingDayCalendar.class.getDeclaredMethod("load");
    load.setAccessible(true);
    WorkingDayCalendar fresh = (WorkingDayCalendar) load.invoke(null);
    assertThat(fresh).isNotNull().isEqualTo(WorkingDayCalendar.englandAndWales());
    assertThat(fresh.coverage())
        .isEqualTo(DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31)));
    assertThat(fresh.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse(); // coronation
    assertThat(fresh.toString()).doesNotContain(" 0 weekday");
  }
}
