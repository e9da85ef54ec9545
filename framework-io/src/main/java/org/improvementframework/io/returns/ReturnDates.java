package org.improvementframework.io.returns;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the dates of statutory returns: day-first ({@code 11/12/2018}, as councils' CSV files
 * have them) or ISO ({@code 2018-12-11}, as the XML returns have them), without regular
 * expressions.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ReturnDates {

  /** What a date cell must hold, for messages. */
  public static final String EXPECTED = "a date as dd/MM/yyyy or yyyy-MM-dd";

  private ReturnDates() {}

  /**
   * Reads a date.
   *
   * @param s the text, without surrounding white space; not null
   * @return the date, or null if the text is neither form or not a real day
   */
  public static LocalDate parse(String s) {
    try {
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
      }
      if (s.length() == 10 && s.charAt(2) == '/' && s.charAt(5) == '/') {
        return LocalDate.of(digits(s, 6, 10), digits(s, 3, 5), digits(s, 0, 2));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        throw new NumberFormatException();
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }
}
