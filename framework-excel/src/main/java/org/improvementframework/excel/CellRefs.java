package org.improvementframework.excel;

/** Reads cell references such as {@code C14}: column letters, then a row number. */
final class CellRefs {

  /** Longer letter runs than this cannot name a column within any int limit. */
  private static final int MAX_LETTERS = 6;

  private static final int MAX_ROW_DIGITS = 12;

  private CellRefs() {}

  /** Gets the column of a reference, counting from 1; -1 if the reference has no letters. */
  static int column(String ref) {
    if (ref == null) {
      return -1;
    }
    int col = 0;
    int i = 0;
    for (; i < ref.length() && i <= MAX_LETTERS; i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
    }
    return i == 0 || i > MAX_LETTERS ? -1 : col;
  }

  /** Gets the row of a reference or a row number, counting from 1; -1 if there is none. */
  static long row(String ref) {
    if (ref == null) {
      return -1;
    }
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      i++;
    }
    int digits = ref.length() - i;
    if (digits == 0 || digits > MAX_ROW_DIGITS) {
      return -1;
    }
    long row = 0;
    for (; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      row = row * 10 + (c - '0');
    }
    return row == 0 ? -1 : row;
  }

  /** Reads a small non-negative number written in an attribute; -1 if absent or not one. */
  static int index(String text) {
    return CellStyles.index(text);
  }
}
