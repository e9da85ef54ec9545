package org.improvementframework.io.json;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the canonical forms the writer gives references and dates straight from the parser's
 * character buffer, without a string, a regular expression or a formatter: together they were
 * most of the cost of reading a milestone. Anything else answers null and goes to the model's own
 * parser, which reads every form and reports the errors.
 */
final class CanonicalText {

  private CanonicalText() {}

  /**
   * Reads the canonical text of a reference with {@code count} parts ({@code 2.1.3}): positive
   * numbers without leading zeros, at most nine digits each, joined by dots.
   *
   * @return the numbers, or null for any other text
   */
  static int[] refNumbers(char[] text, int offset, int length, int count) {
    int[] out = new int[count];
    return refNumbers(text, offset, length, count, out) ? out : null;
  }

  /**
   * Reads the canonical text of a reference with {@code count} parts into {@code out}, which a
   * reader reuses for every reference: an array per milestone was a tenth of what reading made.
   *
   * @return whether the text has that form; if not, {@code out} holds nothing to use
   */
  static boolean refNumbers(char[] text, int offset, int length, int count, int[] out) {
    int part = 0;
    int digits = 0;
    int value = 0;
    int end = offset + length;
    for (int i = offset; i <= end; i++) {
      char c = i < end ? text[i] : '.';
      if (c == '.') {
        if (digits == 0 || part == count) {
          return false;
        }
        out[part++] = value;
        digits = 0;
        value = 0;
      } else if (c >= '0' && c <= '9' && !(digits == 0 && c == '0') && digits < 9) {
        value = value * 10 + (c - '0');
        digits++;
      } else {
        return false;
      }
    }
    return part == count;
  }

  /**
   * Reads {@code yyyy-MM-dd}.
   *
   * @return the date, or null if the text does not have that form
   * @throws java.time.DateTimeException if it has the form but is no date, such as 2015-02-30
   */
  static LocalDate isoDate(char[] text, int offset, int length) {
    int key = isoDateKey(text, offset, length);
    return key < 0 ? null : LocalDate.of(year(key), month(key), day(key));
  }

  /**
   * Reads {@code yyyy-MM-dd} into one number, {@code year << 14 | month << 7 | day}, that a
   * reader can match against the dates it made before without making a new one.
   *
   * @return the number, or -1 if the text does not have that form (month and day unchecked)
   */
  static int isoDateKey(char[] text, int offset, int length) {
    if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return -1;
    }
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    return year < 0 || month < 0 || day < 0 ? -1 : year << 14 | month << 7 | day;
  }

  /**
   * Tells whether a number {@link #isoDateKey} read is a date: a month from 1 to 12 and a day
   * within it. The numbers of dates order as the dates do.
   */
  static boolean isDate(int key) {
    int month = month(key);
    int day = day(key);
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= 28 || day <= Month.of(month).length(Year.isLeap(year(key)));
  }

  /**
   * Gets the number of a date as {@link #isoDateKey} reads its text, in a {@code long} so that
   * any year has one: the same number for the same date only.
   */
  static long key(LocalDate date) {
    return (long) date.getYear() << 14 | date.getMonthValue() << 7 | date.getDayOfMonth();
  }

  /** Gets the date of a number {@link #key(LocalDate)} gave. */
  static LocalDate date(long key) {
    return LocalDate.of((int) (key >> 14), (int) (key >>> 7 & 0x7F), (int) (key & 0x7F));
  }

  static int year(int key) {
    return key >>> 14;
  }

  static int month(int key) {
    return key >>> 7 & 0x7F;
  }

  static int day(int key) {
    return key & 0x7F;
  }

  /** Tells whether the text equals a name, such as an enum constant's. */
  static boolean equals(char[] text, int offset, int length, String name) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text[offset + i] != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int digits(char[] text, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
