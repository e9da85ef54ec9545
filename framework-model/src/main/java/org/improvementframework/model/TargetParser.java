package org.improvementframework.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the forms in which councils write target dates; see {@link Target} for the forms.
 *
 * <p>A hand-written scanner and recursive-descent reader rather than regular expressions: it runs
 * in time linear in the text (which is capped at {@link #MAX_LENGTH} characters), allocates only
 * a few small arrays, and reports the furthest position it could read to. It never throws on
 * any input: failure is a {@code null} result with {@link #errorPos} and {@link #errorReason} set,
 * so that the lenient reader pays for no exception.
 */
final class TargetParser {

  /** Longer texts are not targets but prose; the cap bounds the work on hostile input. */
  static final int MAX_LENGTH = 200;

  private static final int MAX_ITEMS = 16;

  private static final byte NUM = 1;
  private static final byte WORD = 2;
  private static final byte PUNCT = 3;

  // Keyword ids; 1 to 12 are the months.
  private static final int K_BY = 20;
  private static final int K_DUE = 21;
  private static final int K_BEFORE = 22;
  private static final int K_END = 23;
  private static final int K_OF = 24;
  private static final int K_FROM = 25;
  private static final int K_ONWARDS = 26;
  private static final int K_BETWEEN = 27;
  private static final int K_AND = 28;
  private static final int K_TO = 29;
  private static final int K_UNTIL = 30;
  private static final int K_THEREAFTER = 31;
  private static final int K_THEN = 32;
  private static final int K_WEEKLY = 33;
  private static final int K_MONTHLY = 34;
  private static final int K_QUARTERLY = 35;
  private static final int K_ANNUALLY = 36;
  private static final int K_EVERY = 37;
  private static final int K_WEEK = 38;
  private static final int K_MONTH = 39;
  private static final int K_QUARTER = 40;
  private static final int K_YEAR = 41;
  private static final int K_Q = 42;
  private static final int K_FY = 43;
  private static final int K_FINANCIAL = 44;
  private static final int K_SPRING = 45;
  private static final int K_SUMMER = 46;
  private static final int K_AUTUMN = 47;
  private static final int K_WINTER = 48;
  private static final int K_TERM = 49;
  private static final int K_WC = 50;
  private static final int K_W = 51;
  private static final int K_C = 52;
  private static final int K_B = 53;
  private static final int K_COMMENCING = 54;
  private static final int K_TBC = 55;
  private static final int K_BE = 56;
  private static final int K_CONFIRMED = 57;
  private static final int K_ONGOING = 58;
  private static final int K_ON = 59;
  private static final int K_GOING = 60;
  private static final int K_THERE = 61;
  private static final int K_AFTER = 62;
  private static final int K_THE = 63;
  private static final int K_STARTING = 64;

  private static final String[] WORDS = {
    "jan",
    "january",
    "feb",
    "february",
    "febuary",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "by",
    "due",
    "before",
    "end",
    "of",
    "from",
    "onwards",
    "onward",
    "between",
    "and",
    "to",
    "until",
    "till",
    "thereafter",
    "then",
    "weekly",
    "monthly",
    "quarterly",
    "annually",
    "yearly",
    "annual",
    "every",
    "each",
    "week",
    "month",
    "quarter",
    "qtr",
    "year",
    "q",
    "fy",
    "financial",
    "spring",
    "summer",
    "autumn",
    "winter",
    "term",
    "wc",
    "wb",
    "w",
    "c",
    "b",
    "commencing",
    "beginning",
    "tbc",
    "tba",
    "tbd",
    "be",
    "confirmed",
    "agreed",
    "determined",
    "decided",
    "ongoing",
    "on",
    "going",
    "continuous",
    "there",
    "after",
    "the",
    "starting"
  };
  private static final int[] IDS = {
    1,
    1,
    2,
    2,
    2,
    3,
    3,
    4,
    4,
    5,
    6,
    6,
    7,
    7,
    8,
    8,
    9,
    9,
    9,
    10,
    10,
    11,
    11,
    12,
    12,
    K_BY,
    K_DUE,
    K_BEFORE,
    K_END,
    K_OF,
    K_FROM,
    K_ONWARDS,
    K_ONWARDS,
    K_BETWEEN,
    K_AND,
    K_TO,
    K_UNTIL,
    K_UNTIL,
    K_THEREAFTER,
    K_THEN,
    K_WEEKLY,
    K_MONTHLY,
    K_QUARTERLY,
    K_ANNUALLY,
    K_ANNUALLY,
    K_ANNUALLY,
    K_EVERY,
    K_EVERY,
    K_WEEK,
    K_MONTH,
    K_QUARTER,
    K_QUARTER,
    K_YEAR,
    K_Q,
    K_FY,
    K_FINANCIAL,
    K_SPRING,
    K_SUMMER,
    K_AUTUMN,
    K_WINTER,
    K_TERM,
    K_WC,
    K_WC,
    K_W,
    K_C,
    K_B,
    K_COMMENCING,
    K_COMMENCING,
    K_TBC,
    K_TBC,
    K_TBC,
    K_BE,
    K_CONFIRMED,
    K_CONFIRMED,
    K_CONFIRMED,
    K_CONFIRMED,
    K_ONGOING,
    K_ON,
    K_GOING,
    K_ONGOING,
    K_THERE,
    K_AFTER,
    K_THE,
    K_STARTING
  };

  // Item types.
  private static final int I_DAY = 1;
  private static final int I_MONTH = 2;
  private static final int I_QUARTER = 3;
  private static final int I_FY = 4;
  private static final int I_SEASON = 5;
  private static final int I_TERM = 6;
  private static final int I_WEEK = 7;

  private final String text;
  private final TargetContext context;

  private final byte[] type;
  private final int[] start;
  private final int[] end;
  private final int[] value;
  private final byte[] digits;
  private final boolean[] ordinal;
  private int count;
  private int scanError = -1;
  private String scanReason;

  private int cur;

  private final int[] itemType = new int[MAX_ITEMS];
  private final int[] itemDay = new int[MAX_ITEMS];
  private final int[] itemMonth = new int[MAX_ITEMS];
  private final int[] itemYear = new int[MAX_ITEMS];
  private final int[] itemPos = new int[MAX_ITEMS];
  private int items;

  /** The starting year of the financial year last read by {@link #financialYear()}. */
  private int fyYear;

  private int errorPos = -1;
  private String errorReason = "not a recognised form";

  private TargetParser(String text, TargetContext context) {
    this.text = text;
    this.context = context;
    int cap = Math.min(text.length(), MAX_LENGTH) + 1;
    type = new byte[cap];
    start = new int[cap];
    end = new int[cap];
    value = new int[cap];
    digits = new byte[cap];
    ordinal = new boolean[cap];
  }

  /** Reads strictly, throwing {@link TargetParseException} naming the furthest position read. */
  static Target parse(String text, TargetContext context) {
    TargetParser p = new TargetParser(text, context);
    Target t = p.run();
    if (t == null) {
      throw new TargetParseException(text, Math.max(0, p.errorPos), p.errorReason);
    }
    return t;
  }

  /** Reads leniently: text that cannot be read gives an unrecognised target keeping it. */
  static Target read(String text, TargetContext context) {
    Target t = new TargetParser(text, context).run();
    return t != null ? t : Target.unrecognised(text);
  }

  // ---------------------------------------------------------------- scanning

  private void scan() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c <= 'z' && (c >= 'a' || c >= 'A' && c <= 'Z')) {
        int s = i;
        while (i < n && isAsciiLetter(text.charAt(i))) {
          i++;
        }
        add(WORD, s, i, keyword(s, i));
      } else if (c >= '0' && c <= '9') {
        int s = i;
        int v = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          if (i - s == 4) {
            scanFail(s, "a number of more than four digits");
            return;
          }
          v = v * 10 + (text.charAt(i) - '0');
          i++;
        }
        int d = i - s;
        boolean ord = false;
        if (i + 1 < n
            && isOrdinalSuffix(text.charAt(i), text.charAt(i + 1))
            && (i + 2 == n || !isAsciiLetter(text.charAt(i + 2)))) {
          ord = true;
          i += 2;
        }
        add(NUM, s, i, v);
        digits[count - 1] = (byte) d;
        ordinal[count - 1] = ord;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else {
        char p = punct(c);
        if (p == 0) {
          scanFail(i, "unexpected character '" + describe(i) + "'");
          return;
        }
        add(PUNCT, i, i + 1, p);
        i++;
      }
    }
  }

  private String describe(int i) {
    int cp = text.codePointAt(i);
    return Character.isISOControl(cp) || !Character.isDefined(cp)
        ? String.format("U+%04X", cp)
        : new String(Character.toChars(cp));
  }

  private void scanFail(int pos, String reason) {
    scanError = pos;
    scanReason = reason;
  }

  private void add(byte t, int s, int e, int v) {
    type[count] = t;
    start[count] = s;
    end[count] = e;
    value[count] = v;
    count++;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isOrdinalSuffix(char a, char b) {
    a = Character.toLowerCase(a);
    b = Character.toLowerCase(b);
    return a == 's' && b == 't'
        || a == 'n' && b == 'd'
        || a == 'r' && b == 'd'
        || a == 't' && b == 'h';
  }

  private static char punct(char c) {
    return switch (c) {
      case '/', '-', '.', ',', '&', '\'', '(', ')', ':', ';', '+', '?', '!', '*' -> c;
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u2018', '\u2019' -> '\'';
      default -> 0;
    };
  }

  /** Open-addressed table of {@link #WORDS} by {@link #hash}, holding index + 1; 0 is empty. */
  private static final int[] TABLE = new int[256];

  static {
    for (int k = 0; k < WORDS.length; k++) {
      String w = WORDS[k];
      int h = hash(w, 0, w.length());
      while (TABLE[h] != 0) {
        h = (h + 1) & 255;
      }
      TABLE[h] = k + 1;
    }
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = h * 31 + Character.toLowerCase(s.charAt(i));
    }
    return (h ^ (h >>> 8) ^ (h >>> 16)) & 255;
  }

  private int keyword(int s, int e) {
    int len = e - s;
    if (len <= 12) {
      for (int h = hash(text, s, e); TABLE[h] != 0; h = (h + 1) & 255) {
        String w = WORDS[TABLE[h] - 1];
        if (w.length() == len && text.regionMatches(true, s, w, 0, len)) {
          return IDS[TABLE[h] - 1];
        }
      }
    }
    // Misspellings ("therafter", "Septmber") are common in hand-kept plans; only long words are
    // matched loosely, so that short words never turn into months.
    if (len >= 5 && len <= 12) {
      for (int k = 0; k < WORDS.length; k++) {
        String w = WORDS[k];
        if (w.length() >= 6 && Math.abs(w.length() - len) <= 1 && withinOneEdit(s, e, w)) {
          return IDS[k];
        }
      }
    }
    return 0;
  }

  /** Whether the text between s and e is at most one insertion, deletion, change or swap from w. */
  private boolean withinOneEdit(int s, int e, String w) {
    int a = e - s;
    int b = w.length();
    int i = 0;
    while (i < a && i < b && lower(s + i) == w.charAt(i)) {
      i++;
    }
    if (i == a && i == b) {
      return true;
    }
    if (a == b) {
      if (restEquals(s, e, i + 1, w, i + 1)) {
        return true;
      }
      return i + 1 < a
          && lower(s + i) == w.charAt(i + 1)
          && lower(s + i + 1) == w.charAt(i)
          && restEquals(s, e, i + 2, w, i + 2);
    }
    return a > b ? restEquals(s, e, i + 1, w, i) : restEquals(s, e, i, w, i + 1);
  }

  private boolean restEquals(int s, int e, int from, String w, int wfrom) {
    if (e - s - from != w.length() - wfrom) {
      return false;
    }
    for (int k = 0; s + from + k < e; k++) {
      if (lower(s + from + k) != w.charAt(wfrom + k)) {
        return false;
      }
    }
    return true;
  }

  private char lower(int i) {
    return Character.toLowerCase(text.charAt(i));
  }

  // ---------------------------------------------------------------- token helpers

  private boolean fail(int token, String reason) {
    int pos = token < count ? start[token] : text.length();
    if (pos >= errorPos) {
      errorPos = pos;
      errorReason = reason;
    }
    return false;
  }

  private boolean atEnd() {
    return cur >= count;
  }

  private boolean isWord(int t, int id) {
    return t < count && type[t] == WORD && value[t] == id;
  }

  private boolean isPunct(int t, char c) {
    return t < count && type[t] == PUNCT && value[t] == c;
  }

  private boolean isNum(int t) {
    return t < count && type[t] == NUM;
  }

  private boolean isMonth(int t) {
    return t < count && type[t] == WORD && value[t] >= 1 && value[t] <= 12;
  }

  private boolean acceptWord(int id) {
    if (isWord(cur, id)) {
      cur++;
      return true;
    }
    return false;
  }

  private boolean acceptPunct(char c) {
    if (isPunct(cur, c)) {
      cur++;
      return true;
    }
    return false;
  }

  /** A year of two digits (20xx) or four, or -1. */
  private int year(int t) {
    if (!isNum(t) || ordinal[t]) {
      return -1;
    }
    if (digits[t] == 2) {
      return 2000 + value[t];
    }
    return digits[t] == 4 ? value[t] : -1;
  }

  // ---------------------------------------------------------------- the grammar

  private Target run() {
    if (text.length() > MAX_LENGTH) {
      errorPos = MAX_LENGTH;
      errorReason = "text longer than " + MAX_LENGTH + " characters";
      return null;
    }
    scan();
    if (count == 0) {
      if (scanError >= 0) {
        errorPos = scanError;
        errorReason = scanReason;
        return null;
      }
      if (!text.isBlank()) {
        // Only separators such as no-break spaces: not blank to the JDK, and no date either.
        errorPos = 0;
        errorReason = "no date written";
        return null;
      }
      return text.isEmpty() ? Target.none() : build(TargetKind.NONE);
    }
    if (isPunct(count - 1, '.') && scanError < 0) {
      // A closing full stop ("March 2015.") is punctuation of the sentence, not of the date.
      count--;
    }
    cur = 0;
    if (toBeConfirmed()) {
      return build(TargetKind.TO_BE_CONFIRMED);
    }
    if (scanError >= 0) {
      errorPos = scanError;
      errorReason = scanReason;
      return null;
    }
    cur = 0;
    if (ongoing()) {
      if (atEnd()) {
        return build(TargetKind.OPEN_START);
      }
      // "Ongoing from April 2015" is an open start with a first date.
      acceptPunct(',');
      acceptPunct('-');
      int first = cur;
      if (acceptWord(K_FROM) && item() && atEnd() && resolveYears()) {
        return withPeriod(TargetKind.OPEN_START, null);
      }
      fail(first, "expected 'from' and a first date after 'ongoing'");
      items = 0;
    }
    cur = 0;
    Target t = recurrenceFirst();
    if (t != null) {
      return t;
    }
    cur = 0;
    return dated();
  }

  /** {@code TBC}, {@code TBA}, {@code to be confirmed}, optionally followed by a remark. */
  private boolean toBeConfirmed() {
    if (isWord(cur, K_TO) && isWord(cur + 1, K_BE) && isWord(cur + 2, K_CONFIRMED)) {
      cur += 3;
    } else if (!acceptWord(K_TBC)) {
      return false;
    }
    acceptPunct('.');
    if (atEnd()) {
      return scanError < 0;
    }
    // A remark may follow a separator ("tbc - awaiting board"); it is kept in the text.
    return type[cur] == PUNCT && value[cur] != '/' && value[cur] != '.';
  }

  /** {@code Ongoing}, {@code On-going}, {@code on going}, {@code continuous}. */
  private boolean ongoing() {
    if (acceptWord(K_ONGOING)) {
      return true;
    }
    if (isWord(cur, K_ON) && isWord(cur + 1, K_GOING)) {
      cur += 2;
      return true;
    }
    if (isWord(cur, K_ON) && isPunct(cur + 1, '-') && isWord(cur + 2, K_GOING)) {
      cur += 3;
      return true;
    }
    return false;
  }

  /** A recurrence word or phrase at the cursor, or null. */
  private Recurrence recurrence() {
    if (cur >= count || type[cur] != WORD) {
      return null;
    }
    switch (value[cur]) {
      case K_WEEKLY -> {
        cur++;
        return Recurrence.WEEKLY;
      }
      case K_MONTHLY -> {
        cur++;
        return Recurrence.MONTHLY;
      }
      case K_QUARTERLY -> {
        cur++;
        return Recurrence.QUARTERLY;
      }
      case K_ANNUALLY -> {
        cur++;
        return Recurrence.ANNUALLY;
      }
      case K_EVERY -> {
        switch (cur + 1 < count && type[cur + 1] == WORD ? value[cur + 1] : 0) {
          case K_WEEK -> {
            cur += 2;
            return Recurrence.WEEKLY;
          }
          case K_MONTH -> {
            cur += 2;
            return Recurrence.MONTHLY;
          }
          case K_QUARTER -> {
            cur += 2;
            return Recurrence.QUARTERLY;
          }
          case K_YEAR -> {
            cur += 2;
            return Recurrence.ANNUALLY;
          }
          default -> {
            return null;
          }
        }
      }
      default -> {
        return null;
      }
    }
  }

  /** {@code monthly}, {@code Monthly from April 2015}, {@code quarterly starting Q1 2015/16}. */
  private Target recurrenceFirst() {
    if (ongoing()) {
      // "Ongoing - monthly": the recurrence says more than "ongoing" does.
      acceptPunct('-');
      acceptPunct(',');
      acceptPunct(':');
    }
    Recurrence r = recurrence();
    if (r == null) {
      return null;
    }
    int beforeTail = cur;
    thereafter();
    if (!atEnd()) {
      acceptPunct('-');
      acceptPunct(',');
      ongoing();
    }
    if (atEnd()) {
      return recurring(r, -1);
    }
    cur = beforeTail;
    acceptPunct(',');
    if (acceptWord(K_FROM) || acceptWord(K_STARTING) || acceptWord(K_COMMENCING)) {
      int first = cur;
      if (item()) {
        acceptWord(K_ONWARDS);
        if (atEnd() && resolveYears()) {
          return recurring(r, 0);
        }
        fail(cur, "expected nothing after the first date");
      }
      cur = first;
      return null;
    }
    fail(cur, "expected 'from' and a first date after the recurrence");
    return null;
  }

  /** Everything that starts with, or is, a date. */
  private Target dated() {
    boolean from = false;
    boolean between = false;
    if (acceptWord(K_FROM) || acceptWord(K_STARTING) || acceptWord(K_COMMENCING)) {
      from = true;
    } else if (acceptWord(K_BETWEEN)) {
      between = true;
    } else {
      prefix();
    }
    items = 0;
    if (!item()) {
      return null;
    }
    // The separators decide the reading: '-', 'to', 'until' and 'and' after 'between' make a
    // range; '/', '&', ',' and 'and' make a list.
    boolean range = false;
    boolean list = false;
    char lastSep = 0;
    while (!atEnd()) {
      int mark = cur;
      boolean rangeSep;
      char sep;
      if (acceptPunct('-') || acceptWord(K_TO) || acceptWord(K_UNTIL)) {
        rangeSep = true;
        sep = '-';
      } else if (acceptWord(K_AND) || acceptPunct('&')) {
        rangeSep = between;
        sep = '&';
      } else if (acceptPunct('/')) {
        rangeSep = false;
        sep = '/';
      } else if (acceptPunct(',')) {
        rangeSep = false;
        sep = ',';
      } else {
        break;
      }
      if (atEnd() || !startsItem(cur)) {
        cur = mark;
        break;
      }
      if (!item()) {
        return null;
      }
      if (rangeSep) {
        if (range || list) {
          fail(mark, "a range joins exactly two dates");
          return null;
        }
        range = true;
      } else {
        if (range) {
          fail(mark, "a range joins exactly two dates");
          return null;
        }
        list = true;
      }
      lastSep = sep;
    }
    if (between && !range) {
      fail(cur, "expected 'and' and a second date after 'between'");
      return null;
    }
    if (!resolveYears()) {
      return null;
    }
    if (from && (range || list)) {
      fail(cur, "an open start has one first date");
      return null;
    }
    if (range) {
      return rangeTarget();
    }
    if (list && items == 2 && lastSep == '/' && consecutiveMonths()) {
      // "June/July 2012": two adjacent months are read as one span.
      return rangeTarget();
    }
    if (list) {
      if (!atEnd()) {
        fail(cur, "unexpected text after the dates");
        return null;
      }
      return listTarget();
    }
    // A single period, perhaps followed by "onwards" or a recurrence.
    if (openSuffix()) {
      if (atEnd()) {
        return withPeriod(TargetKind.OPEN_START, null);
      }
      fail(cur, "unexpected text after 'onwards'");
      return null;
    }
    if (from) {
      if (atEnd()) {
        return withPeriod(TargetKind.OPEN_START, null);
      }
      fail(cur, "unexpected text after the first date");
      return null;
    }
    if (atEnd()) {
      return single();
    }
    Recurrence r = recurrenceSuffix();
    if (r != null) {
      return withPeriod(TargetKind.RECURRING, r);
    }
    fail(cur, "unexpected text after the date");
    return null;
  }

  /** {@code onwards}, {@code - ongoing}, {@code & ongoing}, {@code and onwards}. */
  private boolean openSuffix() {
    int mark = cur;
    if (!acceptPunct('-') && !acceptPunct(',') && !acceptPunct('&')) {
      acceptWord(K_AND);
    }
    if (acceptWord(K_ONWARDS) || ongoing()) {
      return true;
    }
    cur = mark;
    return false;
  }

  /** {@code , thereafter monthly}, {@code then monthly}, {@code and monthly thereafter}. */
  private Recurrence recurrenceSuffix() {
    int mark = cur;
    acceptPunct(',');
    acceptPunct('-');
    acceptPunct(';');
    acceptWord(K_AND);
    acceptWord(K_THEN);
    thereafter();
    Recurrence r = recurrence();
    if (r == null) {
      fail(cur, "expected a recurrence such as 'thereafter monthly'");
      cur = mark;
      return null;
    }
    thereafter();
    acceptPunct('.');
    if (!atEnd()) {
      fail(cur, "unexpected text after the recurrence");
      cur = mark;
      return null;
    }
    return r;
  }

  private boolean thereafter() {
    if (acceptWord(K_THEREAFTER)) {
      return true;
    }
    if (isWord(cur, K_THERE) && isWord(cur + 1, K_AFTER)) {
      cur += 2;
      return true;
    }
    return false;
  }

  /** Words that add nothing to the deadline: {@code by}, {@code due by}, {@code end of}. */
  private void prefix() {
    acceptWord(K_DUE);
    acceptWord(K_BY);
    acceptWord(K_BEFORE);
    acceptWord(K_THE);
    if (acceptWord(K_END)) {
      acceptWord(K_OF);
    }
    acceptPunct(':');
  }

  private boolean startsItem(int t) {
    if (t >= count) {
      return false;
    }
    if (type[t] == NUM) {
      return true;
    }
    if (type[t] != WORD) {
      return false;
    }
    int v = value[t];
    return v >= 1 && v <= 12
        || v == K_Q
        || v == K_QUARTER
        || v == K_FY
        || v == K_FINANCIAL
        || v >= K_SPRING && v <= K_WINTER
        || v == K_WC
        || v == K_W
        || v == K_WEEK
        || v == K_END;
  }

  // ---------------------------------------------------------------- items

  private boolean addItem(int kind, int day, int month, int year, int token) {
    if (items == MAX_ITEMS) {
      return fail(token, "more than " + MAX_ITEMS + " dates");
    }
    itemType[items] = kind;
    itemDay[items] = day;
    itemMonth[items] = month;
    itemYear[items] = year;
    itemPos[items] = token;
    items++;
    return true;
  }

  /** One dated period at the cursor. */
  private boolean item() {
    int t = cur;
    if (t >= count) {
      return fail(t, "expected a date");
    }
    if (isWord(t, K_END)) {
      // "end of March" within a list or range: the month is due at its end anyway.
      cur++;
      acceptWord(K_OF);
      t = cur;
      if (t >= count) {
        return fail(t, "expected a date after 'end of'");
      }
    }
    if (type[t] == NUM) {
      return numericItem();
    }
    if (type[t] != WORD) {
      return fail(t, "expected a date");
    }
    int v = value[t];
    if (v >= 1 && v <= 12) {
      return monthItem();
    }
    return switch (v) {
      case K_Q, K_QUARTER -> quarterItem();
      case K_FY, K_FINANCIAL -> financialYearItem();
      case K_SPRING, K_SUMMER, K_AUTUMN, K_WINTER -> seasonItem();
      case K_WC, K_W, K_WEEK -> weekItem();
      default -> fail(t, "expected a date");
    };
  }

  private boolean numericItem() {
    int t = cur;
    int d = digits[t];
    if (d == 4 && !ordinal[t]) {
      int y = value[t];
      if (isPunct(t + 1, '-') && isNum(t + 2) && digits[t + 2] == 2 && !ordinal[t + 2]) {
        int m = value[t + 2];
        if (isPunct(t + 3, '-') && isNum(t + 4) && digits[t + 4] <= 2 && !ordinal[t + 4]) {
          cur = t + 5;
          return day(value[t + 4], m, y, t);
        }
        if (m >= 1 && m <= 12) {
          // ISO month: "2015-07". Financial years are read here only where the second number
          // cannot be a month ("2015-16"), and always with a slash ("2011/12").
          cur = t + 3;
          return addItem(I_MONTH, 0, m, y, t);
        }
      }
      if (financialYear()) {
        return quarterSuffix(t);
      }
      return fail(t, "a year alone is not a target; expected a financial year such as 2015/16");
    }
    if (d > 2) {
      return fail(t, "expected a day of one or two digits");
    }
    int dd = value[t];
    // Numeric day: 31/03/2015, 31.03.15, 31-3-15, 30/3.
    if (!ordinal[t]
        && t + 2 < count
        && type[t + 1] == PUNCT
        && isNum(t + 2)
        && digits[t + 2] <= 2
        && !ordinal[t + 2]) {
      char sep = (char) value[t + 1];
      if (sep == '/' || sep == '.' || sep == '-') {
        int m = value[t + 2];
        if (isPunct(t + 3, sep) && isNum(t + 4)) {
          int y = year(t + 4);
          if (y < 0) {
            return fail(t + 4, "expected a year of two or four digits");
          }
          cur = t + 5;
          return day(dd, m, y, t);
        }
        cur = t + 3;
        return day(dd, m, -1, t);
      }
    }
    // Day and month name: 15th March 2015, 15 Mar 15, 15-Mar-15, 15th of March.
    int u = t + 1;
    if (isPunct(u, '-') || isPunct(u, '.')) {
      u++;
    }
    if (isWord(u, K_OF)) {
      u++;
    }
    if (isMonth(u)) {
      int m = value[u];
      cur = u + 1;
      acceptPunct('.');
      int mark = cur;
      acceptPunct('-');
      acceptPunct(',');
      acceptPunct('\'');
      int y = year(cur);
      if (y >= 0) {
        cur++;
        return day(dd, m, y, t);
      }
      cur = mark;
      return day(dd, m, -1, t);
    }
    return fail(t + 1, "expected a month after the day");
  }

  private boolean day(int d, int m, int y, int token) {
    if (m < 1 || m > 12) {
      return fail(token, "no month " + m);
    }
    if (d < 1 || d > 31) {
      return fail(token, "no day " + d);
    }
    return addItem(I_DAY, d, m, y, token);
  }

  /** March 15, Apr-15, April -15, May - 2015, Sept 12, Jan16, March 31st 2015, March. */
  private boolean monthItem() {
    int t = cur;
    int m = value[t];
    cur++;
    acceptPunct('.');
    int mark = cur;
    if (isNum(cur) && ordinal[cur] && digits[cur] <= 2) {
      int dd = value[cur];
      cur++;
      acceptPunct(',');
      int y = year(cur);
      if (y >= 0) {
        cur++;
      }
      return day(dd, m, y, t);
    }
    if (isNum(cur)
        && digits[cur] <= 2
        && (fourDigitYear(cur + 1) || isPunct(cur + 1, ',') && fourDigitYear(cur + 2))) {
      // "March 31, 2015" or "March 31 2015": a day, because a four-digit year follows.
      int dd = value[cur];
      cur++;
      acceptPunct(',');
      int y = year(cur);
      cur++;
      return day(dd, m, y, t);
    }
    acceptPunct('-');
    acceptPunct(',');
    acceptPunct('\'');
    int y = year(cur);
    if (y >= 0) {
      cur++;
      return addItem(I_MONTH, 0, m, y, t);
    }
    if (isNum(cur)) {
      return fail(
          cur,
          "expected a year of two or four digits after the month ('March 15' is " + "March 2015)");
    }
    cur = mark;
    return addItem(I_MONTH, 0, m, -1, t);
  }

  private boolean fourDigitYear(int t) {
    return isNum(t) && digits[t] == 4 && !ordinal[t];
  }

  /** Q1 2015/16, Q2 15/16, Quarter 3 2015-16, Q4 of 2015/16. */
  private boolean quarterItem() {
    int t = cur;
    cur++;
    if (!isNum(cur) || digits[cur] != 1 || value[cur] < 1 || value[cur] > 4) {
      return fail(cur, "expected a quarter number 1 to 4");
    }
    int q = value[cur];
    cur++;
    acceptWord(K_OF);
    acceptPunct(',');
    acceptWord(K_FY);
    if (!financialYear()) {
      return fail(cur, "expected the financial year of the quarter, such as 2015/16");
    }
    return addItem(I_QUARTER, 0, q, fyYear, t);
  }

  /** After a financial year: an optional quarter ("2015/16 Q1"), else the year itself. */
  private boolean quarterSuffix(int t) {
    if ((isWord(cur, K_Q) || isWord(cur, K_QUARTER))
        && isNum(cur + 1)
        && digits[cur + 1] == 1
        && value[cur + 1] >= 1
        && value[cur + 1] <= 4) {
      int q = value[cur + 1];
      cur += 2;
      return addItem(I_QUARTER, 0, q, fyYear, t);
    }
    return addItem(I_FY, 0, 0, fyYear, t);
  }

  /** 2015/16, 2015-16, 2015/2016, 15/16; sets {@link #fyYear} to the starting year. */
  private boolean financialYear() {
    int t = cur;
    int a = year(t);
    if (a < 0 || !(isPunct(t + 1, '/') || isPunct(t + 1, '-')) || !isNum(t + 2)) {
      return false;
    }
    int b = year(t + 2);
    if (b != a + 1) {
      return fail(t + 2, "a financial year runs into the next year, such as 2015/16");
    }
    if (digits[t] == 2 && digits[t + 2] == 4) {
      return fail(t, "expected a financial year such as 2015/16");
    }
    fyYear = a;
    cur = t + 3;
    return true;
  }

  /** FY 2015/16, FY15/16, financial year 2015-16. */
  private boolean financialYearItem() {
    int t = cur;
    if (acceptWord(K_FINANCIAL)) {
      if (!acceptWord(K_YEAR)) {
        return fail(cur, "expected 'year' after 'financial'");
      }
    } else {
      cur++;
    }
    acceptPunct('-');
    if (!financialYear()) {
      return fail(cur, "expected a financial year such as 2015/16");
    }
    return quarterSuffix(t);
  }

  /** Spring 2015, Winter 2015/16, Autumn term 2015, Summer term 2016. */
  private boolean seasonItem() {
    int t = cur;
    int s = value[t] - K_SPRING + 1;
    cur++;
    boolean term = acceptWord(K_TERM);
    if (term && s == 4) {
      return fail(t, "school terms are spring, summer and autumn");
    }
    acceptPunct('-');
    acceptPunct('\'');
    int y = year(cur);
    if (y >= 0) {
      if (s == 4 && (isPunct(cur + 1, '/') || isPunct(cur + 1, '-'))) {
        if (!financialYear()) {
          return fail(cur, "expected a winter such as 2015/16");
        }
        y = fyYear;
      } else {
        cur++;
      }
    }
    return addItem(term ? I_TERM : I_SEASON, 0, s, y, t);
  }

  /** w/c 6th April 2015, wc 6/4/15, week commencing 6 April, w/b 6th April. */
  private boolean weekItem() {
    int t = cur;
    if (isWord(t, K_W)) {
      if (!(isPunct(t + 1, '/') && (isWord(t + 2, K_C) || isWord(t + 2, K_B)))) {
        return fail(t, "expected 'w/c'");
      }
      cur = t + 3;
    } else if (isWord(t, K_WEEK)) {
      cur++;
      if (!acceptWord(K_COMMENCING)) {
        return fail(cur, "expected 'commencing' after 'week'");
      }
    } else {
      cur++;
    }
    if (!isNum(cur) && !isMonth(cur)) {
      return fail(cur, "expected the first day of the week");
    }
    int before = items;
    if (!item()) {
      return false;
    }
    if (items != before + 1 || itemType[before] != I_DAY) {
      return fail(itemPos[before], "expected the first day of the week, such as 6th April 2015");
    }
    itemType[before] = I_WEEK;
    itemPos[before] = t;
    return true;
  }

  // ---------------------------------------------------------------- years and results

  /** Items written without a year take the next written year, else the context's. */
  private boolean resolveYears() {
    for (int i = items - 1; i >= 0; i--) {
      if (itemYear[i] >= 0) {
        continue;
      }
      if (i + 1 < items) {
        int y = itemYear[i + 1];
        // "November/January 2016": a month after the next one belongs to the year before.
        boolean sameKind =
            itemType[i + 1] == I_DAY || itemType[i + 1] == I_MONTH || itemType[i + 1] == I_WEEK;
        itemYear[i] = sameKind && itemMonth[i] > itemMonth[i + 1] ? y - 1 : y;
      } else if (context.defaultYear().isPresent()
          && context.defaultYear().getAsInt() >= 1
          && context.defaultYear().getAsInt() <= 9999) {
        itemYear[i] = context.defaultYear().getAsInt();
      } else {
        return fail(itemPos[i], "no year is written and the context gives none");
      }
    }
    for (int i = 0; i < items; i++) {
      if (itemType[i] == I_DAY || itemType[i] == I_WEEK) {
        int y = itemYear[i];
        if (y < 1 || y > 9999 || itemDay[i] > YearMonth.of(y, itemMonth[i]).lengthOfMonth()) {
          return fail(itemPos[i], "no such day " + itemDay[i] + "/" + itemMonth[i] + "/" + y);
        }
      }
    }
    return true;
  }

  private DateRange period(int i) {
    int y = itemYear[i];
    int m = itemMonth[i];
    return switch (itemType[i]) {
      case I_DAY -> DateRange.ofDay(LocalDate.of(y, m, itemDay[i]));
      case I_WEEK -> {
        LocalDate d = LocalDate.of(y, m, itemDay[i]);
        yield DateRange.of(d, d.plusDays(6));
      }
      case I_MONTH -> months(y, m, 1);
      case I_QUARTER -> months(m == 4 ? y + 1 : y, m == 4 ? 1 : 1 + 3 * m, 3);
      case I_FY -> months(y, 4, 12);
      case I_SEASON -> months(y, 3 * m, 3);
      default -> {
        // Terms as whole months: spring January to March, summer April to July, autumn
        // September to December.
        yield m == 1 ? months(y, 1, 3) : m == 2 ? months(y, 4, 4) : months(y, 9, 4);
      }
    };
  }

  private static DateRange months(int year, int firstMonth, int count) {
    LocalDate s = LocalDate.of(year, firstMonth, 1);
    return DateRange.of(s, s.plusMonths(count).minusDays(1));
  }

  private boolean consecutiveMonths() {
    return itemType[0] == I_MONTH
        && itemType[1] == I_MONTH
        && YearMonth.of(itemYear[0], itemMonth[0])
            .plusMonths(1)
            .equals(YearMonth.of(itemYear[1], itemMonth[1]));
  }

  private static final TargetKind[] KINDS = {
    null,
    TargetKind.DAY,
    TargetKind.MONTH,
    TargetKind.QUARTER,
    TargetKind.FINANCIAL_YEAR,
    TargetKind.SEASON,
    TargetKind.TERM,
    TargetKind.RANGE
  };

  private Target single() {
    return Target.builder().text(text).kind(KINDS[itemType[0]]).addPeriods(period(0)).build();
  }

  private Target rangeTarget() {
    DateRange a = period(0);
    DateRange b = period(items - 1);
    if (b.end().isBefore(a.start())) {
      fail(itemPos[items - 1], "the range ends before it starts");
      return null;
    }
    if (!atEnd()) {
      fail(cur, "unexpected text after the range");
      return null;
    }
    return Target.builder()
        .text(text)
        .kind(TargetKind.RANGE)
        .addPeriods(DateRange.of(a.start(), b.end()))
        .build();
  }

  private Target listTarget() {
    Target.Builder b = Target.builder().text(text).kind(TargetKind.LIST);
    for (int i = 0; i < items; i++) {
      b.addPeriods(period(i));
    }
    return b.build();
  }

  private Target withPeriod(TargetKind kind, Recurrence r) {
    Target.Builder b = Target.builder().text(text).kind(kind).addPeriods(period(0));
    if (r != null) {
      b.recurrence(r);
    }
    return b.build();
  }

  private Target recurring(Recurrence r, int item) {
    Target.Builder b = Target.builder().text(text).kind(TargetKind.RECURRING).recurrence(r);
    if (item >= 0) {
      b.addPeriods(period(item));
    }
    return b.build();
  }

  private Target build(TargetKind kind) {
    return Target.builder().text(text).kind(kind).build();
  }
}
