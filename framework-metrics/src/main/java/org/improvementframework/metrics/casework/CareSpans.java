package org.improvementframework.metrics.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the looked-after calculators ({@link PlacementMoves}, {@link LongTermPlacementStability})
 * share about a period of care or a placement given as its parts: an end not yet reached as a day
 * after every day, and the records' own checks, so that a row their columnar path takes is one
 * their record path would take too.
 */
final class CareSpans {

  /** The end day of a span that has not ended: after every day. */
  static final long NO_END = Long.MAX_VALUE;

  private CareSpans() {}

  /**
   * Checks a span's parts as its record's constructor does: an id that is not blank, an end on
   * or after the start. A loop rather than a stream of characters: it runs once per row.
   */
  static void check(CharSequence childId, long start, long end) {
    Objects.requireNonNull(childId, "childId");
    int i = 0;
    while (i < childId.length() && Character.isWhitespace(childId.charAt(i))) {
      i++;
    }
    if (i == childId.length()) {
      throw new IllegalArgumentException("childId must not be blank");
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be on or after start");
    }
  }

  /** A record's end as an epoch day, {@link #NO_END} if it has none. */
  static long endDay(Optional<LocalDate> end) {
    return end.isPresent() ? end.get().toEpochDay() : NO_END;
  }
}
