package org.improvementframework.io.json;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.LongFunction;
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
 * target are kept as numbers in flat arrays under its text's index, so that comparing them reads
 * two arrays instead of a record, the target's list, ranges and dates scattered over the heap.
 * One draft serves every target of a read, since targets do not nest.
 */
final class TargetDraft {

  /** Before a text is read, or when it was set as a string: its slot is looked up by then. */
  private static final int NO_SLOT = -2;

  private final KeptByText<Target> built = new KeptByText<>();

  /** Makes the date of a number {@link CanonicalText#key} gave, for a target built anew. */
  private final LongFunction<LocalDate> dates;

  /**
   * Three numbers per target kept, from three times its text's index, which one or two lines of
   * the caches hold: its kind, recurrence and number of periods ({@link #shape()}), and the ends
   * of its first period.
   */
  private long[] numbers = new long[3 * 32];

  /** The later periods' ends of each target kept with more than one, else null. */
  private long[][] laterDays = new long[32][];

  // set by the reader's field loop, as the milestone's parts are; the periods are added
  String text;
  TargetKind kind;
  Recurrence recurrence;
  private int slot = NO_SLOT;

  /** The numbers of the periods' ends ({@link CanonicalText#key}), start and end in turn. */
  private long[] keys = new long[8];

  private int periods;

  /** Makes a draft whose targets' dates are made by {@link CanonicalText#date}. */
  TargetDraft() {
    this(CanonicalText::date);
  }

  /**
   * Makes a draft whose targets' dates are made by {@code dates}, such as a reader's table of the
   * dates it made before.
   */
  TargetDraft(LongFunction<LocalDate> dates) {
    this.dates = dates;
  }

  /** Forgets the parts of the target read before, to read the next one. */
  TargetDraft start() {
    text = null;
    slot = NO_SLOT;
    kind = null;
    recurrence = null;
    periods = 0;
    return this;
  }

  /** Gets the targets built so far by their text, where the reader finds a text it reads. */
  KeptByText<Target> kept() {
    return built;
  }

  /**
   * Sets the text, with its slot in {@link #kept()} when the reader found it there, so that it
   * is not looked up again.
   */
  void text(String text, int slot) {
    this.text = text;
    this.slot = slot;
  }

  /**
   * Adds a period, given by the numbers of its ends ({@link CanonicalText#key}), which the date
   * reader has checked are dates in order.
   */
  void addPeriod(long start, long end) {
    if (2 * periods == keys.length) {
      keys = Arrays.copyOf(keys, periods * 4);
    }
    keys[2 * periods] = start;
    keys[2 * periods + 1] = end;
    periods++;
  }

  /**
   * Gets the target of these parts: the one built last with this text if its parts are equal,
   * else a new one, which the model checks.
   *
   * @throws IllegalArgumentException if the model refuses the parts
   */
  Target build() {
    int at = kind == null ? -1 : slot != NO_SLOT ? slot : built.slot(text);
    int index = built.index(at);
    int shape = at < 0 ? 0 : shape();
    if (index >= 0 && numbers[3 * index] == shape && sameDays(index)) {
      return built.get(at);
    }
    Target.Builder b = Target.builder().text(text).kind(kind);
    for (int i = 0; i < periods; i++) {
      b.addPeriods(DateRange.of(dates.apply(keys[2 * i]), dates.apply(keys[2 * i + 1])));
    }
    if (recurrence != null) {
      b.recurrence(recurrence);
    }
    Target target = b.build();
    keep(built.put(at, text, target), shape);
    return target;
  }

  /** Tells whether the periods equal those of the target kept under an index, of this shape. */
  private boolean sameDays(int index) {
    if (periods == 0) {
      return true;
    }
    if (numbers[3 * index + 1] != keys[0] || numbers[3 * index + 2] != keys[1]) {
      return false;
    }
    if (periods == 1) {
      return true;
    }
    long[] later = laterDays[index];
    // A plain loop: Arrays.equals over these few numbers cost more in its checks than it saved.
    for (int i = 2; i < 2 * periods; i++) {
      if (later[i - 2] != keys[i]) {
        return false;
      }
    }
    return true;
  }

  /** Keeps the numbers of the target just built under its text's index, if it is kept. */
  private void keep(int index, int shape) {
    if (index < 0) {
      return;
    }
    if (index == laterDays.length) {
      numbers = Arrays.copyOf(numbers, index * 6);
      laterDays = Arrays.copyOf(laterDays, index * 2);
    }
    numbers[3 * index] = shape;
    if (periods > 0) {
      numbers[3 * index + 1] = keys[0];
      numbers[3 * index + 2] = keys[1];
    }
    laterDays[index] = periods > 1 ? Arrays.copyOfRange(keys, 2, 2 * periods) : null;
  }

  /** The kind, the recurrence and the number of periods as one number. */
  private int shape() {
    int every = recurrence == null ? 0 : recurrence.ordinal() + 1;
    return periods << 16 | kind.ordinal() << 8 | every;
  }
}
