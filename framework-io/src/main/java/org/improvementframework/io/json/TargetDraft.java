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
 * target are kept beside it as numbers, so that comparing them reads an array instead of the
 * target's list, ranges and dates. One draft serves every target of a read, since targets do not
 * nest.
 */
final class TargetDraft {

  /** A target kept, with its kind, recurrence and periods as numbers ({@link #shape()}). */
  private record Kept(Target target, int shape, long[] days) {}

  private final KeptByText<Kept> built = new KeptByText<>();

  // set by the reader's field loop, as the milestone's parts are; the periods are added
  String text;
  TargetKind kind;
  Recurrence recurrence;
  private LocalDate[] starts = new LocalDate[4];
  private LocalDate[] ends = new LocalDate[4];
  private long[] keys = new long[8];
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
    int slot = kind == null ? -1 : built.slot(text);
    int shape = slot < 0 ? 0 : shape();
    Kept last = built.get(slot);
    if (last != null && last.shape == shape && sameDays(last.days)) {
      return last.target;
    }
    Target.Builder b = Target.builder().text(text).kind(kind);
    for (int i = 0; i < periods; i++) {
      b.addPeriods(DateRange.of(starts[i], ends[i]));
    }
    if (recurrence != null) {
      b.recurrence(recurrence);
    }
    Target target = b.build();
    built.put(slot, text, new Kept(target, shape, Arrays.copyOf(keys, periods * 2)));
    return target;
  }

  /** Tells whether the periods equal those of a kept target with the same shape. */
  private boolean sameDays(long[] days) {
    // A plain loop: Arrays.equals over these few numbers cost more in its checks than it saved.
    for (int i = 0; i < days.length; i++) {
      if (days[i] != keys[i]) {
        return false;
      }
    }
    return true;
  }

  /** The kind, the recurrence and the number of periods as one number. */
  private int shape() {
    int every = recurrence == null ? 0 : recurrence.ordinal() + 1;
    return periods << 16 | kind.ordinal() << 8 | every;
  }

  /** A date as one number, equal for equal dates only (a year has at most 31 bits). */
  private static long key(LocalDate d) {
    return (long) d.getYear() << 9 | d.getMonthValue() << 5 | d.getDayOfMonth();
  }
}
