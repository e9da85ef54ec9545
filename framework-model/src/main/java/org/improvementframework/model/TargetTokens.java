package org.improvementframework.model;

/**
 * The tokens of one target text as {@link TargetScanner} found them, with the cursor of the
 * grammar that reads them and the furthest point at which it failed.
 *
 * <p>Tokens are kept in parallel arrays rather than objects: a plan of a million targets would
 * otherwise allocate tens of millions of small objects. One instance serves one reading, on one
 * thread, and is never published.
 */
final class TargetTokens {

  private static final byte NUM = 1;
  private static final byte WORD = 2;
  private static final byte PUNCT = 3;

  private final String text;
  private final byte[] type;
  private final int[] start;
  private final int[] end;
  private final int[] value;
  private final byte[] digits;
  private final boolean[] ordinal;
  private final TargetKeyword[] keyword;
  private int count;

  private int scanError = -1;
  private String scanReason;

  private int cur;
  private int errorPos = -1;
  private String errorReason = "not a recognised form";

  TargetTokens(String text) {
    this.text = text;
    // A text of n characters has at most n tokens.
    int cap = text.length() + 1;
    type = new byte[cap];
    start = new int[cap];
    end = new int[cap];
    value = new int[cap];
    digits = new byte[cap];
    ordinal = new boolean[cap];
    keyword = new TargetKeyword[cap];
  }

  // ---------------------------------------------------------------- filled by the scanner

  void addWord(int from, int to, TargetKeyword word) {
    keyword[count] = word;
    add(WORD, from, to, 0);
  }

  void addNumber(int from, int to, int number, int digitCount, boolean isOrdinal) {
    digits[count] = (byte) digitCount;
    ordinal[count] = isOrdinal;
    add(NUM, from, to, number);
  }

  void addPunct(int at, char normalised) {
    add(PUNCT, at, at + 1, normalised);
  }

  private void add(byte t, int from, int to, int v) {
    type[count] = t;
    start[count] = from;
    end[count] = to;
    value[count] = v;
    count++;
  }

  void scanFailed(int pos, String reason) {
    scanError = pos;
    scanReason = reason;
  }

  /** Drops a closing full stop ("March 2015."): punctuation of the sentence, not the date. */
  void dropClosingFullStop() {
    if (isPunct(count - 1, '.') && !scanFailed()) {
      count--;
    }
  }

  // ---------------------------------------------------------------- the tokens

  String text() {
    return text;
  }

  int count() {
    return count;
  }

  int start(int t) {
    return start[t];
  }

  int end(int t) {
    return end[t];
  }

  boolean scanFailed() {
    return scanError >= 0;
  }

  int scanErrorPosition() {
    return scanError;
  }

  String scanErrorReason() {
    return scanReason;
  }

  boolean isNum(int t) {
    return t < count && type[t] == NUM;
  }

  boolean isWord(int t) {
    return t < count && type[t] == WORD;
  }

  boolean isPunct(int t) {
    return t < count && type[t] == PUNCT;
  }

  boolean isWord(int t, TargetKeyword k) {
    return isWord(t) && keyword[t] == k;
  }

  boolean isPunct(int t, char c) {
    return isPunct(t) && value[t] == c;
  }

  boolean isMonth(int t) {
    return isWord(t) && keyword[t] != null && keyword[t].isMonth();
  }

  /** The keyword of a word token, or null for another token or an unknown word. */
  TargetKeyword keyword(int t) {
    return isWord(t) ? keyword[t] : null;
  }

  /** The number of a number token, or the character of a punctuation token. */
  int value(int t) {
    return value[t];
  }

  int digits(int t) {
    return digits[t];
  }

  boolean ordinal(int t) {
    return ordinal[t];
  }

  /** A number of at most {@code max} digits without an ordinal suffix. */
  boolean isPlainNum(int t, int max) {
    return isNum(t) && digits[t] <= max && !ordinal[t];
  }

  /** A year of two digits (20xx) or four, or -1. */
  int year(int t) {
    if (!isNum(t) || ordinal[t]) {
      return -1;
    }
    if (digits[t] == 2) {
      return 2000 + value[t];
    }
    return digits[t] == 4 ? value[t] : -1;
  }

  boolean fourDigitYear(int t) {
    return isNum(t) && digits[t] == 4 && !ordinal[t];
  }

  // ---------------------------------------------------------------- the cursor

  int cur() {
    return cur;
  }

  void seek(int t) {
    cur = t;
  }

  boolean atEnd() {
    return cur >= count;
  }

  boolean accept(TargetKeyword k) {
    if (isWord(cur, k)) {
      cur++;
      return true;
    }
    return false;
  }

  boolean accept(char c) {
    if (isPunct(cur, c)) {
      cur++;
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- failures

  /** Records a failure at a token (or the end) if it is the furthest yet. */
  void fail(int t, String reason) {
    failAt(t < count ? start[t] : text.length(), reason);
  }

  /** Records a failure at a character position if it is the furthest yet. */
  void failAt(int pos, String reason) {
    if (pos >= errorPos) {
      errorPos = pos;
      errorReason = reason;
    }
  }

  int errorPosition() {
    return errorPos;
  }

  String errorReason() {
    return errorReason;
  }
}
