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
 * the result asks for the ids. Short ids (up to eight characters of Latin-1, as most
 * pseudonymous ids are) skip the arena on lookup: their characters are the key of a second table.
 */
final class ChildIds {

  private static final int HEADER = 4;

  private char[] arena = new char[256];
  private int used;
  private int[] offsets = new int[16];

  /** Per slot: the hash in the high half, the id's offset in the arena + 1 in the low; 0 empty. */
  private long[] slots = new long[32];

  /**
   * Ids of at most eight characters, each 1 to 255 (most pseudonymous ids), packed into a long
   * key ({@link ShortIdEvents#packed}) held beside its number + 1: a lookup touches one place in
   * memory instead of two.
   */
  private long[] shortIds = new long[64];

  private int shortCount;
  private int size;
  private String[] names;

  /** Gets the number of an id, giving the next number to an id not met before. */
  int number(CharSequence childId) {
    Objects.requireNonNull(childId, "childId");
    int length = childId.length();
    long key = ShortIdEvents.packed(childId, length);
    if (key != 0) {
      return shortNumber(childId, length, key);
    }
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
   *
   * <p>The numbers are sorted by their ids' first eight characters packed into two longs, and by
   * the whole ids only where those are equal: sorting the ids as strings and then looking each up
   * again was over a third of a re-referral run at 10^6 rows (two cache misses per comparison).
   */
  int[] ranks() {
    long[] head = new long[size];
    long[] tail = new long[size];
    int[] order = new int[size];
    for (int n = 0; n < size; n++) {
      head[n] = packed(n, 0);
      tail[n] = packed(n, 4);
      order[n] = n;
    }
    new IdSort(head, tail, this::compareIds).sort(order);
    int[] rank = new int[size];
    for (int r = 0; r < size; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  /** Four characters of an id from a position, as unsigned 16-bit digits; 0 past its end. */
  private long packed(int number, int from) {
    int o = offsets[number];
    int length = (arena[o + 2] << 16) | arena[o + 3];
    long key = 0;
    for (int i = from; i < from + 4; i++) {
      key = (key << 16) | (i < length ? arena[o + HEADER + i] : 0);
    }
    return key;
  }

  /** Compares two ids as {@link String#compareTo} would, without making the strings. */
  private int compareIds(int a, int b) {
    int oa = offsets[a];
    int ob = offsets[b];
    int la = (arena[oa + 2] << 16) | arena[oa + 3];
    int lb = (arena[ob + 2] << 16) | arena[ob + 3];
    int common = Math.min(la, lb);
    for (int i = 0; i < common; i++) {
      int c = arena[oa + HEADER + i] - arena[ob + HEADER + i];
      if (c != 0) {
        return c;
      }
    }
    return la - lb;
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

  private int shortNumber(CharSequence id, int length, long key) {
    int mask = (shortIds.length >>> 1) - 1;
    for (int s = shortHash(key) & mask; ; s = (s + 1) & mask) {
      long k = shortIds[2 * s];
      if (k == key) {
        return (int) shortIds[2 * s + 1] - 1;
      }
      if (k == 0) {
        int n = append(id, length);
        shortIds[2 * s] = key;
        shortIds[2 * s + 1] = n + 1L;
        if (++shortCount * 2 > shortIds.length >>> 1) {
          rehashShort();
        }
        return n;
      }
    }
  }

  private static int shortHash(long key) {
    // the top half folded in first: a short id's first characters are the key's top bytes, which
    // the product's middle bits (the slot) would otherwise not see
    return (int) (((key ^ (key >>> 32)) * 0x9E3779B97F4A7C15L) >>> 32);
  }

  private void rehashShort() {
    long[] old = shortIds;
    shortIds = new long[old.length * 2];
    int mask = (shortIds.length >>> 1) - 1;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        int s = shortHash(old[i]) & mask;
        while (shortIds[2 * s] != 0) {
          s = (s + 1) & mask;
        }
        shortIds[2 * s] = old[i];
        shortIds[2 * s + 1] = old[i + 1];
      }
    }
  }

  private int add(CharSequence id, int length, int h, int slot) {
    int n = append(id, length); // before reading offsets: append may replace the array
    slots[slot] = ((long) h << 32) | (offsets[n] + 1L);
    if ((size - shortCount) * 2 > slots.length) {
      rehash();
    }
    return n;
  }

  /** Copies a new id into the arena and gives it the next number; refuses a blank id. */
  private int append(CharSequence id, int length) {
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
