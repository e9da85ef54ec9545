package org.improvementframework.io.json;

import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Values a reader made before, kept by the text they were read from: a plan repeats a few
 * hundred to a few thousand targets and statuses over all its milestones. A text is found by its
 * characters in the parser's buffer as well as by a string, so that a text read again makes no
 * string and is hashed once. The table is open addressing over one array holding, for each slot,
 * the text's hash, index, and where its characters are in one array of them all: a lookup reads
 * a line of the one and the characters of the other, where comparing with the kept strings read
 * a string and its bytes from wherever the heap put them when each text was first read, a miss
 * of the caches per lookup in a large plan.
 *
 * <p>Each text kept has an index, from 0 in the order the texts came, under which a reader may
 * keep numbers of its own in flat arrays. The table grows from a few slots to at most {@value
 * #MAX_KEPT} texts of {@value #MAX_CHARS} characters in all; a text beyond that is read again
 * each time, which costs only time.
 *
 * @param <T> the values kept
 */
final class KeptByText<T> {

  /** The most texts kept. */
  static final int MAX_KEPT = 4096;

  /** The most characters of all texts kept. */
  static final int MAX_CHARS = 1 << 18;

  /** The numbers of each slot, from {@code STRIDE * slot}. */
  private static final int STRIDE = 4;

  /**
   * Four numbers per slot: the text's hash, its index plus one (0 for a free slot), and the
   * start and length of its characters in {@link #chars}.
   */
  private int[] slots = new int[STRIDE * 64];

  /** The characters of every text kept, one after the other. */
  private char[] chars = new char[256];

  /** Where the characters of the next text kept go. */
  private int charsUsed;

  private String[] texts = new String[32];
  private Object[] values = new Object[32];
  private int size;

  /**
   * Gets the slot of a text: the one that holds it, or the free one where it would go; -1 if the
   * text is null or the table is full without it.
   */
  int slot(String text) {
    return text == null ? -1 : find(text.hashCode(), text, null, 0, text.length());
  }

  /**
   * Gets the slot of the text in {@code text} from {@code offset}, as {@link #slot(String)} does
   * for the same text as a string, without making one.
   */
  int slot(char[] text, int offset, int length) {
    // String.hashCode over the same characters, so that both lookups meet in one slot.
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + text[i];
    }
    return find(h, null, text, offset, length);
  }

  /** Finds a text given as a string, or when {@code string} is null, as characters. */
  private int find(int h, String string, char[] text, int offset, int length) {
    int mask = slots.length / STRIDE - 1;
    for (int i = (h ^ h >>> 16) & mask; ; i = (i + 1) & mask) {
      int at = STRIDE * i;
      if (slots[at + 1] == 0) {
        return size < MAX_KEPT ? i : -1;
      }
      if (slots[at] == h
          && slots[at + 3] == length
          && sameText(slots[at + 2], string, text, offset, length)) {
        return i;
      }
    }
  }

  private boolean sameText(int from, String string, char[] text, int offset, int length) {
    if (string != null) {
      return string.contentEquals(CharBuffer.wrap(chars, from, length));
    }
    for (int i = 0; i < length; i++) {
      if (chars[from + i] != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Gets the text kept in a slot {@link #slot} gave, or null. */
  String text(int slot) {
    int index = index(slot);
    return index < 0 ? null : texts[index];
  }

  /** Gets the index of the text kept in a slot {@link #slot} gave, or -1. */
  int index(int slot) {
    return slot < 0 ? -1 : slots[STRIDE * slot + 1] - 1;
  }

  /** Gets the value kept in a slot {@link #slot} gave, or null. */
  @SuppressWarnings("unchecked")
  T get(int slot) {
    int index = index(slot);
    return index < 0 ? null : (T) values[index];
  }

  /**
   * Keeps a value for a text in the slot {@link #slot} gave for it, if any, in place of the one
   * kept before.
   *
   * @return the text's index, or -1 if it is not kept
   */
  int put(int slot, String text, T value) {
    int index = index(slot);
    if (index >= 0) {
      values[index] = value;
      return index;
    }
    if (slot < 0 || text.length() > MAX_CHARS - charsUsed) {
      return -1;
    }
    int length = text.length();
    index = size++;
    if (size == texts.length) {
      texts = Arrays.copyOf(texts, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    if (charsUsed + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(charsUsed + length, 2 * chars.length));
    }
    text.getChars(0, length, chars, charsUsed);
    texts[index] = text;
    values[index] = value;
    int at = STRIDE * slot;
    slots[at] = text.hashCode();
    slots[at + 1] = size;
    slots[at + 2] = charsUsed;
    slots[at + 3] = length;
    charsUsed += length;
    if (size * 2 * STRIDE > slots.length) {
      grow();
    }
    return index;
  }

  /** Doubles the table, which stays at most half full so that a search ends soon. */
  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length / STRIDE - 1;
    for (int j = 0; j < old.length; j += STRIDE) {
      if (old[j + 1] != 0) {
        int h = old[j];
        int i = (h ^ h >>> 16) & mask;
        while (slots[STRIDE * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, j, slots, STRIDE * i, STRIDE);
      }
    }
  }
}
