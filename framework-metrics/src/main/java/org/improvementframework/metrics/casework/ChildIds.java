package org.improvementframework.metrics.casework;

import java.util.Arrays;
import java.util.Objects;

/**
 * Numbers children's ids (0, 1, 2, ... in order of first appearance), so that a calculator keeps
 * events as primitive pairs rather than a map of strings to objects: an open-addressing table of
 * the ids and their hashes.
 */
final class ChildIds {

  private String[] ids = new String[16];
  private int[] hashes = new int[16];
  private int[] slots = new int[32]; // number + 1, 0 when empty
  private int size;

  /** Gets the number of an id, giving the next number to an id not met before. */
  int number(CharSequence childId) {
    Objects.requireNonNull(childId, "childId");
    // a String's calls inline under any compiler, a CharSequence's do not: one copy is cheaper
    String id = childId.toString();
    int h = id.hashCode() * 0x9E3779B9;
    h ^= h >>> 15;
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int n = slots[s] - 1;
      if (n < 0) {
        return add(id, h, s);
      }
      if (hashes[n] == h && ids[n].equals(id)) {
        return n;
      }
    }
  }

  int size() {
    return size;
  }

  String id(int number) {
    return ids[number];
  }

  /**
   * Each child's rank in the order of their ids, so that results come out sorted by id: {@code
   * rank[number]} is the number's position; {@link #inRankOrder} gives the ids by rank.
   */
  int[] ranks() {
    String[] sorted = Arrays.copyOf(ids, size);
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
      byRank[rank[n]] = ids[n];
    }
    return byRank;
  }

  private int add(String s, int h, int slot) {
    if (s.isBlank()) {
      throw new IllegalArgumentException("childId must not be blank");
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    int n = size++;
    ids[n] = s;
    hashes[n] = h;
    slots[slot] = n + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return n;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int n = 0; n < size; n++) {
      int s = hashes[n] & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = n + 1;
    }
  }
}
