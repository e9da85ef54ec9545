package org.improvementframework.io.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.improvementframework.io.Decimals;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.returns.ReturnDates;
import org.improvementframework.io.table.CsvCursor;

/** One data row, read cell by named cell; failures name the column, never the cell's text. */
final class Row {

  /** A cell that cannot be read: the column and what was expected. */
  static final class CellException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;
    final String expected;

    CellException(String column, String expected) {
      super(null, null, false, false);
      this.column = column;
      this.expected = expected;
    }
  }

  static final String DATE = "a date as yyyy-MM-dd or dd/MM/yyyy";

  /** One row's id and day, reused from row to row by the dated fast path. */
  static final class Dated {
    CharSequence id;
    long day;

    Dated set(CharSequence id, long day) {
      this.id = id;
      this.day = day;
      return this;
    }
  }

  private final int[] index;
  private final String[] columns;
  private final CsvCursor cells;

  Row(String[] columns, int[] index, CsvCursor cells) {
    this.columns = columns;
    this.index = index;
    this.cells = cells;
  }

  private String cell(int c) {
    int i = index[c];
    return i >= 0 ? cells.text(i).strip() : "";
  }

  /**
   * The id, stripped. A string, not a view of the cursor's buffer: under the C1 compiler of a
   * short run, String's final methods inline where a {@code CharSequence}'s calls do not, which
   * costs more than the short-lived string.
   */
  CharSequence idView(int c) {
    return id(c);
  }

  /** Reads a date cell as an epoch day without a {@code LocalDate}: as {@link #parseDate}. */
  long epochDay(int c) {
    String s = cell(c);
    if (s.length() == 0) {
      throw new CellException(columns[c], DATE + ", but the cell is empty");
    }
    long day = EpochDays.parse(s);
    if (day == EpochDays.INVALID) {
      throw new CellException(columns[c], DATE);
    }
    return day;
  }

  /** Reads an optional date cell as an epoch day, {@code absent} when empty. */
  long optionalEpochDay(int c, long absent) {
    String s = cell(c);
    if (s.isEmpty()) {
      return absent;
    }
    long day = EpochDays.parse(s);
    if (day == EpochDays.INVALID) {
      throw new CellException(columns[c], DATE);
    }
    return day;
  }

  String id(int c) {
    String s = cell(c);
    if (s.isEmpty()) {
      throw new CellException(columns[c], "an id, but the cell is empty");
    }
    return s;
  }

  String text(int c) {
    return cell(c);
  }

  Optional<String> optionalText(int c) {
    String s = cell(c);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  <T> Optional<T> optionalCode(int c, Function<String, Optional<T>> lookup, String expected) {
    String s = cell(c);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(lookup.apply(s).orElseThrow(() -> new CellException(columns[c], expected)));
  }

  LocalDate date(int c) {
    return optionalDate(c)
        .orElseThrow(() -> new CellException(columns[c], DATE + ", but the cell is empty"));
  }

  Optional<LocalDate> optionalDate(int c) {
    String s = cell(c);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    LocalDate d = parseDate(s);
    if (d == null) {
      throw new CellException(columns[c], DATE);
    }
    return Optional.of(d);
  }

  /** Reads yyyy-MM-dd or dd/MM/yyyy; null if neither. One reading for every reader. */
  static LocalDate parseDate(String s) {
    return ReturnDates.parse(s);
  }

  boolean flag(int c) {
    CharSequence in = index[c] >= 0 ? cells.cell(index[c]) : "";
    if (in.length() == 1) {
      // the common cells first, read in place: no string for each Y and N
      char only = in.charAt(0);
      if (only == 'N' || only == 'Y') {
        return only == 'Y';
      }
    }
    String s = cell(c).toUpperCase(Locale.ROOT);
    return switch (s) {
      case "Y", "YES", "TRUE", "1" -> true;
      case "N", "NO", "FALSE", "0", "" -> false;
      default ->
          throw new CellException(columns[c], "Y or N (also yes/no, true/false, 1/0; empty is N)");
    };
  }

  int integer(int c, int min, int max) {
    String s = cell(c);
    try {
      int n = Integer.parseInt(s);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, without the text
    }
    throw new CellException(columns[c], "a whole number from " + min + " to " + max);
  }

  BigDecimal decimal(int c, String expected) {
    String s = cell(c);
    try {
      // bounded before any arithmetic: 1e999999999 is refused here, not expanded
      return Decimals.parse(s, InputLimits.defaults(), InputLocation.unknown(), columns[c]);
    } catch (PlanFormatException e) {
      throw new CellException(
          columns[c],
          expected
              + " (at most "
              + Decimals.MAX_DIGITS
              + " digits before and after the decimal point)");
    }
  }

  <T> T code(int c, Function<String, Optional<T>> lookup, String expected) {
    return lookup.apply(cell(c)).orElseThrow(() -> new CellException(columns[c], expected));
  }
}
