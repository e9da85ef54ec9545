package org.improvementframework.metrics.casework;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a timescale in working days counts the day its clock starts on: the choice that makes a
 * conference on the 15th or the 16th working day "within 15 working days".
 *
 * <p>The Department for Education counts the start day as day 1. Its Children in need census
 * validator (rule on section 47 enquiries with no initial conference: "If DateOfInitialCPC not
 * present and ICPCnotRequired equals false then S47ActualStartDate should not be before the
 * ReferenceDate minus 15 working days") computes that threshold as the reference date minus 14
 * working days: for 31 March 2022 it is 11 March 2022, and 11 to 31 March inclusive is 15 working
 * days. {@link #START_DAY_IS_DAY_ONE} is therefore the default of every timescale calculator of
 * this package, so that a council's figures agree with the DfE's. {@link #START_DAY_EXCLUDED} is
 * the reading "15 working days <em>after</em> the start", which this library used before; choose
 * it explicitly to compare with figures made that way. Each result names its convention in its
 * measure, so the choice is visible wherever the result is printed.
 */
public enum WorkingDayConvention {

  /**
   * The start day, if it is a working day, is working day 1: the count is the working days from
   * the start day to the end day, both included. The DfE's convention.
   */
  START_DAY_IS_DAY_ONE("start day is working day 1"),

  /**
   * The start day is day 0: the count is the working days after the start day up to and
   * including the end day, as {@link WorkingDayCalendar#workingDaysBetween} counts.
   */
  START_DAY_EXCLUDED("start day not counted");

  private final String description;

  WorkingDayConvention(String description) {
    this.description = description;
  }

  /**
   * Obtains the convention the Department for Education uses in the CIN census validator.
   *
   * @return {@link #START_DAY_IS_DAY_ONE}; not null
   */
  public static WorkingDayConvention dfe() {
    return START_DAY_IS_DAY_ONE;
  }

  /**
   * Counts the working days from a start day to an end day under this convention.
   *
   * @param calendar the working-day calendar; not null
   * @param start the day the clock starts; not null
   * @param end the last day, not before {@code start}; not null
   * @return the working days, 0 or more
   * @throws DateTimeException if a day is outside the calendar's coverage or the end is before
   *     the start
   * @throws NullPointerException if an argument is null
   */
  public int count(WorkingDayCalendar calendar, LocalDate start, LocalDate end) {
    Objects.requireNonNull(calendar, "calendar");
    int after = calendar.workingDaysBetween(start, end);
    return this == START_DAY_IS_DAY_ONE && calendar.isWorkingDay(start) ? after + 1 : after;
  }

  /** Counts between epoch days without checks, for the calculators' inner loops. */
  long countUnchecked(WorkingDayCalendar calendar, long start, long end) {
    return this == START_DAY_IS_DAY_ONE
        ? calendar.countUnchecked(start - 1, end)
        : calendar.countUnchecked(start, end);
  }

  /**
   * Describes the convention in words, as results print it.
   *
   * @return the description, such as {@code start day is working day 1}; not null
   */
  public String description() {
    return description;
  }
}
