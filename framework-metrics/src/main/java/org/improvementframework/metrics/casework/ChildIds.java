package org.improvementframework.metrics.casework;

import java.util.Arrays;
import java.util.Objects;

/**
 * Numbers children's ids (0, 1, 2, ... in order of first appearance), so that a calculator keeps
 * events as primitive pairs rather than a map of strings to objects.
 *
 * <p>The ids' characters live in one growing {@code char} array, each after a four-character
 * header (its number and its length), and an open-addressing table of longs holds each id's hash
 * beside its place in that array. A lookup of a known id therefore touches two places in memory
 * (the table's slot and the id's characters), where a table of {@code String}s touches five (slot,
 * hash, reference, string, its bytes): at 10^6 rows over 2 * 10^5 children those are cache misses
 * and were a third of the ICPC run. No {@code String} is made per row; one is made per child, when
 * the result asks for the ids.
 */
final class ChildIds {

  private static final int HEADER = 4;

  private char[] arena = new char[256];
  private int used;
  private int[] offsets = new int[16];

  /** Per slot: the hash in the high half, the id's offset in the arena + 1 in the low; 0 empty. */
  private long[] slots = new long[32];

  private int size;
  private String[] names;

  /** Gets the number of an id, giving the next number to an id not met before. */
  int number(CharSequence childId) {
    Objects.requireNonNull(childId, "childId");
    int length = childId.length();
    int h = hash(childId, length);
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      long slot = slots[s];
      if (slot == 0) {
        return add(childId, length, h, s);
      }
      if ((int) (slot >>> 32) == h) {
        int o = (int) slot - 1;
        if (sameChars(o, childId, length)) {
          return (arena[o] << 16) | arena[o + 1];
        }
      }
    }
  }

  int size() {
    return size;
  }

  /** The id of a number, as a string; made once per child and kept. */
  String id(int number) {
    if (names == null || names.length < size) {
      names = names == null ? new String[size] : Arrays.copyOf(names, size);
    }
    String s = names[number];
    if (s == null) {
      int o = offsets[number];
      s = new String(arena, o + HEADER, (arena[o + 2] << 16) | arena[o + 3]);
      names[number] = s;
    }
    return s;
  }

  /**
   * Each child's rank in the order of their ids, so that results come out sorted by id: {@code
   * rank[number]} is the number's position; {@link #inRankOrder} gives the ids by rank.
   */
  int[] ranks() {
    String[] sorted = new String[size];
    for (int n = 0; n < size; n++) {
      sorted[n] = id(n);
    }
    Arrays.sort(sorted);
    int[] rank = new int[size];
    for (int r = 0; r < size; r++) {
      rank[number(sorted[r])] = r;
    }
    return rank;
  }

  String[] inRankOrder(int[] rank) {
    String[] byRank = new String[size];
    for (int n = 0; n < size; n++) {
      byRank[rank[n]] = id(n);
    }
    return byRank;
  }

  /** String's hash, mixed so that ids differing in their last characters spread over the table. */
  private static int hash(CharSequence id, int length) {
    int h;
    if (id instanceof String s) {
      h = s.hashCode();
    } else {
      h = 0;
      for (int i = 0; i < length; i++) {
        h = 31 * h + id.charAt(i);
      }
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
  }

  private boolean sameChars(int o, CharSequence id, int length) {
    if (((arena[o + 2] << 16) | arena[o + 3]) != length) {
      return false;
    }
    int from = o + HEADER;
    for (int i = 0; i < length; i++) {
      if (arena[from + i] != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int add(CharSequence id, int length, int h, int slot) {
    if (isBlank(id, length)) {
      throw new IllegalArgumentException("childId must not be blank");
    }
    if (used + HEADER + length > arena.length) {
      long wanted = Math.max(arena.length * 2L, (long) used + HEADER + length);
      if (wanted > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("too many children's ids for one calculator");
      }
      arena = Arrays.copyOf(arena, (int) wanted);
    }
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
    }
    int n = size++;
    int o = used;
    arena[o] = (char) (n >>> 16);
    arena[o + 1] = (char) n;
    arena[o + 2] = (char) (length >>> 16);
    arena[o + 3] = (char) length;
    for (int i = 0; i < length; i++) {
      arena[o + HEADER + i] = id.charAt(i);
    }
    used = o + HEADER + length;
    offsets[n] = o;
    slots[slot] = ((long) h << 32) | (o + 1L);
    if (size * 2 > slots.length) {
      rehash();
    }
    return n;
  }

  private static boolean isBlank(CharSequence id, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long slot : old) {
      if (slot != 0) {
        int s = (int) (slot >>> 32) & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = slot;
      }
    }
  }
}
