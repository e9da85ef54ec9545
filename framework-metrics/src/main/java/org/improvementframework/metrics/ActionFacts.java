package org.improvementframework.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

/**
 * What one pass over an action's milestones finds as of a date: the state counts, the overdue
 * milestones (most overdue first), the due ones (soonest first), and how many due ones have not
 * started. RAG rules and plan rules are judged on these facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionFacts {

  private static final long NO_END = Long.MIN_VALUE;
  private static final int[] NONE = {};
  // States kept as their ordinals, a byte a milestone rather than a reference of 4.
  private static final MilestoneState[] STATES = MilestoneState.values();
  private static final byte OVERDUE = (byte) MilestoneState.OVERDUE.ordinal();
  private static final byte DUE = (byte) MilestoneState.DUE.ordinal();

  private final Action action;
  private final LocalDate asOf;
  private final StateCounts counts;
  // The positions of the overdue milestones, most overdue first, then of the due ones, soonest
  // first: the lists are views that make each DatedMilestone when asked, so that a report keeps
  // 4 bytes for a listed milestone rather than an object of 32 and a list per action.
  private final int[] listed;
  private final int overdueCount;
  private final int dueNotStarted;
  private final LocalDate spanStart;
  private final LocalDate spanEnd;
  // One bit per TargetKind ordinal present among the milestones, and the earliest end of their
  // targets' last periods (as an epoch day, NO_END if none): read in the pass that judges the
  // milestones, so that the target rules walk only the actions where they can find something.
  private final int targetKinds;
  private final long earliestEnd;
  private final boolean resolved;
  private final boolean depends;
  // Each milestone's state and deadline, at first + its index in action.milestones(): arrays
  // that a report's consecutive actions share (MilestoneJudgements), 5 bytes a milestone.
  private final byte[] states;
  private final LocalDate[] deadlines;
  private final int first;

  private ActionFacts(
      Action action,
      LocalDate asOf,
      StateCounts counts,
      int[] listed,
      int overdueCount,
      int dueNotStarted,
      LocalDate spanStart,
      LocalDate spanEnd,
      int targetKinds,
      long earliestEnd,
      byte[] states,
      LocalDate[] deadlines,
      int first) {
    this.action = action;
    this.asOf = asOf;
    this.counts = counts;
    this.states = states;
    this.deadlines = deadlines;
    this.first = first;
    this.listed = listed;
    this.overdueCount = overdueCount;
    this.dueNotStarted = dueNotStarted;
    this.spanStart = spanStart;
    this.spanEnd = spanEnd;
    this.targetKinds = targetKinds;
    this.earliestEnd = earliestEnd;
    // Kept rather than read from the action each time: the RAG rules and a plan rule ask, and
    // the action is in cache only now.
    this.resolved = action.resolution().isPresent();
    // Likewise for the dependency rules, which then visit only the actions that depend on
    // something (a few in a real plan) rather than every action again.
    this.depends = !action.dependencies().isEmpty();
  }

  /**
   * Gathers the facts of an action as of a date, judging each milestone's state and deadline
   * once.
   *
   * @param action the action; not null
   * @param classifier how to judge each milestone; not null
   * @param asOf the date of judgement; not null
   * @return the facts; not null
   */
  public static ActionFacts of(Action action, MilestoneClassifier classifier, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return of(
        action,
        classifier,
        asOf,
        classifier.dueLimit(asOf),
        new MilestoneJudgements(action.milestones().size()));
  }

  /**
   * Gathers the facts of an action as {@link #of(Action, MilestoneClassifier, LocalDate)} does,
   * with the end of the due window worked out once for every action of a report, and the
   * judgements kept in the report's store.
   */
  static ActionFacts of(
      Action action,
      MilestoneClassifier classifier,
      LocalDate asOf,
      LocalDate dueLimit,
      MilestoneJudgements judged) {
    // The states counted in locals, not a Tally: C2 kept an object of 56 bytes per action.
    int complete = 0;
    int notDue = 0;
    int undated = 0;
    int overdueCount = 0;
    int dueCount = 0;
    int dueNotStarted = 0;
    LocalDate spanStart = null;
    LocalDate spanEnd = null;
    int targetKinds = 0;
    long earliestEnd = NO_END;
    List<Milestone> milestones = action.milestones();
    int n = milestones.size();
    int first = judged.reserve(n);
    byte[] states = judged.states();
    LocalDate[] deadlines = judged.deadlines();
    for (int i = 0; i < n; i++) {
      Milestone m = milestones.get(i);
      Target target = m.target();
      TargetKind kind = target.kind();
      targetKinds |= 1 << kind.ordinal();
      List<DateRange> periods = target.periods();
      // What the target-before-plan-period rule needs, read here while the target is in cache,
      // so that the rule walks the milestones only of actions where it can find something.
      LocalDate lastEnd = periods.isEmpty() ? null : periods.get(periods.size() - 1).end();
      if (lastEnd != null) {
        long end = lastEnd.toEpochDay();
        earliestEnd = earliestEnd == NO_END ? end : Math.min(earliestEnd, end);
      }
      // Target.deadline() without its Optional (a tenth of the report's allocation): the end of
      // the last period, for the kinds that have one without an as-of date.
      LocalDate fixed = hasFixedDeadline(kind) ? lastEnd : null;
      if (fixed != null) {
        // The span of the action, for expected progress, as ExpectedProgress.span defines it.
        LocalDate s = periods.get(0).start();
        if (spanStart == null || s.isBefore(spanStart)) {
          spanStart = s;
        }
        if (spanEnd == null || fixed.isAfter(spanEnd)) {
          spanEnd = fixed;
        }
      }
      // Target.deadline(asOf) is Target.deadline() except for a list or a recurring target.
      LocalDate deadline =
          kind == TargetKind.LIST || kind == TargetKind.RECURRING
              ? classifier.deadline(m, asOf).orElse(null)
              : fixed;
      MilestoneState state = classifier.state(m, deadline, asOf, dueLimit);
      states[first + i] = (byte) state.ordinal();
      deadlines[first + i] = deadline;
      switch (state) {
        case COMPLETE -> complete++;
        case OVERDUE -> overdueCount++;
        case DUE -> {
          dueCount++;
          Progress p = m.status().progress();
          if (p == Progress.NOT_STARTED || p == Progress.NOT_REPORTED) {
            dueNotStarted++;
          }
        }
        case NOT_DUE -> notDue++;
        default -> undated++;
      }
    }
    int[] listed = overdueCount + dueCount == 0 ? NONE : new int[overdueCount + dueCount];
    int o = 0;
    int d = overdueCount;
    for (int i = 0; listed.length > 0 && i < n; i++) {
      byte state = states[first + i];
      if (state == OVERDUE) {
        listed[o++] = i;
      } else if (state == DUE) {
        listed[d++] = i;
      }
    }
    // Most overdue first, soonest due first; ties keep plan order.
    byDeadline(listed, 0, overdueCount, deadlines, first);
    byDeadline(listed, overdueCount, listed.length, deadlines, first);
    return new ActionFacts(
        action,
        asOf,
        StateCounts.counted(complete, overdueCount, dueCount, notDue, undated),
        listed,
        overdueCount,
        dueNotStarted,
        spanStart,
        spanEnd,
        targetKinds,
        earliestEnd,
        states,
        deadlines,
        first);
  }

  private static boolean hasFixedDeadline(TargetKind kind) {
    return switch (kind) {
      case RECURRING, OPEN_START, TO_BE_CONFIRMED, UNRECOGNISED, NONE -> false;
      default -> true;
    };
  }

  /**
   * Lists the facts of every action of a plan in plan order, for the passes of a report that
   * walk the plan and its facts side by side.
   *
   * @param plan the plan; not null
   * @param facts the facts of every action of the plan, by action; not null
   * @return the facts, one for each action of the plan in plan order; not null, possibly
   *     unmodifiable
   * @throws IllegalArgumentException if an action of the plan has no facts
   */
  public static List<ActionFacts> inPlanOrder(
      ImprovementPlan plan, Map<ActionRef, ActionFacts> facts) {
    Objects.requireNonNull(plan, "plan");
    if (facts instanceof FactsInPlanOrder f && f.plan() == plan) {
      // A report's own facts: gathered from this plan in its order, so nothing to look up.
      return f.list();
    }
    // Facts in a map of another kind are normally in plan order too, so the next one is the
    // action's own and no hash lookup is made (from 10^5 milestones on those lookups missed the
    // caches); facts in any other order are still found, by key.
    Iterator<ActionFacts> next = facts.values().iterator();
    List<ActionFacts> ordered = new ArrayList<>(facts.size());
    for (Area area : plan.areas()) {
      for (Action action : area.actions()) {
        ActionFacts f = next.hasNext() ? next.next() : null;
        if (f == null || f.action() != action) {
          f = facts.get(action.ref());
        }
        if (f == null) {
          throw new IllegalArgumentException("no facts were gathered for action " + action.ref());
        }
        ordered.add(f);
      }
    }
    return ordered;
  }

  /**
   * Sorts positions by their milestones' deadlines, stably, from {@code from} to {@code to}. An
   * action's lists are short, so an insertion sort, which does what {@code List.sort} does on
   * them without its set-up (a tenth of a 10^6-milestone report's samples were that set-up,
   * action after action); long lists are left to {@code Arrays.sort}.
   */
  static void byDeadline(int[] positions, int from, int to, LocalDate[] deadlines) {
    byDeadline(positions, from, to, deadlines, 0);
  }

  /**
   * Sorts positions as {@link #byDeadline(int[], int, int, LocalDate[])} does, by the deadlines
   * from index {@code first} on.
   */
  private static void byDeadline(
      int[] positions, int from, int to, LocalDate[] deadlines, int first) {
    if (to - from > 16) {
      Integer[] boxed = new Integer[to - from];
      for (int i = from; i < to; i++) {
        boxed[i - from] = positions[i];
      }
      Arrays.sort(boxed, (a, b) -> deadlines[first + a].compareTo(deadlines[first + b]));
      for (int i = from; i < to; i++) {
        positions[i] = boxed[i - from];
      }
      return;
    }
    for (int i = from + 1; i < to; i++) {
      int p = positions[i];
      int j = i;
      LocalDate deadline = deadlines[first + p];
      while (j > from && deadlines[first + positions[j - 1]].isAfter(deadline)) {
        positions[j] = positions[j - 1];
        j--;
      }
      positions[j] = p;
    }
  }

  /** Makes the entry of the overdue or due list for the milestone at a position. */
  DatedMilestone dated(int position) {
    return new DatedMilestone(
        action.milestones().get(position),
        STATES[states[first + position]],
        deadlines[first + position],
        asOf);
  }

  /** Gets the deadline of a listed (so dated) milestone as an epoch day. */
  long deadlineDay(int position) {
    return deadlines[first + position].toEpochDay();
  }

  /** Gets the positions of the overdue milestones then of the due ones, in list order. */
  int[] listed() {
    return listed;
  }

  /** Gets how many of {@link #listed()} are overdue, the first ones. */
  int overdueCount() {
    return overdueCount;
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
   * Gets the state of one of the action's milestones, as judged when the facts were gathered.
   *
   * @param index the milestone's position in {@code action().milestones()}, from 0
   * @return the state; not null
   * @throws IndexOutOfBoundsException if the action has no milestone at that position
   */
  public MilestoneState state(int index) {
    return STATES[states[first + Objects.checkIndex(index, action.milestones().size())]];
  }

  /**
   * Gets the deadline of one of the action's milestones as of the date of judgement, as
   * {@link MilestoneClassifier#deadline(Milestone, LocalDate)} gives it, worked out once when
   * the facts were gathered (for a done milestone too).
   *
   * @param index the milestone's position in {@code action().milestones()}, from 0
   * @return the deadline, or empty where the target gives none; not null
   * @throws IndexOutOfBoundsException if the action has no milestone at that position
   */
  public Optional<LocalDate> deadline(int index) {
    return Optional.ofNullable(
        deadlines[first + Objects.checkIndex(index, action.milestones().size())]);
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
   * Gets the overdue milestones, most overdue first. The list is a view of the judgements kept
   * here: each entry is made when read, equal to, not the same object as, the last.
   *
   * @return the overdue milestones; not null, unmodifiable
   */
  public List<DatedMilestone> overdue() {
    return overdueCount == 0
        ? Collections.emptyList()
        : DatedList.ofAction(this, listed, 0, overdueCount);
  }

  /**
   * Gets the milestones due within the window, soonest first; a view, as {@link #overdue()} is.
   *
   * @return the due milestones; not null, unmodifiable
   */
  public List<DatedMilestone> due() {
    return listed.length == overdueCount
        ? Collections.emptyList()
        : DatedList.ofAction(this, listed, overdueCount, listed.length);
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
    return spanStart == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(ExpectedProgress.percentElapsed(spanStart, spanEnd, asOf));
  }

  /**
   * Gets the most overdue milestone.
   *
   * @return the milestone, or empty if none is overdue; not null
   */
  public Optional<DatedMilestone> mostOverdue() {
    return overdueCount == 0 ? Optional.empty() : Optional.of(dated(listed[0]));
  }

  /**
   * Checks whether a resolution is written against the action.
   *
   * @return true if a resolution is written
   */
  public boolean hasResolution() {
    return resolved;
  }

  /**
   * Checks whether the action depends on anything: an area, an action or a milestone.
   *
   * @return true if the action lists at least one dependency
   */
  public boolean hasDependencies() {
    return depends;
  }

  /**
   * Checks whether any milestone of the action has a target of a kind.
   *
   * @param kind the kind; not null
   * @return true if at least one milestone's target is of that kind
   * @throws NullPointerException if the kind is null
   */
  public boolean hasTargetOf(TargetKind kind) {
    Objects.requireNonNull(kind, "kind");
    return (targetKinds & (1 << kind.ordinal())) != 0;
  }

  /**
   * Checks whether a milestone's target ends before a date: whether, for a milestone whose
   * target names a period (whatever the target's kind), the end of its last period is before
   * the date.
   *
   * @param date the date; not null
   * @return true if at least one milestone's target ends before the date
   * @throws NullPointerException if the date is null
   */
  public boolean anyTargetEndsBefore(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return earliestEnd != NO_END && earliestEnd < date.toEpochDay();
  }
}
