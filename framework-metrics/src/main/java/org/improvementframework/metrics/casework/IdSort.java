package org.improvementframework.metrics.casework;

import java.util.function.IntBinaryOperator;

/**
 * A stable merge sort of numbers by two unsigned keys each, then by a comparison of last resort
 * for numbers whose keys are equal: the order of children's ids, whose first eight characters are
 * the keys, without a comparator call or a string per comparison.
 */
final class IdSort {

  private static final int INSERTION = 24;

  private final long[] head;
  private final long[] tail;
  private final IntBinaryOperator tie;

  /**
   * @param head the first key of each number
   * @param tail the second key of each number
   * @param tie compares two numbers whose keys are both equal
   */
  IdSort(long[] head, long[] tail, IntBinaryOperator tie) {
    this.head = head;
    this.tail = tail;
    this.tie = tie;
  }

  /** Sorts the numbers in place. */
  void sort(int[] numbers) {
    int[] spare = numbers.clone();
    sort(spare, numbers, 0, numbers.length);
  }

  /** Sorts {@code to[from, until)}, using {@code from}'s same range (equal on entry) as room. */
  private void sort(int[] spare, int[] to, int from, int until) {
    if (until - from <= INSERTION) {
      insertionSort(to, from, until);
      return;
    }
    int middle = (from + until) >>> 1;
    sort(to, spare, from, middle);
    sort(to, spare, middle, until);
    int i = from;
    int j = middle;
    for (int k = from; k < until; k++) {
      if (j >= until || (i < middle && compare(spare[i], spare[j]) <= 0)) {
        to[k] = spare[i++];
      } else {
        to[k] = spare[j++];
      }
    }
  }

  private void insertionSort(int[] a, int from, int until) {
    for (int i = from + 1; i < until; i++) {
      int x = a[i];
      int j = i - 1;
      while (j >= from && compare(a[j], x) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  private int compare(int a, int b) {
    int c = Long.compareUnsigned(head[a], head[b]);
    if (c == 0) {
      c = Long.compareUnsigned(tail[a], tail[b]);
    }
    return c != 0 ? c : tie.applyAsInt(a, b);
  }
}
