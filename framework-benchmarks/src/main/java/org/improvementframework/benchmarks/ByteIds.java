package org.improvementframework.benchmarks;

import java.util.Arrays;

/**
 * Numbers the distinct ids met as byte slices of files kept in memory (0, 1, 2, ... in order of
 * first appearance) without making a {@code String} per row: an open-addressing table of the
 * slices' positions. Benchmark-only, the companion of {@link DatedIdColumns}.
 */
final class ByteIds {

  private byte[][] sources = new byte[16][];
  private int[] source = new int[16];
  private int[] start = new int[16];
  private int[] length = new int[16];
  private int[] hashes = new int[16];
  private int[] slots = new int[32]; // id + 1, 0 when empty
  private int size;

  /**
   * Gets the number of an id, giving the next number to an id not met before.
   *
   * @param b the bytes holding the id; kept, not copied
   * @param from the index of its first byte
   * @param to the index after its last byte
   * @return the number, from 0
   */
  int number(byte[] b, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    h ^= h >>> 16;
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int id = slots[s] - 1;
      if (id < 0) {
        return add(b, from, to, h, s);
      }
      if (hashes[id] == h
          && Arrays.equals(sources[source[id]], start[id], start[id] + length[id], b, from, to)) {
        return id;
      }
    }
  }

  /**
   * Gets how many distinct ids were met.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  private int add(byte[] b, int from, int to, int h, int slot) {
    if (size == start.length) {
      int n = size * 2;
      source = Arrays.copyOf(source, n);
      start = Arrays.copyOf(start, n);
      length = Arrays.copyOf(length, n);
      hashes = Arrays.copyOf(hashes, n);
    }
    int src = sourceOf(b);
    int id = size++;
    source[id] = src;
    start[id] = from;
    length[id] = to - from;
    hashes[id] = h;
    slots[slot] = id + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private int sourceOf(byte[] b) {
    for (int i = 0; i < sources.length && sources[i] != null; i++) {
      if (sources[i] == b) {
        return i;
      }
    }
    for (int i = 0; ; i++) {
      if (i == sources.length) {
        sources = Arrays.copyOf(sources, i * 2);
      }
      if (sources[i] == null) {
        sources[i] = b;
        return i;
      }
    }
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int s = hashes[id] & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = id + 1;
    }
  }
}
