package org.improvementframework.metrics.casework;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.improvementframework.model.DateRange;

/**
 * A calendar of working days: Monday to Friday, except bank holidays.
 *
 * <p>{@link #englandAndWales()} gives the England and Wales calendar, loaded from the bank
 * holidays shipped with this library as the resource
 * {@code org/improvementframework/metrics/casework/bank-holidays-england-and-wales.csv}
 * ({@code date,name}, ISO dates): the statutory holidays with their substitute days and the
 * one-off days proclaimed so far (2011-04-29, 2012-06-04/05, 2020-05-08, 2022-06-02/03,
 * 2022-09-19, 2023-05-08), covering 2010-01-01 to 2030-12-31. The years 2012 to 2028 were checked
 * against the list GOV.UK publishes; the other years follow the statutory rules only. A day
 * proclaimed later (a royal occasion) is added with {@link #withExtraHolidays(Collection)}.
 *
 * <p>Working days are counted the way the statutory timescales count them:
 * {@link #workingDaysBetween(LocalDate, LocalDate)} counts the working days <em>after</em> the
 * start day, up to and <em>including</em> the end day. A conference held on the working day after
 * a strategy discussion on a Friday is 1 working day after it; one held on the same day is 0.
 *
 * <p>A calendar knows bank holidays only within its {@link #coverage()}; asking about a day
 * outside it throws, rather than silently treating unknown bank holidays as working days.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingDayCalendar {

  private static final String RESOURCE = "bank-holidays-england-and-wales.csv";

  /** 1969-12-29, a Monday, as an epoch day: the anchor for counting weekdays. */
  private static final long MONDAY_ANCHOR = -3;

  private static final class EnglandAndWales {
    static final WorkingDayCalendar INSTANCE = load();
  }

  /** The longest coverage whose running count of working days is kept: 110 years. */
  private static final int COUNTED_DAYS = 40_000;

  private final DateRange coverage;

  /** Bank holidays that fall on a weekday, as sorted, distinct epoch days. */
  private final long[] weekdayHolidays;

  /** The coverage's first and last epoch days. */
  private final long first;

  private final long last;

  /**
   * Working days after the day before the coverage, up to each day from that day to the last:
   * a count is then two reads, not a division and two searches of the holidays (a seventh of an
   * ICPC result). Null for a coverage longer than {@link #COUNTED_DAYS}.
   */
  private final int[] workingDaysTo;

  private WorkingDayCalendar(DateRange coverage, long[] weekdayHolidays) {
    this.coverage = coverage;
    this.weekdayHolidays = weekdayHolidays;
    this.first = coverage.start().toEpochDay();
    this.last = coverage.end().toEpochDay();
    this.workingDaysTo = last - first < COUNTED_DAYS ? runningCount() : null;
  }

  /** {@link #workingDaysTo}, a day at a time, walking the sorted holidays beside the days. */
  private int[] runningCount() {
    long base = first - 1;
    int[] counts = new int[(int) (last - base) + 1];
    // the weekday holidays are sorted: h walks them beside the days
    int h = 0;
    while (h < weekdayHolidays.length && weekdayHolidays[h] <= base) {
      h++;
    }
    for (int i = 1; i < counts.length; i++) {
      long day = base + i;
      boolean holiday = h < weekdayHolidays.length && weekdayHolidays[h] == day;
      if (holiday) {
        h++;
      }
      boolean working = !holiday && Math.floorMod(day - MONDAY_ANCHOR, 7) < 5;
      counts[i] = counts[i - 1] + (working ? 1 : 0);
    }
    return counts;
  }

  /**
   * Obtains the England and Wales calendar shipped with the library, covering 2010 to 2030.
   *
   * @return the calendar; not null
   * @throws UncheckedIOException if the shipped resource cannot be read
   */
  public static WorkingDayCalendar englandAndWales() {
    return EnglandAndWales.INSTANCE;
  }

  /**
   * Obtains a calendar from the given bank holidays, known only within the given coverage.
   *
   * @param holidays the bank holidays, in any order, duplicates allowed; not null, no null
   *     element
   * @param coverage the days for which the holidays are complete; not null
   * @return the calendar; not null
   * @throws NullPointerException if an argument or a holiday is null
   */
  public static WorkingDayCalendar of(Collection<LocalDate> holidays, DateRange coverage) {
    Objects.requireNonNull(holidays, "holidays");
    Objects.requireNonNull(coverage, "coverage");
    return new WorkingDayCalendar(coverage, weekdaysOnly(holidays, new long[0]));
  }

  private static long[] weekdaysOnly(Collection<LocalDate> holidays, long[] existing) {
    long[] days = Arrays.copyOf(existing, existing.length + holidays.size());
    int n = existing.length;
    for (LocalDate d : holidays) {
      Objects.requireNonNull(d, "holiday");
      if (isWeekday(d)) {
        days[n++] = d.toEpochDay();
      }
    }
    days = Arrays.copyOf(days, n);
    Arrays.sort(days);
    return Arrays.stream(days).distinct().toArray();
  }

  private static WorkingDayCalendar load() {
    try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<LocalDate> days = new ArrayList<>();
      String line = reader.readLine(); // header: date,name
      int row = 1;
      while ((line = reader.readLine()) != null) {
        row++;
        if (line.isBlank()) {
          continue;
        }
        try {
          days.add(LocalDate.parse(line.substring(0, 10)));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
          throw new UncheckedIOException(
              new IOException(
                  RESOURCE + " row " + row + ": expected an ISO date in column 'date'", e));
        }
      }
      return of(days, DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a copy of this calendar with more bank holidays, such as a day proclaimed for a royal
   * occasion; weekend days and days already known change nothing.
   *
   * @param extra the extra bank holidays; not null, no null element
   * @return the new calendar, with the same coverage; not null
   * @throws NullPointerException if the collection or a day in it is null
   */
  public WorkingDayCalendar withExtraHolidays(Collection<LocalDate> extra) {
    Objects.requireNonNull(extra, "extra");
    return new WorkingDayCalendar(coverage, weekdaysOnly(extra, weekdayHolidays));
  }

  /**
   * Gets the days for which this calendar knows the bank holidays.
   *
   * @return the coverage; not null
   */
  public DateRange coverage() {
    return coverage;
  }

  /**
   * Checks whether a day is a working day: a weekday that is not a bank holiday.
   *
   * @param day the day; not null
   * @return true if it is a working day
   * @throws DateTimeException if the day is outside the coverage
   */
  public boolean isWorkingDay(LocalDate day) {
    requireCovered(day);
    return isWeekday(day) && Arrays.binarySearch(weekdayHolidays, day.toEpochDay()) < 0;
  }

  /**
   * Counts the working days after {@code start} up to and including {@code end}.
   *
   * @param start the day counting starts from, itself not counted; not null
   * @param end the last day counted, not before {@code start}; not null
   * @return the number of working days, 0 when both are the same day
   * @throws DateTimeException if a day is outside the coverage, or {@code end} is before
   *     {@code start}
   */
  public int workingDaysBetween(LocalDate start, LocalDate end) {
    requireCovered(start);
    requireCovered(end);
    long s = start.toEpochDay();
    long e = end.toEpochDay();
    if (e < s) {
      throw new DateTimeException(
          "cannot count working days from "
              + start
              + " back to "
              + end
              + ": expected an end not before the start");
    }
    return (int) countUnchecked(s, e);
  }

  /**
   * Counts working days after epoch day {@code s} up to and including epoch day {@code e},
   * without checking coverage or order; for the calculators' inner loops.
   */
  long countUnchecked(long s, long e) {
    long base = first - 1;
    if (workingDaysTo != null && s >= base && e >= base && s <= last && e <= last) {
      return workingDaysTo[(int) (e - base)] - workingDaysTo[(int) (s - base)];
    }
    return formulaCount(s, e);
  }

  private long formulaCount(long s, long e) {
    long weekdays = weekdaysBefore(e + 1) - weekdaysBefore(s + 1);
    return weekdays - (holidaysUpTo(e) - holidaysUpTo(s));
  }

  boolean covers(long epochDay) {
    return epochDay >= first && epochDay <= last;
  }

  /**
   * Finds the day that is the given number of working days after a day.
   *
   * @param start the day to count from, itself not counted; not null
   * @param workingDays the number of working days to add, 0 or more
   * @return the working day reached, or {@code start} when {@code workingDays} is 0; not null
   * @throws DateTimeException if a day outside the coverage is reached
   * @throws IllegalArgumentException if {@code workingDays} is negative
   */
  public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must be 0 or more, but was " + workingDays);
    }
    requireCovered(start);
    LocalDate d = start;
    for (int n = 0; n < workingDays; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return d;
  }

  /** Weekdays among the epoch days before {@code epochDay}, counted from the anchor. */
  private static long weekdaysBefore(long epochDay) {
    long m = epochDay - MONDAY_ANCHOR;
    return 5 * Math.floorDiv(m, 7) + Math.min(Math.floorMod(m, 7), 5);
  }

  /** Weekday holidays on or before {@code epochDay}. */
  private long holidaysUpTo(long epochDay) {
    int i = Arrays.binarySearch(weekdayHolidays, epochDay);
    return i >= 0 ? i + 1 : -(i + 1);
  }

  private static boolean isWeekday(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
  }

  private void requireCovered(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (!coverage.contains(day)) {
      throw new DateTimeException(
          "no bank holidays known for "
              + day
              + ": expected a day within "
              + coverage
              + "; use WorkingDayCalendar.of for other years");
    }
  }

  /**
   * Compares the coverage and the weekday bank holidays.
   *
   * @param o the other object; may be null
   * @return true if both calendars give the same working days over the same coverage
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingDayCalendar
        && coverage.equals(((WorkingDayCalendar) o).coverage)
        && Arrays.equals(weekdayHolidays, ((WorkingDayCalendar) o).weekdayHolidays);
  }

  /**
   * Hashes the coverage and the weekday bank holidays.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return coverage.hashCode() * 31 + Arrays.hashCode(weekdayHolidays);
  }

  /**
   * Describes the calendar by its coverage and number of weekday bank holidays.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "WorkingDayCalendar["
        + coverage
        + ", "
        + weekdayHolidays.length
        + " weekday bank holidays]";
  }
}
