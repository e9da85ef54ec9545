package org.improvementframework.io.json;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

/**
 * The parts of the target being read, and the targets already built, by their text: a plan
 * writes the same target ("March 2015", "Q1 2015/16") for many milestones, so a target whose
 * parts equal those of the last one built with its text is that target. Equal parts make an equal
 * target that passed the model's checks already, so nothing is lost or left unchecked; only a
 * builder, a list and a {@code DateRange} per period are not made again. One draft serves every
 * target of a read, since targets do not nest.
 */
final class TargetDraft {

  /** Texts kept at most: beyond this, targets are built each time, which costs only time. */
  private static final int MAX_KEPT = 4096;

  private final Map<String, Target> built = new HashMap<>();

  // set by the reader's field loop, as the milestone's parts are; the periods are added
  String text;
  TargetKind kind;
  Recurrence recurrence;
  private LocalDate[] starts = new LocalDate[4];
  private LocalDate[] ends = new LocalDate[4];
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
    }
    starts[periods] = start;
    ends[periods] = end;
    periods++;
  }

  /**
   * Gets the target of these parts: the one built last with this text if its parts are equal,
   * else a new one, which the model checks.
   *
   * @throws IllegalArgumentException if the model refuses the parts
   */
  Target build() {
    Target last = built.get(text);
    if (last != null && sameParts(last)) {
      return last;
    }
    Target.Builder b = Target.builder().text(text).kind(kind);
    for (int i = 0; i < periods; i++) {
      b.addPeriods(DateRange.of(starts[i], ends[i]));
    }
    if (recurrence != null) {
      b.recurrence(recurrence);
    }
    Target target = b.build();
    if (last != null || built.size() < MAX_KEPT) {
      built.put(text, target);
    }
    return target;
  }

  private boolean sameParts(Target t) {
    List<DateRange> p = t.periods();
    if (t.kind() != kind || t.recurrence().orElse(null) != recurrence || p.size() != periods) {
      return false;
    }
    for (int i = 0; i < periods; i++) {
      DateRange r = p.get(i);
      if (!r.start().equals(starts[i]) || !r.end().equals(ends[i])) {
        return false;
      }
    }
    return Objects.equals(t.text(), text);
  }
}
