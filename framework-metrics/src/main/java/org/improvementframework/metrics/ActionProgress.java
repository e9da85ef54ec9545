package org.improvementframework.metrics;

import java.util.Objects;
import java.util.OptionalDouble;
import org.improvementframework.model.ActionRef;

/**
 * The progress of one action: its milestones' state counts, and where its targets give a span,
 * the progress expected from elapsed time.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ref the action; not null
 * @param counts its milestones' state counts; not null
 * @param expectedPercent the share of its span elapsed, 0 to 100, or empty; not null
 */
public record ActionProgress(ActionRef ref, StateCounts counts, OptionalDouble expectedPercent) {

  /**
   * Checks the parts.
   *
   * @param ref the ref, as described above; not null
   * @param counts the counts, as described above; not null
   * @param expectedPercent the expectedPercent, as described above; not null
   * @throws NullPointerException if a part is null
   */
  public ActionProgress {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(expectedPercent, "expectedPercent");
  }

  /**
   * Gets how far actual progress is ahead of expected progress, in percentage points; negative
   * when behind.
   *
   * @return the variance, or empty if either share is unknown
   */
  public OptionalDouble variance() {
    OptionalDouble actual = counts.percentComplete();
    return actual.isPresent() && expectedPercent.isPresent()
        ? OptionalDouble.of(actual.getAsDouble() - expectedPercent.getAsDouble())
        : OptionalDouble.empty();
  }
}
