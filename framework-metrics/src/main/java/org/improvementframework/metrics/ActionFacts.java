package org.improvementframework.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Action;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;

/**
 * What one pass over an action's milestones finds as of a date: the state counts, the overdue
 * milestones (most overdue first), the due ones (soonest first), and how many due ones have not
 * started. RAG rules and plan rules are judged on these facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionFacts {

  private final Action action;
  private final LocalDate asOf;
  private final StateCounts counts;
  private final List<DatedMilestone> overdue;
  private final List<DatedMilestone> due;
  private final int dueNotStarted;
  private final LocalDate spanStart;
  private final LocalDate spanEnd;

  private ActionFacts(Action action, LocalDate asOf, StateCounts counts,
      List<DatedMilestone> overdue, List<DatedMilestone> due, int dueNotStarted,
      LocalDate spanStart, LocalDate spanEnd) {
    this.action = action;
    this.asOf = asOf;
    this.counts = counts;
    this.overdue = overdue;
    this.due = due;
    this.dueNotStarted = dueNotStarted;
    this.spanStart = spanStart;
    this.spanEnd = spanEnd;
  }

  /**
   * Gathers the facts of an action as of a date.
   *
   * @param action the action; not null
   * @param classifier how to judge each milestone; not null
   * @param asOf the date of judgement; not null
   * @return the facts; not null
   */
  public static ActionFacts of(Action action, MilestoneClassifier classifier, LocalDate asOf) {
    if (asOf == null) {
      throw new NullPointerException("asOf");
    }
    StateCounts.Tally t = new StateCounts.Tally();
    List<DatedMilestone> overdue = null;
    List<DatedMilestone> due = null;
    int dueNotStarted = 0;
    LocalDate spanStart = null;
    LocalDate spanEnd = null;
    for (Milestone m : action.milestones()) {
      // The span of the action, for expected progress, as ExpectedProgress.span defines it.
      Optional<LocalDate> fixed = m.target().deadline();
      if (fixed.isPresent()) {
        LocalDate s = m.target().periods().get(0).start();
        if (spanStart == null || s.isBefore(spanStart)) {
          spanStart = s;
        }
        if (spanEnd == null || fixed.get().isAfter(spanEnd)) {
          spanEnd = fixed.get();
        }
      }
      MilestoneState state = classifier.state(m, asOf);
      t.add(state);
      if (state == MilestoneState.OVERDUE || state == MilestoneState.DUE) {
        DatedMilestone d = new DatedMilestone(m, state, m.target().deadline(asOf).orElseThrow(),
            asOf);
        if (state == MilestoneState.OVERDUE) {
          overdue = add(overdue, d);
        } else {
          due = add(due, d);
          Progress p = m.status().progress();
          if (p == Progress.NOT_STARTED || p == Progress.NOT_REPORTED) {
            dueNotStarted++;
          }
        }
      }
    }
    if (overdue != null) {
      // Most overdue first; ties keep plan order (the sort is stable).
      overdue.sort((a, b) -> a.deadline().compareTo(b.deadline()));
    }
    if (due != null) {
      due.sort((a, b) -> a.deadline().compareTo(b.deadline()));
    }
    return new ActionFacts(action, asOf, t.toCounts(), frozen(overdue), frozen(due),
        dueNotStarted, spanStart, spanEnd);
  }

  private static List<DatedMilestone> add(List<DatedMilestone> list, DatedMilestone d) {
    List<DatedMilestone> l = list == null ? new ArrayList<>(2) : list;
    l.add(d);
    return l;
  }

  private static List<DatedMilestone> frozen(List<DatedMilestone> list) {
    return list == null ? Collections.emptyList() : Collections.unmodifiableList(list);
  }

  /**
   * Gets the action.
   *
   * @return the action; not null
   */
  public Action action() {
    return action;
  }

  /**
   * Gets the date of judgement.
   *
   * @return the date; not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets the state counts of the action's milestones.
   *
   * @return the counts; not null
   */
  public StateCounts counts() {
    return counts;
  }

  /**
   * Gets the overdue milestones, most overdue first.
   *
   * @return the overdue milestones; not null, unmodifiable
   */
  public List<DatedMilestone> overdue() {
    return overdue;
  }

  /**
   * Gets the milestones due within the window, soonest first.
   *
   * @return the due milestones; not null, unmodifiable
   */
  public List<DatedMilestone> due() {
    return due;
  }

  /**
   * Gets how many due milestones have not started (or have no status reported).
   *
   * @return the count, 0 or more
   */
  public int dueNotStarted() {
    return dueNotStarted;
  }

  /**
   * Gets the progress expected from elapsed time, as {@link ExpectedProgress#of(Action,
   * LocalDate)} gives it.
   *
   * @return the percentage of the action's span elapsed, or empty if it has no span
   */
  public OptionalDouble expectedPercent() {
    return spanStart == null ? OptionalDouble.empty() : OptionalDouble.of(
        ExpectedProgress.percentElapsed(DateRange.of(spanStart, spanEnd), asOf));
  }

  /**
   * Gets the most overdue milestone.
   *
   * @return the milestone, or empty if none is overdue; not null
   */
  public Optional<DatedMilestone> mostOverdue() {
    return overdue.isEmpty() ? Optional.empty() : Optional.of(overdue.get(0));
  }

  /**
   * Checks whether a resolution is written against the action.
   *
   * @return true if a resolution is written
   */
  public boolean hasResolution() {
    return action.resolution().isPresent();
  }
}
