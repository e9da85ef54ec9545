package org.improvementframework.io.casework;

/**
 * Reads {@code yyyy-MM-dd} or {@code dd/MM/yyyy} as an epoch day without a {@code LocalDate}:
 * the dated fast path's reading, which must agree with {@code ReturnDates.parse}.
 */
final class EpochDays {

  /** Returned for text in neither form or a day that does not exist. */
  static final long INVALID = Long.MIN_VALUE;

  private static final int[] DAYS_BEFORE_MONTH = {
    0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
  };

  /**
   * The epoch day before 1 January of each year from 0 to 9999, and whether it is a leap year:
   * looked up, because the division of the calendar's arithmetic was a tenth of the placement
   * run's samples.
   */
  private static final int[] BEFORE_YEAR = new int[10_000];

  private static final boolean[] LEAP = new boolean[10_000];

  static {
    for (int y = 0; y < BEFORE_YEAR.length; y++) {
      LEAP[y] = (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
      long before = y - 1L;
      long days =
          365 * before
              + Math.floorDiv(before, 4)
              - Math.floorDiv(before, 100)
              + Math.floorDiv(before, 400);
      // 719162 days from 0001-01-01 to 1970-01-01
      BEFORE_YEAR[y] = (int) (days - 1 - 719_162);
    }
  }

  private EpochDays() {}

  static long parse(String s) {
    if (s.length() != 10) {
      return INVALID;
    }
    int year;
    int month;
    int day;
    if (s.charAt(4) == '-' && s.charAt(7) == '-') {
      year = digits(s, 0, 4);
      month = digits(s, 5, 7);
      day = digits(s, 8, 10);
    } else if (s.charAt(2) == '/' && s.charAt(5) == '/') {
      year = digits(s, 6, 10);
      month = digits(s, 3, 5);
      day = digits(s, 0, 2);
    } else {
      return INVALID;
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > length(year, month)) {
      return INVALID;
    }
    return of(year, month, day);
  }

  /**
   * Reads the ASCII bytes {@code [from, to)} as {@link #parse(String)} reads the same text: the
   * byte-level path's reading. Written out, without a loop or a call per field: under the
   * launcher's C1 compiler the three calls and loops of the text form were a tenth of a
   * placement run.
   */
  static long parse(byte[] b, int from, int to) {
    if (to - from != 10) {
      return INVALID;
    }
    int y;
    int m;
    int d;
    if (b[from + 4] == '-' && b[from + 7] == '-') {
      y = from;
      m = from + 5;
      d = from + 8;
    } else if (b[from + 2] == '/' && b[from + 5] == '/') {
      y = from + 6;
      m = from + 3;
      d = from;
    } else {
      return INVALID;
    }
    int y0 = b[y] - '0';
    int y1 = b[y + 1] - '0';
    int y2 = b[y + 2] - '0';
    int y3 = b[y + 3] - '0';
    int m0 = b[m] - '0';
    int m1 = b[m + 1] - '0';
    int d0 = b[d] - '0';
    int d1 = b[d + 1] - '0';
    // a digit is 0 to 9: v and 9 - v both not negative, so their bits or'ed have no sign bit
    int any = y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1;
    int rest = (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - m0) | (9 - m1) | (9 - d0);
    if ((any | rest | (9 - d1)) < 0) {
      return INVALID;
    }
    int year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    int month = m0 * 10 + m1;
    int day = d0 * 10 + d1;
    if (month < 1 || month > 12 || day < 1 || day > length(year, month)) {
      return INVALID;
    }
    return of(year, month, day);
  }

  private static boolean leap(int year) {
    return LEAP[year];
  }

  private static int length(int year, int month) {
    return switch (month) {
      case 2 -> leap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days from 1970-01-01, for a year from 0 to 9999: days before the year, then of the year. */
  private static long of(int year, int month, int day) {
    int dayOfYear = DAYS_BEFORE_MONTH[month] + (month > 2 && LEAP[year] ? 1 : 0) + day;
    return (long) BEFORE_YEAR[year] + dayOfYear;
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }
}
