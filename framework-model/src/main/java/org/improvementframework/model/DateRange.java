package org.improvementframework.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An inclusive range of days, from {@link #start()} to {@link #end()}, written as an ISO 8601
 * interval {@code 2015-04-01/2015-06-30}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DateRange implements Comparable<DateRange> {

  DateRange() {}

  /**
   * Obtains a range from its first and last days.
   *
   * @param start the first day; not null
   * @param end the last day, not before {@code start}; not null
   * @return the range; not null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return ImmutableDateRange.of(start, end);
  }

  /**
   * Obtains the range of a single day.
   *
   * @param day the day; not null
   * @return the range; not null
   */
  public static DateRange ofDay(LocalDate day) {
    return of(day, day);
  }

  /**
   * Obtains a range from its canonical text, {@code start/end} in ISO 8601.
   *
   * @param text the text, such as {@code 2015-04-01/2015-06-30}; not null
   * @return the range; not null
   * @throws DateTimeParseException if the text is not two ISO dates separated by a slash, or the
   *     end is before the start
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new DateTimeParseException(
          "cannot read date range '" + s + "': expected start/end, such as 2015-04-01/2015-06-30",
          s,
          0);
    }
    LocalDate start = date(s, 0, slash);
    LocalDate end = date(s, slash + 1, s.length());
    if (end.isBefore(start)) {
      throw new DateTimeParseException(
          "cannot read date range '" + s + "': its end " + end + " is before its start " + start,
          s,
          slash + 1);
    }
    return of(start, end);
  }

  private static LocalDate date(String s, int from, int to) {
    // yyyy-MM-dd by hand first: a plan's CSV holds a range for most milestones, and
    // DateTimeFormatter is most of the cost; anything else, or an invalid day, goes to
    // LocalDate.parse for its answer and its error.
    if (to - from == 10 && s.charAt(from + 4) == '-' && s.charAt(from + 7) == '-') {
      int year = digits(s, from, 4);
      int month = digits(s, from + 5, 2);
      int day = digits(s, from + 8, 2);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // such as 2015-02-30: LocalDate.parse below gives the error
        }
      }
    }
    try {
      return LocalDate.parse(s.substring(from, to));
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "cannot read date range '"
              + s
              + "': '"
              + s.substring(from, to)
              + "' at position "
              + from
              + " is not an ISO date such as 2015-04-01",
          s,
          from + e.getErrorIndex(),
          e);
    }
  }

  /** The number written in {@code count} ASCII digits from {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * Gets the first day of the range.
   *
   * @return the first day; not null
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Gets the last day of the range, inclusive.
   *
   * @return the last day; not null
   */
  @Value.Parameter
  public abstract LocalDate end();

  @Value.Check
  void check() {
    if (end().isBefore(start())) {
      throw new IllegalArgumentException(
          "date range end " + end() + " must not be before its start " + start());
    }
  }

  /**
   * Checks whether the day lies within this range, ends included.
   *
   * @param day the day; not null
   * @return true if {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * Compares by start, then by end.
   *
   * @param other the other range; not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(DateRange other) {
    int c = start().compareTo(other.start());
    return c != 0 ? c : end().compareTo(other.end());
  }

  /**
   * Gets the canonical text, {@code start/end} in ISO 8601.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return start() + "/" + end();
  }
}
