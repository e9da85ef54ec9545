package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.tracker.TrackerTable.Row;

/**
 * Area headings of the tracker importer: the "AREA FOR IMPROVEMENT n:" heading however damaged,
 * the number written in it, and the leads named at the end of the heading row.
 */
final class TrackerHeadings {

  private TrackerHeadings() {}

  /** A heading read from an area row. */
  record Heading(int endCell, int endOffset, String written, String number) {}

  private static final Pattern HEADING =
      Pattern.compile(
          "(?i)^\\s*(?:(?:A?R?E?A\\s*)?FOR\\s*IMPROV[EI]?(?:E?MENT)?"
              + "|[A-Z]{0,4}MENT(?=\\s*[0-9Il|]))"
              + "(?:\\s*(\\d{1,3}|[IVXl|]{1,4}(?=\\s*[:.\\-–—])|[0-9Il|]{1,3}(?=\\s*[:.\\-–—]))"
              // Any run of separators after the number: "3 –: title" and "3:: title" too.
              + "(?:\\s*[:;.\\-–—])*)?\\s*");

  /** Finds the "AREA FOR IMPROVEMENT n:" heading across the row's cells, if there. */
  static Heading heading(Row row) {
    // The heading sits at the start of the row: a few hundred characters are enough.
    StringBuilder compact = new StringBuilder();
    List<int[]> map = new ArrayList<>();
    for (int c = 0; c < row.cells().size() && compact.length() < 200; c++) {
      String cell = row.cells().get(c);
      String s = TrackerText.fold(cell.length() > 200 ? cell.substring(0, 200) : cell);
      for (int o = 0; o < s.length() && compact.length() < 200; o++) {
        compact.append(s.charAt(o));
        map.add(new int[] {c, o});
      }
    }
    Matcher m = HEADING.matcher(compact);
    if (!m.find() || m.end() == 0) {
      return null;
    }
    String written = compact.substring(0, m.end()).strip();
    if (TrackerText.labelKey(written).length() < 4) {
      return null;
    }
    int endCell;
    int endOffset;
    if (m.end() >= map.size()) {
      boolean cut = compact.length() >= 200;
      int[] last = map.get(map.size() - 1);
      endCell = cut ? last[0] : row.cells().size();
      endOffset = cut ? last[1] + 1 : 0;
    } else {
      endCell = map.get(m.end())[0];
      endOffset = map.get(m.end())[1];
    }
    return new Heading(endCell, endOffset, written, m.group(1));
  }

  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|of|de|van|von|la|le))" + "{0,4}");

  private static final Pattern LEAD_SEPARATOR = Pattern.compile("\\s*(?:/|&|;|,|\\band\\b)\\s*");

  /** The names of the leads the text lists, or none if any part of it does not look like a name. */
  static List<String> leads(String text) {
    List<String> leads = new ArrayList<>();
    for (String part : LEAD_SEPARATOR.split(text)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (!NAME.matcher(p).matches() || p.endsWith(".")) {
        return List.of();
      }
      leads.add(p);
    }
    return leads;
  }

  private static final Pattern OCR_ONES = Pattern.compile("[Il|]");
  private static final Pattern ONE_TO_THREE_DIGITS = Pattern.compile("\\d{1,3}");

  /**
   * Reads an area number written in digits, in roman numerals or with the digit 1 read as a
   * letter, preferring the reading that continues the areas before it; null if none.
   */
  static Integer areaNumber(String written, int expected) {
    String digits = OCR_ONES.matcher(written).replaceAll("1");
    Integer ocr = ONE_TO_THREE_DIGITS.matcher(digits).matches() ? Integer.valueOf(digits) : null;
    int roman = TrackerList.roman(written);
    Integer rom = roman > 0 ? roman : null;
    if (ocr != null && ocr == expected || rom == null) {
      return ocr != null && ocr > 0 ? ocr : null;
    }
    if (rom == expected || ocr == null) {
      return rom;
    }
    return ocr;
  }
}
