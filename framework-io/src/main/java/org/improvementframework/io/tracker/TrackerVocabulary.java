package org.improvementframework.io.tracker;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.tracker.TrackerTable.Row;

/**
 * The words of a tracker and how often each occurs, so that an area title cut in pieces by cell
 * borders can be joined back where the rest of the document vouches for the whole word.
 */
final class TrackerVocabulary {

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)");
  private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s\\b.*");

  /** How often each word occurs in the document, headings included. */
  private final Map<String, Integer> counts = new HashMap<>();

  /** Counts the words of a row; of a heading row only those inside a cell. */
  void add(Row row, boolean heading) {
    count(row, counts, heading);
  }

  /**
   * Counts the words of a row; of a heading row only those inside a cell, as a cell border may
   * have cut the first and last.
   */
  private static void count(Row row, Map<String, Integer> counts, boolean inside) {
    for (String c : row.cells()) {
      String lower = c.toLowerCase(Locale.ROOT);
      // Where the cell's text starts and ends, found once: testing each word against the
      // substrings before and after it made long cells quadratic.
      int lo = 0;
      while (lo < lower.length() && Character.isWhitespace(lower.charAt(lo))) {
        lo++;
      }
      int hi = lower.length();
      while (hi > lo && Character.isWhitespace(lower.charAt(hi - 1))) {
        hi--;
      }
      Matcher m = LETTERS.matcher(lower);
      while (m.find()) {
        boolean edge = m.start() <= lo || m.end() >= hi;
        if (!inside || !edge) {
          counts.merge(m.group(), 1, Integer::sum);
        }
      }
    }
  }

  /**
   * Joins title fragments cut by cell borders, closing a word cut in two where the rest of the
   * document (other than this row, whose fragments would vouch for themselves) has the whole
   * word and not both halves.
   */
  String joinFragments(List<String> fragments, Row row) {
    Map<String, Integer> own = new HashMap<>();
    count(row, own, true);
    Predicate<String> known = w -> counts.getOrDefault(w, 0) - own.getOrDefault(w, 0) > 0;
    StringBuilder sb = new StringBuilder();
    for (String raw : fragments) {
      String f = TrackerText.clean(raw);
      if (f.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        String last = lastWord(sb);
        Matcher right = FIRST_WORD.matcher(f);
        boolean glue = false;
        if (last != null && right.find()) {
          String l = last.toLowerCase(Locale.ROOT);
          String r = right.group(1).toLowerCase(Locale.ROOT);
          glue =
              Character.isLowerCase(f.charAt(0))
                  && known.test(l + r)
                  && (!known.test(l) || !known.test(r));
        }
        // "Children" + "'s": a possessive cut from its noun.
        glue |= POSSESSIVE.matcher(f).matches();
        if (!glue) {
          sb.append(' ');
        }
      }
      sb.append(f);
    }
    return sb.toString();
  }

  /**
   * The run of letters the text ends with (before one final line break, as {@code $} reads it),
   * or null; found backwards, as a regular expression searched from the start was quadratic in a
   * long run of letters.
   */
  private static String lastWord(CharSequence text) {
    int end = text.length();
    if (end > 0 && isLineBreak(text.charAt(end - 1))) {
      end -= end > 1 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n' ? 2 : 1;
    }
    int start = end;
    while (start > 0) {
      int cp = Character.codePointBefore(text, start);
      if (!Character.isLetter(cp)) {
        break;
      }
      start -= Character.charCount(cp);
    }
    return start == end ? null : text.subSequence(start, end).toString();
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
