package org.improvementframework.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The period an indicator's value or target covers: a financial year (April to March), an
 * academic year (September to August), a calendar year, a financial-year quarter, a month, or a
 * snapshot date (the position on one day, such as children looked after at 31 March).
 *
 * <p>Canonical texts, given by {@code toString()} and read by {@link #parse(CharSequence)}:
 * {@code FY2014-15}, {@code AY2014-15}, {@code 2014}, {@code FY2014-15 Q1}, {@code 2015-03},
 * {@code 2015-03-31}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportingPeriod implements Comparable<ReportingPeriod> {

  /** The kinds of reporting period. */
  public enum Kind {
    /** April to March. */
    FINANCIAL_YEAR,
    /** September to August. */
    ACADEMIC_YEAR,
    /** January to December. */
    CALENDAR_YEAR,
    /** A quarter of a financial year: Q1 is April to June. */
    QUARTER,
    /** A calendar month. */
    MONTH,
    /** One day: a position at that date. */
    SNAPSHOT
  }

  private static final Pattern FY = Pattern.compile("FY(\\d{4})-(\\d{2})(?: Q([1-4]))?");
  private static final Pattern AY = Pattern.compile("AY(\\d{4})-(\\d{2})");
  private static final Pattern CY = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;

  ReportingPeriod() {}

  /**
   * Obtains the financial year that starts in April of the given year.
   *
   * @param startYear the year in which it starts, such as 2014 for 2014-15; 1000 to 9998
   * @return the period; not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod financialYear(int startYear) {
    year("financial year start", startYear, MAX_YEAR - 1);
    return of(
        Kind.FINANCIAL_YEAR, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
  }

  /**
   * Obtains the academic year that starts in September of the given year.
   *
   * @param startYear the year in which it starts, such as 2014 for 2014/15; 1000 to 9998
   * @return the period; not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod academicYear(int startYear) {
    year("academic year start", startYear, MAX_YEAR - 1);
    return of(
        Kind.ACADEMIC_YEAR, LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31));
  }

  /**
   * Obtains a calendar year.
   *
   * @param year the year, 1000 to 9999
   * @return the period; not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod calendarYear(int year) {
    year("calendar year", year, MAX_YEAR);
    return of(Kind.CALENDAR_YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Obtains a quarter of a financial year.
   *
   * @param startYear the year in which the financial year starts, 1000 to 9998
   * @param quarter the quarter, 1 (April to June) to 4 (January to March)
   * @return the period; not null
   * @throws IllegalArgumentException if the year is out of range or the quarter is not 1 to 4
   */
  public static ReportingPeriod quarter(int startYear, int quarter) {
    year("financial year start", startYear, MAX_YEAR - 1);
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, but was " + quarter);
    }
    LocalDate start = LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
    return of(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
  }

  /**
   * Obtains a calendar month.
   *
   * @param month the month, in a year from 1000 to 9999; not null
   * @return the period; not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod month(YearMonth month) {
    Objects.requireNonNull(month, "month");
    year("month year", month.getYear(), MAX_YEAR);
    return of(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Obtains a snapshot at one date.
   *
   * @param date the date, in a year from 1000 to 9999; not null
   * @return the period; not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod snapshot(LocalDate date) {
    Objects.requireNonNull(date, "date");
    year("snapshot year", date.getYear(), MAX_YEAR);
    return of(Kind.SNAPSHOT, date, date);
  }

  /** Keeps every year four digits long, so that the canonical text has one form. */
  private static void year(String field, int year, int max) {
    if (year < MIN_YEAR || year > max) {
      throw new IllegalArgumentException(
          field + " must be from " + MIN_YEAR + " to " + max + ", but was " + year);
    }
  }

  private static ReportingPeriod of(Kind kind, LocalDate start, LocalDate end) {
    return ImmutableReportingPeriod.builder().kind(kind).start(start).end(end).build();
  }

  /**
   * Obtains a period from its canonical text.
   *
   * @param text such as {@code FY2014-15}, {@code AY2014-15}, {@code 2014},
   *     {@code FY2014-15 Q1}, {@code 2015-03} or {@code 2015-03-31}; not null
   * @return the period; not null
   * @throws DateTimeParseException if the text is not a canonical period, or names a year
   *     before 1000
   */
  public static ReportingPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    try {
      return read(s);
    } catch (IllegalArgumentException e) {
      throw new DateTimeParseException(
          "cannot read reporting period '" + s + "': " + e.getMessage(), s, 0, e);
    }
  }

  private static ReportingPeriod read(String s) {
    Matcher m = FY.matcher(s);
    if (m.matches() && consecutive(m)) {
      int year = Integer.parseInt(m.group(1));
      return m.group(3) == null ? financialYear(year) : quarter(year, Integer.parseInt(m.group(3)));
    }
    m = AY.matcher(s);
    if (m.matches() && consecutive(m)) {
      return academicYear(Integer.parseInt(m.group(1)));
    }
    try {
      if (CY.matcher(s).matches()) {
        return calendarYear(Integer.parseInt(s));
      }
      if (MONTH.matcher(s).matches()) {
        return month(YearMonth.parse(s));
      }
      if (s.length() == 10) {
        return snapshot(LocalDate.parse(s));
      }
    } catch (DateTimeParseException e) {
      // fall through to the error that lists the forms
    }
    throw new DateTimeParseException(
        "cannot read reporting period '"
            + s
            + "': expected "
            + "FY2014-15, AY2014-15, 2014, FY2014-15 Q1, 2015-03 or 2015-03-31",
        s,
        0);
  }

  private static boolean consecutive(Matcher m) {
    int start = Integer.parseInt(m.group(1));
    return (start + 1) % 100 == Integer.parseInt(m.group(2));
  }

  /**
   * Gets the kind of period.
   *
   * @return the kind; not null
   */
  public abstract Kind kind();

  /**
   * Gets the first day of the period.
   *
   * @return the first day; not null
   */
  public abstract LocalDate start();

  /**
   * Gets the last day of the period, inclusive.
   *
   * @return the last day; not null
   */
  public abstract LocalDate end();

  @Value.Check
  void check() {
    if (!end().equals(expectedEnd(kind(), start()))) {
      throw new IllegalArgumentException(
          "a " + kind() + " period cannot run from " + start() + " to " + end());
    }
  }

  /** The end a period of this kind must have, or null where it cannot start on that day. */
  private static LocalDate expectedEnd(Kind kind, LocalDate start) {
    int month = start.getMonthValue();
    boolean firstOfMonth = start.getDayOfMonth() == 1;
    return switch (kind) {
      case FINANCIAL_YEAR -> firstOfMonth && month == 4 ? start.plusYears(1).minusDays(1) : null;
      case ACADEMIC_YEAR -> firstOfMonth && month == 9 ? start.plusYears(1).minusDays(1) : null;
      case CALENDAR_YEAR -> firstOfMonth && month == 1 ? start.plusYears(1).minusDays(1) : null;
      case QUARTER -> firstOfMonth && month % 3 == 1 ? start.plusMonths(3).minusDays(1) : null;
      case MONTH -> firstOfMonth ? start.plusMonths(1).minusDays(1) : null;
      default -> start;
    };
  }

  /**
   * Compares by end, then start, then kind, so that periods sort in time order.
   *
   * @param other the other period; not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    int c = end().compareTo(other.end());
    if (c == 0) {
      c = start().compareTo(other.start());
    }
    return c != 0 ? c : kind().compareTo(other.kind());
  }

  /**
   * Gets the canonical text of the period.
   *
   * @return the text, such as {@code FY2014-15 Q1}; not null
   */
  @Override
  public String toString() {
    int y = start().getYear();
    String next = String.format("%02d", (y + 1) % 100);
    return switch (kind()) {
      case FINANCIAL_YEAR -> "FY" + y + "-" + next;
      case ACADEMIC_YEAR -> "AY" + y + "-" + next;
      case CALENDAR_YEAR -> Integer.toString(y);
      case QUARTER -> {
        int fyStart = start().getMonthValue() >= 4 ? y : y - 1;
        int q = ((start().getMonthValue() + 8) % 12) / 3 + 1;
        yield "FY" + fyStart + "-" + String.format("%02d", (fyStart + 1) % 100) + " Q" + q;
      }
      case MONTH -> YearMonth.from(start()).toString();
      default -> start().toString();
    };
  }
}
