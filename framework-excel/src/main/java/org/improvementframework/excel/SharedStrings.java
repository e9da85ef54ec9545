package org.improvementframework.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;

/**
 * The workbook's table of shared strings, which cells refer to by index. It is the one part held
 * in memory, because a cell anywhere in any sheet may point anywhere in it; its size is bounded by
 * the byte limit on each part.
 */
final class SharedStrings {

  static final SharedStrings NONE = new SharedStrings(List.of());

  private final List<String> strings;

  private SharedStrings(List<String> strings) {
    this.strings = strings;
  }

  static SharedStrings read(InputStream in, InputLimits limits, InputLocation where) {
    List<String> strings = new ArrayList<>();
    try (XmlCursor xml = new XmlCursor(in, "the shared strings", limits, where)) {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.xml().getLocalName().equals("si")) {
          if (strings.size() >= limits.maxRows() * 4) {
            throw new InputLimitException(
                "shared strings (4 times the row limit)", limits.maxRows() * 4, where, null);
          }
          strings.add(CellValues.unescape(xml.text(limits.maxCellChars(), "rPh", () -> where)));
        }
      }
    }
    return new SharedStrings(strings);
  }

  /** Gets a string by index; null if there is none at that index. */
  String get(int index) {
    return index >= 0 && index < strings.size() ? strings.get(index) : null;
  }
}
