package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered list read from one cell: {@code 1.}, {@code 1)}, {@code I.}, {@code i)} or roman
 * markers, a leading fragment before the first marker, and what was odd about the numbering.
 */
final class TrackerList {

  /** Items by number, in the order written. */
  final Map<Integer, String> items = new LinkedHashMap<>();

  /** Text before the first marker that could not be numbered; empty if none. */
  String fragment = "";

  /** Whether list markers were found. */
  boolean numbered;

  /** What was odd about the numbering, for warnings. */
  final List<String> problems = new ArrayList<>();

  private static final Pattern MARKER =
      Pattern.compile(
          "(?<=^|[\\s;,(])(\\d{1,3}|[IVXivxl|]{1,4})\\s?[.)]"
              + "(?:(?!\\d)|(?<=\\s\\d{1,3}\\.|^\\d{1,3}\\.)"
              + "(?=\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}))");

  /** A possible list marker; {@code glued} if a number follows it with no space (2.15th). */
  private record Candidate(
      int start, int end, List<Integer> values, boolean letters, boolean glued) {}

  /** The markers taken as the list's, each with the number it stands for. */
  private record Markers(List<Candidate> accepted, List<Integer> numbers) {}

  static TrackerList parse(String text) {
    TrackerList list = new TrackerList();
    String s = text.strip();
    if (s.isEmpty()) {
      return list;
    }
    List<Candidate> candidates = candidates(s);
    Markers markers = inSequence(candidates, s, list.problems);
    if (markers.accepted().size() == 1) {
      markers = runOfOnes(candidates, markers, list.problems);
    }
    list.fill(s, markers);
    return list;
  }

  /** The markers that count up from the first plausible one, letting one number be skipped. */
  private static Markers inSequence(List<Candidate> candidates, String s, List<String> problems) {
    List<Candidate> accepted = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    int expected = -1;
    for (Candidate c : candidates) {
      if (accepted.isEmpty()) {
        Integer v = c.glued ? null : first(c, s);
        if (v != null) {
          accepted.add(c);
          numbers.add(v);
          expected = v + 1;
        }
        continue;
      }
      if (c.values.contains(expected)) {
        accepted.add(c);
        numbers.add(expected);
        expected++;
      } else if (c.values.contains(expected + 1) && !c.letters && !c.glued) {
        problems.add("number " + expected + " is missing");
        accepted.add(c);
        numbers.add(expected + 1);
        expected += 2;
      }
    }
    return new Markers(accepted, numbers);
  }

  /**
   * OCR often reads every "1." of "1. 2. 3." as "I.": a run of ones from the one marker taken is
   * a list in order; otherwise {@code one} stands.
   */
  private static Markers runOfOnes(List<Candidate> candidates, Markers one, List<String> problems) {
    List<Candidate> ones = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.values.contains(1) && c.start >= one.accepted().get(0).start) {
        ones.add(c);
      }
    }
    if (ones.size() < 2) {
      return one;
    }
    problems.add("numbered " + "1, ".repeat(ones.size() - 1) + "1; taken in order");
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i <= ones.size(); i++) {
      numbers.add(i);
    }
    return new Markers(ones, numbers);
  }

  /** Cuts the text at the markers into items; without markers the whole text is item 1. */
  private void fill(String s, Markers markers) {
    List<Candidate> accepted = markers.accepted();
    List<Integer> numbers = markers.numbers();
    if (accepted.isEmpty()) {
      items.put(1, s);
      return;
    }
    numbered = true;
    String before = s.substring(0, accepted.get(0).start).strip();
    if (!before.isEmpty()) {
      if (numbers.get(0) == 2) {
        items.put(1, before);
        problems.add("item 1 has no number");
      } else {
        fragment = before;
      }
    }
    for (int i = 0; i < accepted.size(); i++) {
      int end = i + 1 < accepted.size() ? accepted.get(i + 1).start : s.length();
      items.put(numbers.get(i), s.substring(accepted.get(i).end, end).strip());
    }
  }

  private static Integer first(Candidate c, String s) {
    List<Integer> sorted = new ArrayList<>(c.values);
    sorted.sort(null);
    for (int v : sorted) {
      if (c.start == 0 || v <= 3) {
        return v;
      }
    }
    return null;
  }

  private static List<Candidate> candidates(String s) {
    List<Candidate> out = new ArrayList<>();
    Matcher m = MARKER.matcher(s);
    while (m.find()) {
      String token = m.group(1);
      boolean letters = !Character.isDigit(token.charAt(0));
      if (letters) {
        // "i.e." and the like: a letter marker must be followed by a space, a capital or a digit.
        if (m.end() < s.length()) {
          char next = s.charAt(m.end());
          if (!Character.isWhitespace(next)
              && !Character.isUpperCase(next)
              && !Character.isDigit(next)) {
            continue;
          }
        }
      }
      List<Integer> values = values(token);
      if (!values.isEmpty()) {
        boolean glued = m.end() < s.length() && Character.isDigit(s.charAt(m.end()));
        out.add(new Candidate(m.start(), m.end(), values, letters, glued));
      }
    }
    return out;
  }

  private static List<Integer> values(String token) {
    List<Integer> values = new ArrayList<>();
    if (Character.isDigit(token.charAt(0))) {
      int v = Integer.parseInt(token);
      if (v >= 1) {
        values.add(v);
      }
      return values;
    }
    if (token.chars().allMatch(c -> c == 'I' || c == 'l' || c == '|')) {
      values.add(Integer.parseInt("1".repeat(token.length())));
    }
    int roman = roman(token);
    if (roman > 0 && !values.contains(roman)) {
      values.add(roman);
    }
    return values;
  }

  /** The value of a roman numeral of I, V and X in one case, or 0. */
  static int roman(String token) {
    if (!token.equals(token.toUpperCase()) && !token.equals(token.toLowerCase())) {
      return 0;
    }
    String t = token.toUpperCase();
    int total = 0;
    int previous = 0;
    for (int i = t.length() - 1; i >= 0; i--) {
      int v =
          switch (t.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            default -> -1;
          };
      if (v < 0) {
        return 0;
      }
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }
}
