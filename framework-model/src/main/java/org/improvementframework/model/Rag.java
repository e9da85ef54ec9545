package org.improvementframework.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A red, amber, green or blue rating, as written against an action.
 *
 * <p>What each colour means is not fixed here: councils differ (blue means complete in one plan,
 * re-scheduled in another), so the meaning belongs to a RAG policy in the metrics module.
 *
 * <pre>{@code
 * Rag.parse("A");                  // AMBER
 * Rag.parse("Green (on track)");   // GREEN
 * Rag.read("n/a");                 // Optional.empty()
 * }</pre>
 */
public enum Rag {
  /** Red. */
  RED,
  /** Amber. */
  AMBER,
  /** Green. */
  GREEN,
  /** Blue. */
  BLUE;

  /**
   * Obtains the rating from a letter ({@code R}, {@code A}, {@code G}, {@code B}) or a word
   * ({@code Amber}, {@code Green (on track)}), in any case, ignoring surrounding space and
   * anything after the word in brackets or after a dash.
   *
   * @param text the written rating; not null
   * @return the rating; not null
   * @throws IllegalArgumentException if the text names no rating
   */
  public static Rag parse(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    return read(text).orElseThrow(() -> new IllegalArgumentException(
        "cannot read RAG rating '" + text + "': expected R, A, G, B, Red, Amber, Green or Blue"));
  }

  /**
   * Obtains the rating from a letter or word, as {@link #parse(CharSequence)} does, or nothing if
   * the text names no rating.
   *
   * @param text the written rating; not null
   * @return the rating, or empty; not null
   */
  public static Optional<Rag> read(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    String s = text.toString().strip().toUpperCase(Locale.ROOT);
    int cut = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '-' || c == ':' || c == ',' || c == '/' || Character.isWhitespace(c)) {
        cut = i;
        break;
      }
    }
    String word = s.substring(0, cut);
    switch (word) {
      case "R":
      case "RED":
        return Optional.of(RED);
      case "A":
      case "AMBER":
        return Optional.of(AMBER);
      case "G":
      case "GREEN":
        return Optional.of(GREEN);
      case "B":
      case "BLUE":
        return Optional.of(BLUE);
      default:
        return Optional.empty();
    }
  }

  /**
   * Gets the letter of this rating, as most plans write it.
   *
   * @return {@code R}, {@code A}, {@code G} or {@code B}; not null
   */
  public String letter() {
    return name().substring(0, 1);
  }
}
