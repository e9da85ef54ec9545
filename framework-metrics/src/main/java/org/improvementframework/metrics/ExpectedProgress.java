package org.improvementframework.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.improvementframework.model.Action;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Milestone;

/**
 * Expected progress from elapsed time, as Camms reports it: the share of an action's span that
 * has elapsed, to compare with the share of its milestones complete.
 *
 * <p>An action's span runs from the earliest start any of its milestones' targets names to the
 * latest fixed deadline among them. Recurring, open, to-be-confirmed, unrecognised and empty
 * targets add nothing to the span; an action whose targets give no start or no deadline has no
 * expected progress.
 */
public final class ExpectedProgress {

  private ExpectedProgress() {}

  /**
   * Gets the span of an action: the earliest start and the latest deadline of its targets.
   *
   * @param action the action; not null
   * @return the span, or empty if the targets give no start or no deadline; not null
   */
  public static Optional<DateRange> span(Action action) {
    LocalDate start = null;
    LocalDate end = null;
    for (Milestone m : action.milestones()) {
      Optional<LocalDate> deadline = m.target().deadline();
      if (deadline.isEmpty()) {
        continue;
      }
      LocalDate s = m.target().start().orElseThrow();
      if (start == null || s.isBefore(start)) {
        start = s;
      }
      if (end == null || deadline.get().isAfter(end)) {
        end = deadline.get();
      }
    }
    return start == null ? Optional.empty() : Optional.of(DateRange.of(start, end));
  }

  /**
   * Gets the share of a span elapsed on a date, as a percentage: 0 before it starts, 100 after
   * it ends, and in between the days elapsed since the start over the days of the span.
   *
   * @param span the span; not null
   * @param asOf the date of judgement; not null
   * @return 0 to 100
   */
  public static double percentElapsed(DateRange span, LocalDate asOf) {
    return percentElapsed(span.start(), span.end(), asOf);
  }

  /**
   * Gets the percentage elapsed of the span from {@code start} to {@code end}, both inclusive
   * (start not after end), without making the span: a report asks for every action.
   */
  static double percentElapsed(LocalDate start, LocalDate end, LocalDate asOf) {
    if (asOf.isBefore(start)) {
      return 0;
    }
    if (asOf.isAfter(end)) {
      return 100;
    }
    // Both ends are inclusive days; on the last day the whole span has elapsed.
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    long elapsed = ChronoUnit.DAYS.between(start, asOf) + 1;
    return 100.0 * elapsed / days;
  }

  /**
   * Gets the expected progress of an action on a date.
   *
   * @param action the action; not null
   * @param asOf the date of judgement; not null
   * @return the percentage elapsed of the action's span, or empty if it has none
   */
  public static OptionalDouble of(Action action, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Optional<DateRange> span = span(action);
    return span.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(percentElapsed(span.get(), asOf));
  }
}
