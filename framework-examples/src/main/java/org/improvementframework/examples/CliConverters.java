package org.improvementframework.examples;

import java.time.DateTimeException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of option values whose messages speak to the user: picocli's defaults name Java
 * classes ({@code java.time.LocalDate}, {@code DateTimeParseException}).
 */
final class CliConverters {

  private CliConverters() {}

  /** A date as yyyy-MM-dd. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date as yyyy-MM-dd, such as " + "2015-03-31");
      }
    }
  }

  /** A whole number of days, 0 or more. */
  static final class Days implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int days;
      try {
        days = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number of days");
      }
      if (days < 0) {
        throw new TypeConversionException("'" + value + "' is negative: give 0 or more days");
      }
      return days;
    }
  }

  /** One character that separates the cells of a CSV file, such as ';'. */
  static final class Delimiter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      String v = "\\t".equals(value) || "tab".equalsIgnoreCase(value) ? "\t" : value;
      if (v.length() != 1 || "\"'\\\r\n".indexOf(v.charAt(0)) >= 0) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a delimiter: give one "
                + "character such as ';' or ',' (or tab), not a quote, backslash or line break");
      }
      return v.charAt(0);
    }
  }
}
