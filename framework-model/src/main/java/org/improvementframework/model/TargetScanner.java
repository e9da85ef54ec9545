package org.improvementframework.model;

/**
 * Cuts a target text into tokens: words (with their {@link TargetKeyword}, if any), numbers of at
 * most four digits (with an ordinal suffix such as "15th" kept on the number) and punctuation.
 * Spaces separate tokens and are not kept.
 *
 * <p>Dashes and quotes are normalised ("–" is "-", "’" is "'"), since spreadsheets replace them as
 * people type. A character that no target uses stops the scan, with the tokens before it kept:
 * "TBC - awaiting £" is still to be confirmed.
 */
final class TargetScanner {

  private static final int MAX_DIGITS = 4;

  private TargetScanner() {}

  /** Scans a text, which must be no longer than {@link TargetParser#MAX_LENGTH}. */
  static TargetTokens scan(String text) {
    TargetTokens tokens = new TargetTokens(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isAsciiLetter(c)) {
        int s = i;
        while (i < n && isAsciiLetter(text.charAt(i))) {
          i++;
        }
        tokens.addWord(s, i, TargetKeyword.find(text, s, i));
      } else if (isDigit(c)) {
        i = number(text, i, tokens);
        if (i < 0) {
          return tokens;
        }
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else {
        char p = punct(c);
        if (p == 0) {
          tokens.scanFailed(i, "unexpected character '" + describe(text, i) + "'");
          return tokens;
        }
        tokens.addPunct(i, p);
        i++;
      }
    }
    return tokens;
  }

  /** Adds the number starting at s; returns the position after it, or -1 if it is too long. */
  private static int number(String text, int s, TargetTokens tokens) {
    int n = text.length();
    int i = s;
    int v = 0;
    while (i < n && isDigit(text.charAt(i))) {
      if (i - s == MAX_DIGITS) {
        tokens.scanFailed(s, "a number of more than four digits");
        return -1;
      }
      v = v * 10 + (text.charAt(i) - '0');
      i++;
    }
    int d = i - s;
    boolean ord =
        i + 1 < n
            && isOrdinalSuffix(text.charAt(i), text.charAt(i + 1))
            && (i + 2 == n || !isAsciiLetter(text.charAt(i + 2)));
    if (ord) {
      i += 2;
    }
    tokens.addNumber(s, i, v, d, ord);
    return i;
  }

  private static String describe(String text, int i) {
    int cp = text.codePointAt(i);
    return Character.isISOControl(cp) || !Character.isDefined(cp)
        ? String.format("U+%04X", cp)
        : new String(Character.toChars(cp));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isOrdinalSuffix(char a, char b) {
    char x = Character.toLowerCase(a);
    char y = Character.toLowerCase(b);
    return x == 's' && y == 't'
        || x == 'n' && y == 'd'
        || x == 'r' && y == 'd'
        || x == 't' && y == 'h';
  }

  /** The punctuation a target may use, normalised; 0 for any other character. */
  static char punct(char c) {
    return switch (c) {
      case '/', '-', '.', ',', '&', '\'', '(', ')', ':', ';', '+', '?', '!', '*' -> c;
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u2018', '\u2019' -> '\'';
      default -> 0;
    };
  }
}
