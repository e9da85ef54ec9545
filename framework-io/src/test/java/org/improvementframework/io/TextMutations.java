package org.improvementframework.io;

import java.util.Random;

/** Damages a valid document in a few random places, for the readers' "bad input" properties. */
public final class TextMutations {

  private TextMutations() {}

  /**
   * Replaces or inserts one to three characters drawn from the alphabet, at places and with
   * characters chosen by the seed, so that a failing case can be replayed from its seed.
   */
  public static String mutate(String text, String alphabet, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(text);
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      int at = r.nextInt(sb.length());
      char c = alphabet.charAt(r.nextInt(alphabet.length()));
      if (r.nextBoolean()) {
        sb.setCharAt(at, c);
      } else {
        sb.insert(at, c);
      }
    }
    return sb.toString();
  }
}
