package org.improvementframework.io;

/**
 * Checks that text is whole Unicode characters: a {@code String} can hold half of a surrogate
 * pair, which no UTF-8 file can, so a reader that let one in would build a plan no writer can
 * save.
 */
public final class Utf16 {

  private Utf16() {}

  /**
   * Finds the first surrogate that is not half of a pair.
   *
   * @param text the text; not null
   * @return the index of the lone surrogate, or -1 if there is none
   */
  public static int loneSurrogate(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
