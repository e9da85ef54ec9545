package org.improvementframework.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A red, amber, green or blue rating, as written against an action.
 *
 * <p>What each colour means is not fixed here: councils differ (blue means complete in one plan,
 * re-scheduled in another), so the meaning belongs to a RAG policy in the metrics module.
 *
 * <p>Reading takes a letter ({@code R}, {@code A}, {@code G}, {@code B}) or a word ({@code Red},
 * {@code Amber}, {@code Green}, {@code Blue}) in any case, ignoring surrounding space and any
 * comment after it ({@code Green (on track)}, {@code Amber - slipped}). Two colours joined
 * ({@code Amber/Green}, {@code R-A}) name no one rating and read as nothing, never as the first.
 * The reading is of the text as it is: a look-alike letter from a PDF extraction (the Greek
 * {@code Α} or Cyrillic {@code А} for {@code A}, a {@code 4} for {@code A}) is not a rating here;
 * repairing such text is the importer's job, which knows where the text came from and warns.
 *
 * <pre>{@code
 * Rag.parse("A");                  // AMBER
 * Rag.parse("Green (on track)");   // GREEN
 * Rag.read("n/a");                 // Optional.empty()
 * Rag.read("");                    // Optional.empty()
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
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
   * ({@code Amber}, {@code Green (on track)}), as described on this type.
   *
   * @param text the written rating; not null
   * @return the rating; not null
   * @throws IllegalArgumentException if the text names no one rating, or is blank
   */
  public static Rag parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return read(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot read RAG rating '"
                        + text
                        + "': expected R, A, G, B, Red, Amber, Green or Blue"));
  }

  /**
   * Obtains the rating from a letter or word, as {@link #parse(CharSequence)} does, or nothing if
   * the text is blank or names no one rating.
   *
   * @param text the written rating; not null
   * @return the rating, or empty; not null
   */
  public static Optional<Rag> read(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip().toUpperCase(Locale.ROOT);
    int cut = wordEnd(s, 0);
    Optional<Rag> rag = ofWord(s.substring(0, cut));
    if (rag.isEmpty() || cut == s.length()) {
      return rag;
    }
    char separator = s.charAt(cut);
    if (separator == '/'
        || separator == '-'
        || separator == '&'
        || Character.isWhitespace(separator)) {
      // "Amber/Green", "R-A" or "Amber and Green" join two colours: no one rating.
      int next = cut + 1;
      while (next < s.length()
          && (Character.isWhitespace(s.charAt(next))
              || s.charAt(next) == '/'
              || s.charAt(next) == '-'
              || s.charAt(next) == '&')) {
        next++;
      }
      String following = s.substring(next, wordEnd(s, next));
      if (following.equals("AND") || following.equals("OR") || following.equals("TO")) {
        int after = next + following.length();
        while (after < s.length() && Character.isWhitespace(s.charAt(after))) {
          after++;
        }
        following = s.substring(after, wordEnd(s, after));
      }
      if (ofWord(following).isPresent()) {
        return Optional.empty();
      }
    }
    return rag;
  }

  private static int wordEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '('
          || c == '-'
          || c == ':'
          || c == ','
          || c == '/'
          || c == '&'
          || c == '.'
          || c == ';'
          || c == ')'
          || Character.isWhitespace(c)) {
        return i;
      }
    }
    return s.length();
  }

  private static Optional<Rag> ofWord(String word) {
    return switch (word) {
      case "R", "RED" -> Optional.of(RED);
      case "A", "AMBER" -> Optional.of(AMBER);
      case "G", "GREEN" -> Optional.of(GREEN);
      case "B", "BLUE" -> Optional.of(BLUE);
      default -> Optional.empty();
    };
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
