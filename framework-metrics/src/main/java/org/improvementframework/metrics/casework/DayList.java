package org.improvementframework.metrics.casework;

import java.util.Arrays;

/** A growable list of epoch days, kept as ints so that a million records stay compact. */
final class DayList {

  private int[] days = new int[2];
  private int size;

  void add(long epochDay) {
    if (size == days.length) {
      days = Arrays.copyOf(days, size * 2);
    }
    days[size++] = (int) epochDay;
  }

  void addAll(DayList other) {
    int n = other.size; // fixed first: other may be this list
    int[] from = other.days;
    for (int i = 0; i < n; i++) {
      add(from[i]);
    }
  }

  /** The days in ascending order; sorts in place, so call once all days are added. */
  int[] sorted() {
    Arrays.sort(days, 0, size);
    return Arrays.copyOf(days, size);
  }

  int size() {
    return size;
  }
}
