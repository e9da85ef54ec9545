package org.improvementframework.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;

/**
 * Which cell styles show a number as a date: the one thing of the styles part a reader of text
 * needs, since Excel stores a date as a number of days and only its format says it is a date.
 */
final class CellStyles {

  static final CellStyles NONE = new CellStyles(new boolean[0]);

  private final boolean[] dateStyle;

  private CellStyles(boolean[] dateStyle) {
    this.dateStyle = dateStyle;
  }

  static CellStyles read(InputStream in, InputLimits limits, InputLocation where) {
    Map<Integer, String> formats = new HashMap<>();
    List<Integer> xfFormats = new ArrayList<>();
    boolean inCellXfs = false;
    try (XmlCursor xml = new XmlCursor(in, "the styles", limits, where)) {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.xml().getLocalName()) {
            case "numFmt" ->
                formats.put(
                    number(xml.attribute("numFmtId")), String.valueOf(xml.attribute("formatCode")));
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
              if (inCellXfs && xfFormats.size() < limits.maxRows()) {
                xfFormats.add(number(xml.attribute("numFmtId")));
              }
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && xml.xml().getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    }
    boolean[] dates = new boolean[xfFormats.size()];
    for (int i = 0; i < dates.length; i++) {
      int id = xfFormats.get(i);
      String format = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
      dates[i] = id >= 0 && format != null && DateUtil.isADateFormat(id, format);
    }
    return new CellStyles(dates);
  }

  private static int number(String text) {
    if (text == null || text.isEmpty() || text.length() > 9) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(text);
  }

  /** Tells whether the style of that index shows numbers as dates. */
  boolean isDate(int style) {
    return style >= 0 && style < dateStyle.length && dateStyle[style];
  }

  /** Reads a non-negative index written in an attribute; -1 if absent or not a number. */
  static int index(String text) {
    return number(text);
  }
}
