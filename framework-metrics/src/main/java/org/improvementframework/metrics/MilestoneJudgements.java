package org.improvementframework.metrics;

import java.time.LocalDate;

/**
 * Where a report keeps the state and deadline of each milestone it judges: arrays of a few
 * thousand milestones that consecutive actions' facts share, each action's facts holding the
 * arrays and where its milestones start, rather than two arrays an action, whose headers were
 * most of their size. Arrays of a fixed size, not one pair grown as the pass goes, so that none
 * is copied and dropped. The deadlines are the targets' own dates, kept rather than made again
 * as they are read.
 *
 * <p>This class is mutable and not thread-safe; the arrays it hands out are written once, by
 * the facts they were reserved for, and only read after.
 */
final class MilestoneJudgements {

  /** How many milestones a pair of arrays holds, unless one action has more. */
  static final int CHUNK = 4096;

  private byte[] states;
  private LocalDate[] deadlines;
  private int used;

  /** Makes room for a number of milestones; more are made room for as they are reserved. */
  MilestoneJudgements(int capacity) {
    states = new byte[capacity];
    deadlines = new LocalDate[capacity];
  }

  /**
   * Makes sure the next {@code n} places are in the present arrays, starting new ones if not:
   * for the milestones of an area, reserved action by action after.
   *
   * @param n how many places
   */
  void expect(int n) {
    if (used + n > states.length) {
      int size = Math.max(n, CHUNK);
      states = new byte[size];
      deadlines = new LocalDate[size];
      used = 0;
    }
  }

  /**
   * Reserves places for one action's milestones, in new arrays if the present ones lack room.
   *
   * @param n how many places
   * @return the first place, in the arrays {@link #states()} and {@link #deadlines()} give now
   */
  int reserve(int n) {
    expect(n);
    int first = used;
    used += n;
    return first;
  }

  /** Gets the states' array of the last places reserved: each state as its ordinal. */
  byte[] states() {
    return states;
  }

  /** Gets the deadlines' array of the last places reserved; null where there is none. */
  LocalDate[] deadlines() {
    return deadlines;
  }
}
