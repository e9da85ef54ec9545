package org.improvementframework.io.json;

/**
 * Values a reader made before, kept by the text they were read from: a plan repeats a few
 * hundred to a few thousand targets and statuses over all its milestones. An open-addressing
 * table in two arrays, where a {@code HashMap} followed a node, a key and a value scattered over
 * a heap that the plan being read keeps pushing out of the caches. It grows from a few slots to
 * at most {@value #MAX_KEPT} texts; a text beyond that is read again each time, which costs only
 * time.
 *
 * @param <T> the values kept
 */
final class KeptByText<T> {

  /** The most texts kept. */
  static final int MAX_KEPT = 4096;

  private String[] texts = new String[64];
  private Object[] values = new Object[64];
  private int size;

  /**
   * Gets the slot of a text: the one that holds it, or the free one where it would go; -1 if the
   * text is null or the table is full without it.
   */
  int slot(String text) {
    if (text == null) {
      return -1;
    }
    int mask = texts.length - 1;
    int h = text.hashCode();
    for (int i = (h ^ h >>> 16) & mask; ; i = (i + 1) & mask) {
      String kept = texts[i];
      if (kept == null) {
        return size < MAX_KEPT ? i : -1;
      }
      // The texts of a read are mostly the same strings (JsonValues.repeatedString): the
      // reference is compared first.
      if (kept == text || kept.equals(text)) {
        return i;
      }
    }
  }

  /** Gets the value kept in a slot {@link #slot} gave, or null. */
  @SuppressWarnings("unchecked")
  T get(int slot) {
    return slot < 0 ? null : (T) values[slot];
  }

  /** Keeps a value for a text in the slot {@link #slot} gave for it, if any. */
  void put(int slot, String text, T value) {
    if (slot < 0) {
      return;
    }
    values[slot] = value;
    if (texts[slot] == null) {
      texts[slot] = text;
      if (++size * 2 > texts.length) {
        grow();
      }
    }
  }

  /** Doubles the table, which stays at most half full so that a search ends soon. */
  private void grow() {
    String[] oldTexts = texts;
    Object[] oldValues = values;
    texts = new String[oldTexts.length * 2];
    values = new Object[oldTexts.length * 2];
    int mask = texts.length - 1;
    for (int j = 0; j < oldTexts.length; j++) {
      String text = oldTexts[j];
      if (text != null) {
        int h = text.hashCode();
        int i = (h ^ h >>> 16) & mask;
        while (texts[i] != null) {
          i = (i + 1) & mask;
        }
        texts[i] = text;
        values[i] = oldValues[j];
      }
    }
  }
}
