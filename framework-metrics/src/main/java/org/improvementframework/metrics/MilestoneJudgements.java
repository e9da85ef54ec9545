package org.improvementframework.metrics;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The state and deadline of each milestone judged for a report, in the order judged: a byte and
 * an epoch day a milestone, in arrays shared by every action's facts (each holding where its
 * milestones start), rather than two arrays an action, whose headers were most of their size.
 * Filled in the report's one pass, then only read.
 */
final class MilestoneJudgements {

  private static final MilestoneState[] STATES = MilestoneState.values();
  // Epoch days outside these two fit an int: a deadline beyond the year 5,000,000 is kept
  // as a date.
  private static final int NONE = Integer.MIN_VALUE;
  private static final int WIDE = Integer.MIN_VALUE + 1;

  private byte[] states;
  private int[] days;
  private LocalDate[] wide;
  private int size;

  /** Makes room for a number of milestones; more are made room for as they are reserved. */
  MilestoneJudgements(int capacity) {
    states = new byte[capacity];
    days = new int[capacity];
  }

  /** Reserves the next {@code n} places, for one action's milestones: gives the first. */
  int reserve(int n) {
    if (size + n > states.length) {
      int grown = Math.max(size + n, 2 * states.length);
      states = Arrays.copyOf(states, grown);
      days = Arrays.copyOf(days, grown);
      wide = wide == null ? null : Arrays.copyOf(wide, grown);
    }
    int first = size;
    size += n;
    return first;
  }

  /** Keeps the judgement of the milestone at a place. */
  void set(int i, MilestoneState state, LocalDate deadline) {
    states[i] = (byte) state.ordinal();
    if (deadline == null) {
      days[i] = NONE;
      return;
    }
    long day = deadline.toEpochDay();
    if (day > WIDE && day <= Integer.MAX_VALUE) {
      days[i] = (int) day;
    } else {
      if (wide == null) {
        wide = new LocalDate[states.length];
      }
      wide[i] = deadline;
      days[i] = WIDE;
    }
  }

  /** Gets the state at a place. */
  MilestoneState state(int i) {
    return STATES[states[i]];
  }

  /** Gets the deadline at a place, or null if there is none. */
  LocalDate deadline(int i) {
    int day = days[i];
    return day == NONE ? null : day == WIDE ? wide[i] : LocalDate.ofEpochDay(day);
  }

  /** Gets the deadline at a place as an epoch day; there must be one. */
  long day(int i) {
    int day = days[i];
    return day == WIDE ? wide[i].toEpochDay() : day;
  }
}
