package org.improvementframework.io.json;

import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Values a reader made before, kept by the text they were read from: a plan repeats a few
 * hundred to a few thousand targets and statuses over all its milestones. A text is found by its
 * characters in the parser's buffer as well as by a string, so that a text read again makes no
 * string and is hashed once. The table is open addressing over one array of hashes and indexes,
 * and the texts' characters are kept one after the other in one array: a lookup reads a few
 * cache lines of these, where comparing with the kept strings read a string and its bytes from
 * wherever the heap put them when each text was first read, a miss per lookup in a large plan.
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

  /** Two numbers per slot: the text's hash and its index plus one; 0 for a free slot. */
  private int[] slots = new int[2 * 64];

  /** The characters of every text kept, each from {@code starts[index]} to the next start. */
  private char[] chars = new char[1024];

  private int[] starts = new int[33];
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
    int mask = (slots.length >>> 1) - 1;
    for (int i = (h ^ h >>> 16) & mask; ; i = (i + 1) & mask) {
      int kept = slots[2 * i + 1] - 1;
      if (kept < 0) {
        return size < MAX_KEPT ? i : -1;
      }
      if (slots[2 * i] == h && sameText(kept, string, text, offset, length)) {
        return i;
      }
    }
  }

  private boolean sameText(int index, String string, char[] text, int offset, int length) {
    int from = starts[index];
    if (starts[index + 1] - from != length) {
      return false;
    }
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
    return slot < 0 ? -1 : slots[2 * slot + 1] - 1;
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
    int from = starts[size];
    if (slot < 0 || text.length() > MAX_CHARS - from) {
      return -1;
    }
    index = size++;
    if (size == texts.length) {
      texts = Arrays.copyOf(texts, size * 2);
      values = Arrays.copyOf(values, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
    }
    if (from + text.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(from + text.length(), 2 * chars.length));
    }
    text.getChars(0, text.length(), chars, from);
    starts[size] = from + text.length();
    texts[index] = text;
    values[index] = value;
    slots[2 * slot] = text.hashCode();
    slots[2 * slot + 1] = size;
    if (size * 4 > slots.length) {
      grow();
    }
    return index;
  }

  /** Doubles the table, which stays at most half full so that a search ends soon. */
  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = (slots.length >>> 1) - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int h = old[j];
        int i = (h ^ h >>> 16) & mask;
        while (slots[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = h;
        slots[2 * i + 1] = old[j + 1];
      }
    }
  }
}
