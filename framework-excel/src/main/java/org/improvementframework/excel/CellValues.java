package org.improvementframework.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;
import org.improvementframework.excel.WarningLog.Kind;
import org.improvementframework.io.Decimals;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;

/**
 * Turns a cell as stored (a type, a raw value, a style) into the text a user sees: shared and
 * inline strings as written, numbers as Excel shows them in its General format (at most 15
 * significant digits), numbers in a date format as ISO dates, booleans as TRUE or FALSE.
 */
final class CellValues {

  /** Excel shows and computes with 15 significant digits; more in a file is binary noise. */
  static final MathContext EXCEL_DIGITS = new MathContext(15);

  private final SharedStrings strings;
  private final CellStyles styles;
  private final boolean date1904;
  private final InputLimits limits;
  private final WarningLog log;

  CellValues(
      SharedStrings strings,
      CellStyles styles,
      boolean date1904,
      InputLimits limits,
      WarningLog log) {
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.limits = limits;
    this.log = log;
  }

  /**
   * Gives the text of a cell.
   *
   * @param type the {@code t} attribute, null for a number
   * @param style the {@code s} attribute as an index, -1 if none
   * @param value the text of {@code <v>}, null if absent
   * @param inline the text of {@code <is>}, null if absent
   * @param formula the text of {@code <f>}, null if the cell has none
   */
  String text(
      String type,
      int style,
      String value,
      String inline,
      String formula,
      InputLocation where,
      XmlCursor xml) {
    String t = type == null ? "n" : type;
    if (value == null && inline == null) {
      if (formula != null) {
        log.add(
            Kind.NO_CACHED_VALUE,
            where,
            "formula without a cached value",
            formula,
            "read as an empty cell; open and save the workbook in a spreadsheet program to "
                + "store the values of its formulas");
      }
      return "";
    }
    if (value == null && !t.equals("inlineStr")) {
      // Only an inline-string cell holds <is>; under any other type the type is damaged, and the
      // text is the one thing the cell still says: keep it rather than refuse or lose the cell.
      log.add(
          Kind.MISTYPED_INLINE_TEXT,
          where,
          "cell of type '" + PlanFormatException.abbreviate(t) + "' holding inline text",
          inline,
          "read as text");
      return unescape(inline);
    }
    return switch (t) {
      case "s" -> shared(value, xml);
      case "inlineStr" -> unescape(inline != null ? inline : value);
      case "str" -> unescape(value);
      case "b" ->
          value.trim().equals("1") || value.trim().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
      case "e" -> {
        log.add(Kind.ERROR_VALUE, where, "cell with an error value", value, "kept as text");
        yield value;
      }
      case "d" -> isoDate(value);
      default -> number(value, style, where);
    };
  }

  /**
   * Decodes the {@code _xHHHH_} escapes with which spreadsheet programs store characters that XML
   * cannot hold (and {@code _x005F_} for a literal underscore before such a pattern).
   */
  static String unescape(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (i + 7 <= text.length()
          && text.startsWith("_x", i)
          && text.charAt(i + 6) == '_'
          && isHex(text, i + 2, i + 6)) {
        sb.append((char) Integer.parseInt(text, i + 2, i + 6, 16));
        i += 7;
      } else {
        sb.append(text.charAt(i++));
      }
    }
    return sb.toString();
  }

  private static boolean isHex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private String shared(String value, XmlCursor xml) {
    int index = CellStyles.index(value.trim());
    String s = strings.get(index);
    if (s == null) {
      throw xml.damaged("a cell refers to shared string " + index + ", which does not exist", null);
    }
    return s;
  }

  private static String isoDate(String value) {
    // Strict OOXML stores dates as ISO text; midnight is a plain date, as a user typed it.
    return value.endsWith("T00:00:00") ? value.substring(0, value.length() - 9) : value;
  }

  private String number(String value, int style, InputLocation where) {
    BigDecimal n = Decimals.parse(value.trim(), limits, where, null);
    if (styles.isDate(style)) {
      double serial = n.doubleValue();
      if (DateUtil.isValidExcelDate(serial)) {
        LocalDateTime time = DateUtil.getLocalDateTime(serial, date1904, true);
        return time.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? time.toLocalDate().toString()
            : time.toString();
      }
    }
    return n.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
  }
}
