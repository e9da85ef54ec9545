package org.improvementframework.model;

import java.util.List;

/**
 * The words that target texts are made of, each with the spellings councils use for it.
 *
 * <p>A word is recognised whatever its case. A long word (six letters or more) misspelt by one
 * edit ("Septmber", "therafter") is recognised too, since hand-kept plans are full of them; short
 * words never are, so that "mat" never becomes March.
 */
enum TargetKeyword {
  JANUARY(1, "jan", "january"),
  FEBRUARY(2, "feb", "february", "febuary"),
  MARCH(3, "mar", "march"),
  APRIL(4, "apr", "april"),
  MAY(5, "may"),
  JUNE(6, "jun", "june"),
  JULY(7, "jul", "july"),
  AUGUST(8, "aug", "august"),
  SEPTEMBER(9, "sep", "sept", "september"),
  OCTOBER(10, "oct", "october"),
  NOVEMBER(11, "nov", "november"),
  DECEMBER(12, "dec", "december"),
  BY("by"),
  DUE("due"),
  BEFORE("before"),
  END("end"),
  OF("of"),
  FROM("from"),
  ONWARDS("onwards", "onward"),
  BETWEEN("between"),
  AND("and"),
  TO("to"),
  UNTIL("until", "till"),
  THEREAFTER("thereafter"),
  THEN("then"),
  WEEKLY("weekly"),
  MONTHLY("monthly"),
  QUARTERLY("quarterly"),
  ANNUALLY("annually", "yearly", "annual"),
  EVERY("every", "each"),
  WEEK("week"),
  MONTH("month"),
  QUARTER("quarter", "qtr"),
  YEAR("year"),
  Q("q"),
  FY("fy"),
  FINANCIAL("financial"),
  SPRING("spring"),
  SUMMER("summer"),
  AUTUMN("autumn"),
  WINTER("winter"),
  TERM("term"),
  /** {@code wc} (week commencing) and {@code wb} (week beginning), written without a slash. */
  WC("wc", "wb"),
  /** The {@code w} of {@code w/c} and {@code w/b}. */
  W("w"),
  C("c"),
  B("b"),
  COMMENCING("commencing", "beginning"),
  TBC("tbc", "tba", "tbd"),
  BE("be"),
  CONFIRMED("confirmed", "agreed", "determined", "decided"),
  ONGOING("ongoing", "continuous"),
  ON("on"),
  GOING("going"),
  THERE("there"),
  AFTER("after"),
  THE("the"),
  STARTING("starting");

  /**
   * The longest word that can be a keyword: one letter longer than the longest spelling, since a
   * misspelling may add a letter. Longer words are not looked up at all.
   */
  static final int MAX_LENGTH;

  /** Only words of at least this length are matched loosely. */
  private static final int MIN_LOOSE_LENGTH = 5;

  /** Only spellings of at least this length are targets of loose matching. */
  private static final int MIN_LOOSE_SPELLING = 6;

  private static final int TABLE_SIZE = 256;

  /** Every spelling, in declaration order: loose matching takes the first that fits. */
  private static final String[] SPELLINGS;

  private static final TargetKeyword[] OWNERS;

  /**
   * Open-addressed table of spellings by {@link #hash}, holding index + 1; 0 is empty. Looking a
   * word up allocates nothing, which keeps reading a plan of a million targets cheap.
   */
  private static final int[] TABLE = new int[TABLE_SIZE];

  static {
    int n = 0;
    int longest = 0;
    for (TargetKeyword k : values()) {
      n += k.spellings.size();
      for (String s : k.spellings) {
        longest = Math.max(longest, s.length());
      }
    }
    MAX_LENGTH = longest + 1;
    SPELLINGS = new String[n];
    OWNERS = new TargetKeyword[n];
    int i = 0;
    for (TargetKeyword k : values()) {
      for (String s : k.spellings) {
        SPELLINGS[i] = s;
        OWNERS[i] = k;
        int h = hash(s, 0, s.length());
        while (TABLE[h] != 0) {
          h = (h + 1) & (TABLE_SIZE - 1);
        }
        TABLE[h] = i + 1;
        i++;
      }
    }
  }

  private final int month;
  private final List<String> spellings;

  TargetKeyword(String... spellings) {
    this(0, spellings);
  }

  TargetKeyword(int month, String... spellings) {
    this.month = month;
    this.spellings = List.of(spellings);
  }

  /** Returns the number of the month this word names, 1 to 12, or 0 if it names none. */
  int month() {
    return month;
  }

  /** Returns whether this word names a month. */
  boolean isMonth() {
    return month != 0;
  }

  /** Returns the season this word names, 1 (spring) to 4 (winter), or 0 if it names none. */
  int season() {
    return switch (this) {
      case SPRING -> 1;
      case SUMMER -> 2;
      case AUTUMN -> 3;
      case WINTER -> 4;
      default -> 0;
    };
  }

  /** Returns whether a dated period can begin with this word (a month, "Q", "FY", "w/c"...). */
  boolean startsDate() {
    return isMonth()
        || switch (this) {
          case Q, QUARTER, FY, FINANCIAL, SPRING, SUMMER, AUTUMN, WINTER, WC, W, WEEK, END -> true;
          default -> false;
        };
  }

  /** Returns the spellings of this word, in lower case, the usual one first. */
  List<String> spellings() {
    return spellings;
  }

  /**
   * Finds the keyword written between two positions of a text.
   *
   * @param text the text, not null
   * @param from the first character of the word
   * @param to the position after its last character
   * @return the keyword, or null if the word is none
   */
  static TargetKeyword find(CharSequence text, int from, int to) {
    int len = to - from;
    if (len > MAX_LENGTH) {
      return null;
    }
    for (int h = hash(text, from, to); TABLE[h] != 0; h = (h + 1) & (TABLE_SIZE - 1)) {
      int k = TABLE[h] - 1;
      if (SPELLINGS[k].length() == len && regionMatches(text, from, SPELLINGS[k])) {
        return OWNERS[k];
      }
    }
    if (len >= MIN_LOOSE_LENGTH) {
      for (int k = 0; k < SPELLINGS.length; k++) {
        String w = SPELLINGS[k];
        if (w.length() >= MIN_LOOSE_SPELLING
            && Math.abs(w.length() - len) <= 1
            && withinOneEdit(text, from, to, w)) {
          return OWNERS[k];
        }
      }
    }
    return null;
  }

  private static boolean regionMatches(CharSequence text, int from, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (Character.toLowerCase(text.charAt(from + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = h * 31 + Character.toLowerCase(s.charAt(i));
    }
    return (h ^ (h >>> 8) ^ (h >>> 16)) & (TABLE_SIZE - 1);
  }

  /** Whether text[s, e) is at most one insertion, deletion, change or swap from w. */
  static boolean withinOneEdit(CharSequence text, int s, int e, String w) {
    int a = e - s;
    int b = w.length();
    int i = 0;
    while (i < a && i < b && lower(text, s + i) == w.charAt(i)) {
      i++;
    }
    if (i == a && i == b) {
      return true;
    }
    if (a == b) {
      if (restEquals(text, s, e, i + 1, w, i + 1)) {
        return true;
      }
      return i + 1 < a
          && lower(text, s + i) == w.charAt(i + 1)
          && lower(text, s + i + 1) == w.charAt(i)
          && restEquals(text, s, e, i + 2, w, i + 2);
    }
    return a > b ? restEquals(text, s, e, i + 1, w, i) : restEquals(text, s, e, i, w, i + 1);
  }

  private static boolean restEquals(
      CharSequence text, int s, int e, int from, String w, int wfrom) {
    if (e - s - from != w.length() - wfrom) {
      return false;
    }
    for (int k = 0; s + from + k < e; k++) {
      if (lower(text, s + from + k) != w.charAt(wfrom + k)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(CharSequence text, int i) {
    return Character.toLowerCase(text.charAt(i));
  }
}
