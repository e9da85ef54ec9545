package org.improvementframework.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.improvementframework.model.Milestone;

/**
 * A milestone that is not done, with its state and deadline as of a date: an entry of the
 * overdue or due-soon list of a report.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param milestone the milestone; not null
 * @param state its state, {@link MilestoneState#OVERDUE}, {@link MilestoneState#DUE} or {@link
 *     MilestoneState#NOT_DUE}; not null
 * @param deadline its deadline as of the date; not null
 * @param asOf the date of judgement; not null
 */
public record DatedMilestone(
    Milestone milestone, MilestoneState state, LocalDate deadline, LocalDate asOf) {

  /**
   * Checks the parts.
   *
   * @param milestone the milestone, as described above; not null
   * @param state the state, as described above; not null
   * @param deadline the deadline, as described above; not null
   * @param asOf the asOf, as described above; not null
   * @throws NullPointerException if a part is null
   */
  public DatedMilestone {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Gets how many days the deadline lies before the as-of date.
   *
   * @return the days overdue, 0 when not overdue
   */
  public long daysOverdue() {
    return Math.max(0, ChronoUnit.DAYS.between(deadline, asOf));
  }

  /**
   * Gets how many days remain until the deadline.
   *
   * @return the days remaining, 0 when overdue
   */
  public long daysRemaining() {
    return Math.max(0, ChronoUnit.DAYS.between(asOf, deadline));
  }
}
