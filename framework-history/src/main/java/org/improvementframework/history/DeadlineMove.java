package org.improvementframework.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One move of a milestone's deadline between a report and the next.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asAt the date of the report in which the new deadline first appears; not null
 * @param before the target as written before; not null
 * @param after the target as written after; not null
 * @param days how many days the deadline moved, positive when later, never 0
 */
public record DeadlineMove(LocalDate asAt, String before, String after, long days) {

  /**
   * Checks the parts.
   *
   * @param asAt the date; not null
   * @param before the earlier target text; not null
   * @param after the later target text; not null
   * @param days the days moved, not 0
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the days are 0
   */
  public DeadlineMove {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (days == 0) {
      throw new IllegalArgumentException("a deadline move of 0 days is no move");
    }
  }
}
