package org.improvementframework.io.json;

/**
 * Values a reader made before, kept by the text they were read from in a table of fixed size,
 * one value a slot: a plan repeats a few hundred targets and statuses over all its milestones,
 * and a value found here is one load from an array, where a {@code HashMap} followed a node, a
 * key and a value scattered over a heap that the plan being read keeps pushing out of the
 * caches. A text whose slot another text takes is read again, which costs only time.
 *
 * @param <T> the values kept
 */
final class KeptByText<T> {

  /** The number of slots, a power of two. */
  static final int SLOTS = 1024;

  private final String[] texts = new String[SLOTS];
  private final Object[] values = new Object[SLOTS];

  /** Gets the slot of a text; null has one too. */
  static int slot(String text) {
    int h = text == null ? 0 : text.hashCode();
    return (h ^ h >>> 10 ^ h >>> 20) & (SLOTS - 1);
  }

  /** Gets the value kept in a slot for this text, or null. */
  @SuppressWarnings("unchecked")
  T get(int slot, String text) {
    String kept = texts[slot];
    // The texts of a read are mostly the same strings (JsonValues.repeatedString): the
    // reference is compared first.
    return kept == text || (kept != null && kept.equals(text)) ? (T) values[slot] : null;
  }

  /** Keeps a value in a slot for this text, instead of what the slot held. */
  void put(int slot, String text, T value) {
    texts[slot] = text;
    values[slot] = value;
  }
}
