package org.improvementframework.io.returns.ssda903;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.improvementframework.io.InputLocation;

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

  /** The date columns kept, each as an epoch day. */
  enum Day {
    /** The date the episode commenced; always known. */
    DECOM,
    /** The date the episode ceased, or {@link ChildIndex#NONE}. */
    DEC
  }

  /** The code columns kept, each empty if the cell was. */
  enum Code {
    /** The reason for the new episode. */
    RNE,
    /** The legal status. */
    LS,
    /** The placement type. */
    PLACE,
    /** The reason the episode ceased. */
    REC
  }

  private static final Day[] DAYS = Day.values();
  private static final Code[] CODES = Code.values();

  private final Map<String, String> codes = new HashMap<>();
  private int[] child = new int[1024];
  private final int[][] days = new int[DAYS.length][1024];
  private final String[][] coded = new String[CODES.length][1024];
  private long[] row = new long[1024];
  private String[] source = new String[1024];
  private int size;

  /** Keeps what the indicators need of an Episodes row of the child numbered {@code c}. */
  void add(int c, Ssda903Row r) {
    if (size == child.length) {
      grow();
    }
    child[size] = c;
    for (Day d : DAYS) {
      days[d.ordinal()][size] =
          r.date(d.name()).map(day -> (int) day.toEpochDay()).orElse(ChildIndex.NONE);
    }
    for (Code k : CODES) {
      // one instance per distinct code: a million episodes share a few dozen strings
      coded[k.ordinal()][size] = codes.computeIfAbsent(r.value(k.name()).orElse(""), v -> v);
    }
    row[size] = r.row();
    source[size] = r.source();
    size++;
  }

  int size() {
    return size;
  }

  /** The number of the episode's child. */
  int child(int e) {
    return child[e];
  }

  /** A date of the episode as an epoch day, or {@link ChildIndex#NONE}. */
  int day(Day column, int e) {
    return days[column.ordinal()][e];
  }

  /** A code of the episode, empty if none. */
  String code(Code column, int e) {
    return coded[column.ordinal()][e];
  }

  /** Where a cell of the episode's row is, for a warning (which never quotes the cell). */
  InputLocation location(int e, String column) {
    return InputLocation.ofCell(source[e], row[e], column);
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
    int[] decom = days[Day.DECOM.ordinal()];
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

  private void grow() {
    int n = child.length + (child.length >> 1);
    child = Arrays.copyOf(child, n);
    for (int i = 0; i < days.length; i++) {
      days[i] = Arrays.copyOf(days[i], n);
    }
    for (int i = 0; i < coded.length; i++) {
      coded[i] = Arrays.copyOf(coded[i], n);
    }
    row = Arrays.copyOf(row, n);
    source = Arrays.copyOf(source, n);
  }
}
