package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text repairs and recognisers of the tracker importer: look-alike letters, the digit 1 read as
 * {@code I}, numbered lists, and what dates, statuses and RAG ratings look like.
 */
final class TrackerText {

  private TrackerText() {}

  private static final Map<Character, Character> LOOKALIKES = new LinkedHashMap<>();

  static {
    String cyrillic = "АAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSаaеeоoрpсcхxуyіiјjѕsԁdһhӏl";
    String greek = "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvϲc";
    for (String s : new String[] {cyrillic, greek}) {
      for (int i = 0; i + 1 < s.length(); i += 2) {
        LOOKALIKES.put(s.charAt(i), s.charAt(i + 1));
      }
    }
  }

  /** Replaces every look-alike letter by its Latin twin; for matching only. */
  static String fold(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Character latin = LOOKALIKES.get(c);
      sb.append(latin == null ? c : latin);
    }
    return sb.toString();
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isForeignLetter(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.GREEK || s == Character.UnicodeScript.CYRILLIC;
  }

  /**
   * Repairs look-alike letters where the text is evidently Latin: in a word that mixes them
   * with Latin letters, and in a cell with no Latin letters of at most three characters (a RAG
   * cell) or whose foreign letters are all look-alikes and the rest of the cell is Latin.
   */
  static String repairLookalikes(String text) {
    boolean anyForeign = false;
    boolean allForeignAreLookalikes = true;
    boolean anyLatin = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isForeignLetter(c)) {
        anyForeign = true;
        if (!LOOKALIKES.containsKey(c)) {
          allForeignAreLookalikes = false;
        }
      } else if (isLatinLetter(c)) {
        anyLatin = true;
      }
    }
    if (!anyForeign) {
      return text;
    }
    if (allForeignAreLookalikes && (anyLatin || text.strip().length() <= 3)) {
      return fold(text);
    }
    // Mixed words only: real Greek or Cyrillic text stays as written.
    Matcher m = WORD.matcher(text);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String w = m.group();
      boolean latin = false;
      boolean foreign = false;
      for (int i = 0; i < w.length(); i++) {
        latin |= isLatinLetter(w.charAt(i));
        foreign |= isForeignLetter(w.charAt(i));
      }
      sb.append(text, last, m.start()).append(latin && foreign ? fold(w) : w);
      last = m.end();
    }
    return sb.append(text.substring(last)).toString();
  }

  /** Letters only, lower case, look-alikes folded: the key a header label is matched on. */
  static String labelKey(String text) {
    String f = fold(text).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Reads {@code I}, {@code l} and {@code |} next to digits as the digit 1 ({@code March I5}):
   * one is read as 1 where a digit is on one side and no letter on the other, between two digits
   * too (the year of "0I/03/20I6" has its I inside the number). A 1 read may make its neighbour
   * one too ("||5" is 115), so the repair runs until nothing changes: with a work list of the
   * places to look again, in one pass over the text, where replacing with a pattern until
   * nothing changed took a pass per character of a long run.
   */
  static String repairOnes(String text) {
    int n = text.length();
    int[] work = new int[n];
    int size = 0;
    for (int i = n - 1; i >= 0; i--) {
      if (isOneLike(text.charAt(i))) {
        work[size++] = i;
      }
    }
    if (size == 0) {
      return text;
    }
    char[] a = text.toCharArray();
    boolean[] queued = new boolean[n];
    for (int k = 0; k < size; k++) {
      queued[work[k]] = true;
    }
    while (size > 0) {
      int i = work[--size];
      queued[i] = false;
      if (!isOneLike(a[i]) || !readsAsOne(a, i)) {
        continue;
      }
      a[i] = '1';
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < n && !queued[j] && isOneLike(a[j])) {
          queued[j] = true;
          work[size++] = j;
        }
      }
    }
    return new String(a);
  }

  private static boolean isOneLike(char c) {
    return c == 'I' || c == 'l' || c == '|';
  }

  /**
   * A digit on one side and no letter on the other (both may be digits). The character before
   * is taken as one char, the one after as a code point, as the pattern this replaced read them.
   */
  private static boolean readsAsOne(char[] a, int i) {
    int before = i > 0 ? a[i - 1] : -1;
    int after = i + 1 < a.length ? Character.codePointAt(a, i + 1) : -1;
    boolean digitBefore = before >= '0' && before <= '9';
    boolean digitAfter = after >= '0' && after <= '9';
    boolean letterBefore = before >= 0 && Character.isLetter(before);
    boolean letterAfter = after >= 0 && Character.isLetter(after);
    return digitAfter && !letterBefore || digitBefore && !letterAfter;
  }

  static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
          + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

  private static final Pattern DATE_PART =
      Pattern.compile(
          "(?i)"
              + "\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b"
              + "|\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?"
              + MONTH
              + "\\b\\.?(?:\\s*[-/]?\\s*\\d{2,4}\\b)?"
              + "|\\bq[1-4]\\b|\\b(?:19|20)\\d{2}(?:/\\d{2})?\\b|\\btbc\\b|\\bto be confirmed\\b");

  private static final Pattern DATE_FILLER =
      Pattern.compile(
          "(?i)\\b(?:onwards|thereafter"
              + "|therafter|monthly|quarterly|weekly|annually|ongoing"
              + "|to|and|from|by|end|of|the|then"
              + "|each|every|until|then)\\b");

  static Pattern datePart() {
    return DATE_PART;
  }

  private static final int MAX_DATES_LENGTH = 240;

  /** How much of the text is dates: 0 (none) to 1 (nothing but dates and list numbers). */
  static double dateLikeness(String text) {
    // A list of dates is short; long prose is never mostly dates, and this keeps big inputs fast.
    if (text.length() > MAX_DATES_LENGTH) {
      return 0;
    }
    String s = repairOnes(text);
    int before = letterOrDigitCount(s);
    if (before == 0) {
      return 0;
    }
    String rest = DATE_PART.matcher(s).replaceAll(" ");
    if (rest.length() == s.length() && rest.equals(s)) {
      return 0;
    }
    rest = DATE_FILLER.matcher(rest).replaceAll(" ");
    rest = LIST_NUMBER.matcher(rest).replaceAll(" ");
    int after = letterOrDigitCount(rest);
    return 1.0 - (double) after / before;
  }

  private static final Pattern LIST_NUMBER =
      Pattern.compile("(?<=^|\\s)(?:\\d{1,3}|[IVXivxl]{1,4})[.)]");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** The date expressions of the text, in order, as written. */
  static List<String> dateParts(String text) {
    List<String> parts = new ArrayList<>();
    Matcher m = DATE_PART.matcher(repairOnes(text));
    while (m.find()) {
      parts.add(m.group());
    }
    return parts;
  }

  private static int letterOrDigitCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static final Pattern RAG =
      Pattern.compile(
          "(?i)\\s*(?:r|a|g|b|red|amber|green|blue|4)(?:\\s*[/-]\\s*(?:r|a|g|b|red|amber|green))?"
              + "\\s*[.]?\\s*");

  /** Whether the cell holds nothing but a RAG rating (or a known misreading of one). */
  static boolean isRagLike(String text) {
    return RAG.matcher(fold(text)).matches();
  }

  private static final Pattern STATUS_WORD =
      Pattern.compile(
          "(?i)\\b(?:complete[d]?|in\\s*progress"
              + "|under\\s*way|on-?going|not\\s+(?:yet\\s+)?started|on track|delayed|overdue|booked"
              + "|scheduled|draft|awaiting|agreed)\\b");

  /** Whether the text uses words that report progress. */
  static boolean isStatusLike(String text) {
    return STATUS_WORD.matcher(text).find();
  }

  private static final Pattern STATUS_START =
      Pattern.compile(
          "(?<=^|\\s)(?:Complete[d]?|COMPLETE[D]?|In\\s?[Pp]rogress|IN PROGRESS|Not\\s+started"
              + "|Ongoing|On-going|Underway)\\b");

  /**
   * Splits an unnumbered status cell where each status starts with a status word
   * ({@code Complete In progress In progress}).
   */
  static List<String> splitAtStatusWords(String text) {
    List<Integer> starts = new ArrayList<>();
    Matcher m = STATUS_START.matcher(text);
    while (m.find()) {
      starts.add(m.start());
    }
    return cut(text, starts);
  }

  private static final Pattern SENTENCE = Pattern.compile("(?<=[.;])\\s+(?:and\\s+)?(?=[A-Z])");
  private static final Pattern CAPITAL =
      Pattern.compile(
          "(?<=[.;])\\s+(?:and\\s+)?(?=[A-Z])|(?<=[a-z][.;,]?)\\s+(?:and\\s+)?(?=[A-Z][a-z])");

  /** Splits at sentence ends ({@code .} or {@code ;} then a capital). */
  static List<String> splitSentences(String text) {
    return splitAt(text, SENTENCE);
  }

  /** Splits at sentence ends and wherever a capitalised word follows a lower-case one. */
  static List<String> splitSentencesAndCapitals(String text) {
    return splitAt(text, CAPITAL);
  }

  private static List<String> splitAt(String text, Pattern boundary) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    Matcher m = boundary.matcher(text);
    while (m.find()) {
      // The joining "and" stays with the item before, so that no word is lost.
      String g = m.group();
      int and = g.indexOf("and");
      starts.add(and >= 0 ? m.start() + and + 3 : m.end());
    }
    return cut(text, starts);
  }

  private static List<String> cut(String text, List<Integer> starts) {
    List<String> parts = new ArrayList<>();
    if (starts.isEmpty() || starts.get(0) != 0) {
      starts.add(0, 0);
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      String part = text.substring(starts.get(i), end).strip();
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Collapses runs of white space to one space and strips. */
  static String clean(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
