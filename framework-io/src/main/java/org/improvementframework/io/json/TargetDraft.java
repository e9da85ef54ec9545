package org.improvementframework.io.json;

import java.time.LocalDate;
import java.util.Arrays;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

/**
 * The parts of the target being read, and the targets already built, by their text: a plan
 * writes the same target ("March 2015", "Q1 2015/16") for many milestones, so a target whose
 * parts equal those of the last one built with its text is that target. Equal parts make an equal
 * target that passed the model's checks already, so nothing is lost or left unchecked; only a
 * builder, a list and a {@code DateRange} per period are not made again. The parts of each kept
 * target are kept beside it as numbers, so that comparing them reads two arrays instead of the
 * target's list, ranges and dates. One draft serves every target of a read, since targets do not
 * nest.
 */
final class TargetDraft {

  /** The most periods of a target kept; a longer list of dates is built each time. */
  private static final int MAX_PERIODS = 4;

  private final KeptByText<Target> built = new KeptByText<>();

  /** Of each slot's target: its kind, recurrence and number of periods ({@link #shape()}). */
  private final int[] shapes = new int[KeptByText.SLOTS];

  /** Of each slot's target: the start and end of its periods as date keys. */
  private final int[] days = new int[KeptByText.SLOTS * MAX_PERIODS * 2];

  // set by the reader's field loop, as the milestone's parts are; the periods are added
  String text;
  TargetKind kind;
  Recurrence recurrence;
  private LocalDate[] starts = new LocalDate[MAX_PERIODS];
  private LocalDate[] ends = new LocalDate[MAX_PERIODS];
  private int[] keys = new int[MAX_PERIODS * 2];
  private int periods;

  /** Forgets the parts of the target read before, to read the next one. */
  TargetDraft start() {
    text = null;
    kind = null;
    recurrence = null;
    periods = 0;
    return this;
  }

  /** Adds a period, given by its ends, which the date reader has checked are in order. */
  void addPeriod(LocalDate start, LocalDate end) {
    if (periods == starts.length) {
      starts = Arrays.copyOf(starts, periods * 2);
      ends = Arrays.copyOf(ends, periods * 2);
      keys = Arrays.copyOf(keys, periods * 4);
    }
    starts[periods] = start;
    ends[periods] = end;
    keys[2 * periods] = key(start);
    keys[2 * periods + 1] = key(end);
    periods++;
  }

  /**
   * Gets the target of these parts: the one built last with this text if its parts are equal,
   * else a new one, which the model checks.
   *
   * @throws IllegalArgumentException if the model refuses the parts
   */
  Target build() {
    boolean keep = kind != null && periods <= MAX_PERIODS;
    int slot = KeptByText.slot(text);
    int shape = keep ? shape() : 0;
    if (keep) {
      Target last = built.get(slot, text);
      if (last != null && shapes[slot] == shape && sameDays(slot)) {
        return last;
      }
    }
    Target.Builder b = Target.builder().text(text).kind(kind);
    for (int i = 0; i < periods; i++) {
      b.addPeriods(DateRange.of(starts[i], ends[i]));
    }
    if (recurrence != null) {
      b.recurrence(recurrence);
    }
    Target target = b.build();
    if (keep) {
      built.put(slot, text, target);
      shapes[slot] = shape;
      System.arraycopy(keys, 0, days, slot * MAX_PERIODS * 2, periods * 2);
    }
    return target;
  }

  /** Tells whether the periods equal those kept in a slot, as many as the shapes say. */
  private boolean sameDays(int slot) {
    // A plain loop: Arrays.equals over these few numbers cost more in its checks than it saved.
    int at = slot * MAX_PERIODS * 2;
    for (int i = 0; i < periods * 2; i++) {
      if (days[at + i] != keys[i]) {
        return false;
      }
    }
    return true;
  }

  /** The kind, the recurrence and the number of periods as one number. */
  private int shape() {
    int every = recurrence == null ? 0 : recurrence.ordinal() + 1;
    return kind.ordinal() << 16 | every << 8 | periods;
  }

  /** A date as one number, equal for equal dates. */
  private static int key(LocalDate d) {
    return d.getYear() << 9 | d.getMonthValue() << 5 | d.getDayOfMonth();
  }
}
