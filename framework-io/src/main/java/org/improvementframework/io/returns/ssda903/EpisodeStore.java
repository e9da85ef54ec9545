package org.improvementframework.io.returns.ssda903;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The episodes of an SSDA903 return in columns of primitive arrays: per episode the child's
 * number, {@code DECOM} and {@code DEC} as epoch days, the four codes the indicators read
 * ({@code RNE}, {@code LS}, {@code PLACE}, {@code REC}, each a shared instance) and where the
 * row was. About 40 bytes an episode, against about a kilobyte for a row of strings; the other
 * columns (category of need, provider, postcodes, URN) are checked by the reader and dropped.
 *
 * <p>{@link #byChild()} groups the episodes by child without comparing them (a counting sort on
 * the child's number) and orders each child's few episodes by {@code DECOM}, ties in file order,
 * so the file may list episodes in any order.
 */
final class EpisodeStore {

  private final Map<String, String> codes = new HashMap<>();
  private int[] child = new int[1024];
  private int[] decom = new int[1024];
  private int[] dec = new int[1024];
  private String[] rne = new String[1024];
  private String[] ls = new String[1024];
  private String[] place = new String[1024];
  private String[] rec = new String[1024];
  private long[] row = new long[1024];
  private String[] source = new String[1024];
  private int size;

  /** Keeps what the indicators need of an Episodes row of the child numbered {@code c}. */
  void add(int c, Ssda903Row r) {
    if (size == child.length) {
      grow();
    }
    child[size] = c;
    decom[size] = (int) r.date("DECOM").orElseThrow().toEpochDay();
    dec[size] = r.date("DEC").map(d -> (int) d.toEpochDay()).orElse(ChildIndex.NONE);
    rne[size] = code(r, "RNE");
    ls[size] = code(r, "LS");
    place[size] = code(r, "PLACE");
    rec[size] = code(r, "REC");
    row[size] = r.row();
    source[size] = r.source();
    size++;
  }

  int size() {
    return size;
  }

  int child(int e) {
    return child[e];
  }

  int decom(int e) {
    return decom[e];
  }

  /** The episode's {@code DEC} as an epoch day, or {@link ChildIndex#NONE}. */
  int dec(int e) {
    return dec[e];
  }

  String rne(int e) {
    return rne[e];
  }

  String ls(int e) {
    return ls[e];
  }

  String place(int e) {
    return place[e];
  }

  /** The episode's {@code REC}, empty if none. */
  String rec(int e) {
    return rec[e];
  }

  long row(int e) {
    return row[e];
  }

  String source(int e) {
    return source[e];
  }

  /**
   * Groups the episodes by child.
   *
   * @param children the number of children
   * @return {@code [order, start]}: the episodes of child {@code c} are
   *     {@code order[start[c]]} to {@code order[start[c + 1] - 1]}, in {@code DECOM} order
   */
  int[][] byChild(int children) {
    int[] start = new int[children + 1];
    for (int e = 0; e < size; e++) {
      start[child[e] + 1]++;
    }
    for (int c = 0; c < children; c++) {
      start[c + 1] += start[c];
    }
    int[] next = Arrays.copyOf(start, children);
    int[] order = new int[size];
    for (int e = 0; e < size; e++) {
      order[next[child[e]]++] = e;
    }
    for (int c = 0; c < children; c++) {
      sortByDecom(order, start[c], start[c + 1]);
    }
    return new int[][] {order, start};
  }

  private void sortByDecom(int[] order, int from, int to) {
    if (to - from <= 16) {
      // insertion sort: stable, and a child has a handful of episodes
      for (int i = from + 1; i < to; i++) {
        int e = order[i];
        int j = i - 1;
        while (j >= from && decom[order[j]] > decom[e]) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = e;
      }
      return;
    }
    // a child with very many episodes (a damaged file): (DECOM, file order) packed in a long
    long[] keys = new long[to - from];
    for (int i = from; i < to; i++) {
      keys[i - from] = ((long) decom[order[i]] << 32) | (i - from);
    }
    Arrays.sort(keys);
    int[] slice = Arrays.copyOfRange(order, from, to);
    for (int i = 0; i < keys.length; i++) {
      order[from + i] = slice[(int) keys[i]];
    }
  }

  private String code(Ssda903Row r, String column) {
    String v = r.value(column).orElse("");
    // one instance per distinct code: a million episodes share a few dozen strings
    return codes.computeIfAbsent(v, k -> k);
  }

  private void grow() {
    int n = child.length + (child.length >> 1);
    child = Arrays.copyOf(child, n);
    decom = Arrays.copyOf(decom, n);
    dec = Arrays.copyOf(dec, n);
    rne = Arrays.copyOf(rne, n);
    ls = Arrays.copyOf(ls, n);
    place = Arrays.copyOf(place, n);
    rec = Arrays.copyOf(rec, n);
    row = Arrays.copyOf(row, n);
    source = Arrays.copyOf(source, n);
  }
}
