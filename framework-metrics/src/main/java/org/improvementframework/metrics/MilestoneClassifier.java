package org.improvementframework.metrics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.TargetKind;

/**
 * Judges the {@link MilestoneState state} of a milestone as of a date.
 *
 * <p>A milestone whose progress {@link org.improvementframework.model.Progress#isDone() is done}
 * (complete, or ongoing: done once and continuing as routine work) is {@link
 * MilestoneState#COMPLETE}. Otherwise its deadline is {@link
 * org.improvementframework.model.Target#deadline(LocalDate)} as of the date: a recurring target
 * is judged by its current occurrence and a list by its first date not yet passed. With no
 * deadline (to be confirmed, ongoing, unrecognised, none) it is {@link MilestoneState#UNDATED};
 * a deadline before the as-of date makes it {@link MilestoneState#OVERDUE}; one on or before the
 * as-of date plus the due window makes it {@link MilestoneState#DUE}; a later one {@link
 * MilestoneState#NOT_DUE}. A status that was not reported counts as not started.
 *
 * <pre>{@code
 * MilestoneClassifier c = MilestoneClassifier.withDueWindow(30);
 * c.state(milestone, LocalDate.of(2015, 3, 31));   // OVERDUE, DUE, ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MilestoneClassifier {

  /** The default due window, in days. */
  public static final int DEFAULT_DUE_WINDOW_DAYS = 30;

  private static final MilestoneClassifier DEFAULT =
      new MilestoneClassifier(DEFAULT_DUE_WINDOW_DAYS);

  private final int dueWindowDays;

  private MilestoneClassifier(int dueWindowDays) {
    this.dueWindowDays = dueWindowDays;
  }

  /**
   * Obtains the classifier with the default due window of 30 days.
   *
   * @return the classifier; not null
   */
  public static MilestoneClassifier defaults() {
    return DEFAULT;
  }

  /**
   * Obtains a classifier with the given due window.
   *
   * @param days how many days after the as-of date a deadline makes a milestone due, 0 or more
   * @return the classifier; not null
   * @throws IllegalArgumentException if the number of days is negative
   */
  public static MilestoneClassifier withDueWindow(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("due window must be 0 days or more, but was " + days);
    }
    return days == DEFAULT_DUE_WINDOW_DAYS ? DEFAULT : new MilestoneClassifier(days);
  }

  /**
   * Gets the due window.
   *
   * @return the number of days, 0 or more
   */
  public int dueWindowDays() {
    return dueWindowDays;
  }

  /**
   * Gets the deadline of a milestone as judged on the date.
   *
   * @param milestone the milestone; not null
   * @param asOf the date of judgement; not null
   * @return the deadline, or empty where the target gives none; not null
   */
  public Optional<LocalDate> deadline(Milestone milestone, LocalDate asOf) {
    return milestone.target().deadline(asOf);
  }

  /**
   * Judges the state of a milestone as of the date.
   *
   * @param milestone the milestone; not null
   * @param asOf the date of judgement; not null
   * @return the state; not null
   */
  public MilestoneState state(Milestone milestone, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (milestone.status().progress().isDone()) {
      return MilestoneState.COMPLETE;
    }
    TargetKind kind = milestone.target().kind();
    if (kind == TargetKind.NONE
        || kind == TargetKind.TO_BE_CONFIRMED
        || kind == TargetKind.UNRECOGNISED
        || kind == TargetKind.OPEN_START) {
      // Skips the Optional for the undated kinds, the commonest case in real plans.
      return MilestoneState.UNDATED;
    }
    Optional<LocalDate> deadline = milestone.target().deadline(asOf);
    if (deadline.isEmpty()) {
      return MilestoneState.UNDATED;
    }
    return stateOf(deadline.get(), asOf);
  }

  /**
   * Judges the state of a milestone from the deadline already worked out for it, so that a
   * caller that needs both judges the target once. Gives what {@link #state(Milestone,
   * LocalDate)} gives when {@code deadline} is {@code deadline(milestone, asOf)}.
   *
   * @param milestone the milestone; not null
   * @param deadline its deadline as of the date, or null where its target gives none
   * @param asOf the date of judgement; not null
   * @return the state; not null
   */
  MilestoneState state(Milestone milestone, LocalDate deadline, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (milestone.status().progress().isDone()) {
      return MilestoneState.COMPLETE;
    }
    return deadline == null ? MilestoneState.UNDATED : stateOf(deadline, asOf);
  }

  /**
   * Judges the state of a milestone from its deadline and the last day of the due window, worked
   * out once for many milestones ({@link #dueLimit(LocalDate)}) rather than a date made for each.
   * Gives what {@link #state(Milestone, LocalDate, LocalDate)} gives.
   *
   * @param milestone the milestone; not null
   * @param deadline its deadline as of the date, or null where its target gives none
   * @param asOf the date of judgement; not null
   * @param dueLimit {@code dueLimit(asOf)}; not null
   * @return the state; not null
   */
  MilestoneState state(
      Milestone milestone, LocalDate deadline, LocalDate asOf, LocalDate dueLimit) {
    if (milestone.status().progress().isDone()) {
      return MilestoneState.COMPLETE;
    }
    if (deadline == null) {
      return MilestoneState.UNDATED;
    }
    if (deadline.isBefore(asOf)) {
      return MilestoneState.OVERDUE;
    }
    return deadline.isAfter(dueLimit) ? MilestoneState.NOT_DUE : MilestoneState.DUE;
  }

  /**
   * Gets the last day of the due window that starts on a date.
   *
   * @param asOf the date of judgement; not null
   * @return the date the due window days after it; not null
   */
  LocalDate dueLimit(LocalDate asOf) {
    return asOf.plusDays(dueWindowDays);
  }

  /**
   * Judges the state of a milestone that is not done, from its deadline.
   *
   * @param deadline the deadline; not null
   * @param asOf the date of judgement; not null
   * @return {@link MilestoneState#OVERDUE}, {@link MilestoneState#DUE} or {@link
   *     MilestoneState#NOT_DUE}; not null
   */
  public MilestoneState stateOf(LocalDate deadline, LocalDate asOf) {
    if (deadline.isBefore(asOf)) {
      return MilestoneState.OVERDUE;
    }
    return deadline.isAfter(asOf.plusDays(dueWindowDays))
        ? MilestoneState.NOT_DUE
        : MilestoneState.DUE;
  }

  /**
   * Checks whether this equals another object of the same type with the same values.
   *
   * @param o the other object; may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof MilestoneClassifier
        && ((MilestoneClassifier) o).dueWindowDays == dueWindowDays;
  }

  /**
   * Gets a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return dueWindowDays;
  }

  /**
   * Gets a description for debugging.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return "MilestoneClassifier[dueWindowDays=" + dueWindowDays + "]";
  }
}
