package org.improvementframework.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;

/**
 * Draws plans and their parts. Lists are drawn as slots that a shrinking engine can empty one by
 * one (see {@link Draw#slots}), and every alternative with the simplest first, so that a
 * shrinking engine arrives at small, plain plans. Plans drawn here keep the plan rules that
 * {@link PlanRuleBreak} lists.
 */
final class PlanDraw {

  private PlanDraw() {}

  static ImprovementPlan plan(Randomness r, PlanShape shape) {
    PlanDates dates = PlanDates.draw(r, shape.earliestAsAt(), shape.latestAsAt());
    ImprovementPlan.Builder b =
        ImprovementPlan.builder().title(Draw.element(r, Vocabulary.PLAN_TITLES)).asAt(dates.asAt);
    if (Draw.chance(r, 90)) {
      b.organisation(Draw.element(r, Vocabulary.ORGANISATIONS));
    }
    if (Draw.chance(r, 70)) {
      b.period(DateRange.of(dates.start, dates.end));
    }
    boolean[] used = Draw.slots(r, shape.minAreas(), shape.maxAreas());
    // Titles go round the list from a drawn start, so that areas of a plan differ.
    int titles = Draw.index(r, Vocabulary.AREA_TITLES.size());
    List<Reference> earlier = new ArrayList<>();
    List<Area> list = new ArrayList<>(used.length);
    int number = 0;
    for (int slot = 0; slot < used.length; slot++) {
      AreaRef ref = AreaRef.of(used[slot] ? ++number : slot + 1);
      String title = Draw.cycle(Vocabulary.AREA_TITLES, titles, slot);
      Area area = area(r, ref, title, dates, shape, earlier, used[slot]);
      if (used[slot]) {
        list.add(area);
        earlier.add(ref);
      }
    }
    return b.addAllAreas(list).build();
  }

  /**
   * An area whose actions may depend on the references in {@code earlier}; its actions are
   * added to {@code earlier} as they are drawn. Where {@code keep} is false, the area is drawn
   * for its choices alone (an unused slot, see {@link Draw#slots}): the same choices are made,
   * nothing is built, and null is returned.
   */
  static Area area(
      Randomness r,
      AreaRef ref,
      String title,
      PlanDates dates,
      PlanShape shape,
      List<Reference> earlier,
      boolean keep) {
    List<String> leads = leads(r);
    List<String> objectives = distinct(r, Vocabulary.OBJECTIVES, Draw.weighted(r, 5, 60, 35));
    List<String> outcomes = distinct(r, Vocabulary.OUTCOMES, Draw.weighted(r, 5, 60, 35));
    int measureCount = Draw.weighted(r, 5, 45, 35, 15);
    List<Measure> measures = new ArrayList<>(measureCount);
    for (int i = 0; i < measureCount; i++) {
      measures.add(IndicatorDraw.measure(r, dates.asAt, keep));
    }
    boolean[] used = Draw.slots(r, shape.minActionsPerArea(), shape.maxActionsPerArea());
    int descriptions = Draw.index(r, Vocabulary.ACTION_DESCRIPTIONS.size());
    List<Action> actions = new ArrayList<>(used.length);
    int number = 0;
    // Actions of an unused slot are drawn but never offered as dependencies.
    List<Reference> mine = new ArrayList<>(earlier);
    for (int slot = 0; slot < used.length; slot++) {
      boolean kept = keep && used[slot];
      ActionRef actionRef = ActionRef.of(ref, used[slot] ? ++number : slot + 1);
      String description = Draw.cycle(Vocabulary.ACTION_DESCRIPTIONS, descriptions, slot);
      Action action = action(r, actionRef, description, dates, shape, mine, kept);
      if (kept) {
        actions.add(action);
        mine.add(actionRef);
      }
    }
    if (!keep) {
      return null;
    }
    earlier.addAll(mine.subList(earlier.size(), mine.size()));
    return Area.builder()
        .ref(ref)
        .title(title)
        .addAllLeads(leads)
        .addAllObjectives(objectives)
        .addAllOutcomes(outcomes)
        .addAllMeasures(measures)
        .addAllActions(actions)
        .build();
  }

  /** Up to {@code count} different entries of the list, in list order from a drawn start. */
  private static List<String> distinct(Randomness r, List<String> words, int count) {
    int start = Draw.index(r, words.size());
    List<String> chosen = new ArrayList<>(count);
    for (int i = 0; i < count && i < words.size(); i++) {
      chosen.add(words.get((start + i) % words.size()));
    }
    return chosen;
  }

  /** One lead mostly, sometimes two, as in {@code Ann Hill/Joy Reid}. */
  static List<String> leads(Randomness r) {
    String first = name(r);
    String second = name(r);
    return Draw.weighted(r, 85, 15) == 0 || second.equals(first)
        ? List.of(first)
        : List.of(first, second);
  }

  static String name(Randomness r) {
    return Draw.element(r, Vocabulary.FIRST_NAMES) + " " + Draw.element(r, Vocabulary.SURNAMES);
  }

  /**
   * An action whose dependencies, if any, are among {@code earlier}, so that dependencies never
   * form a cycle. It has a resolution exactly when one of its milestones is overdue. Where
   * {@code keep} is false, only its choices are drawn and null is returned.
   */
  static Action action(
      Randomness r,
      ActionRef ref,
      String description,
      PlanDates dates,
      PlanShape shape,
      List<Reference> earlier,
      boolean keep) {
    boolean[] used = Draw.slots(r, shape.minMilestonesPerAction(), shape.maxMilestonesPerAction());
    int descriptions = Draw.index(r, Vocabulary.MILESTONE_DESCRIPTIONS.size());
    List<Milestone> milestones = new ArrayList<>(used.length);
    LocalDate due = dates.start;
    int overdue = 0;
    int done = 0;
    int number = 0;
    for (int slot = 0; slot < used.length; slot++) {
      // Milestones of an action fall due in order, up to a quarter apart.
      due = dates.dayFrom(r, due, slot == 0 ? 366 : 92);
      Target target = TargetDraw.any(r, due);
      String words = Draw.cycle(Vocabulary.MILESTONE_DESCRIPTIONS, descriptions, slot);
      Status status = status(r, target, dates.asAt);
      if (used[slot]) {
        number++;
        if (keep) {
          milestones.add(
              Milestone.builder()
                  .ref(MilestoneRef.of(ref, number))
                  .description(words)
                  .target(target)
                  .status(status)
                  .build());
        }
        overdue += isOverdue(target, status, dates.asAt) ? 1 : 0;
        done += status.progress().isDone() ? 1 : 0;
      }
    }
    Optional<Rag> rag = rag(r, number, overdue, done);
    String resolution = Draw.element(r, Vocabulary.RESOLUTIONS);
    // As many choices whether or not there are earlier references, so that an action's
    // choices do not move when an earlier slot is dropped.
    int dependencies = Draw.weighted(r, 85, 12, 3);
    int first = Draw.index(r, earlier.size());
    int second = Draw.index(r, earlier.size());
    if (!keep) {
      return null;
    }
    Action.Builder b =
        Action.builder().ref(ref).description(description).addAllMilestones(milestones);
    rag.ifPresent(b::reportedRag);
    if (overdue > 0) {
      b.resolution(resolution);
    }
    if (dependencies > 0 && !earlier.isEmpty()) {
      b.addDependencies(earlier.get(first));
      if (dependencies > 1 && second != first) {
        b.addDependencies(earlier.get(second));
      }
    }
    return b.build();
  }

  /** Mostly amber; red where something is overdue, green or blue where everything is done. */
  static Optional<Rag> rag(Randomness r, int milestones, int overdue, int done) {
    Rag[] order;
    int[] weights;
    if (overdue > 0) {
      order = new Rag[] {Rag.AMBER, Rag.RED, null};
      weights = new int[] {55, 40, 5};
    } else if (milestones > 0 && done == milestones) {
      order = new Rag[] {Rag.GREEN, Rag.BLUE, Rag.AMBER, null};
      weights = new int[] {70, 15, 10, 5};
    } else {
      order = new Rag[] {Rag.AMBER, Rag.GREEN, Rag.RED, null};
      weights = new int[] {65, 25, 5, 5};
    }
    return Optional.ofNullable(order[Draw.weighted(r, weights)]);
  }

  static Milestone milestone(Randomness r, MilestoneRef ref, LocalDate due, LocalDate asAt) {
    Target target = TargetDraw.any(r, due);
    String words = Draw.element(r, Vocabulary.MILESTONE_DESCRIPTIONS);
    return Milestone.builder()
        .ref(ref)
        .description(words)
        .target(target)
        .status(status(r, target, asAt))
        .build();
  }

  /**
   * A status fitting the target: mostly complete where the deadline has passed, a few overdue;
   * in progress or not started where it has not.
   */
  static Status status(Randomness r, Target target, LocalDate asAt) {
    boolean passed = target.deadline(asAt).map(d -> d.isBefore(asAt)).orElse(false);
    Progress[] order;
    int[] weights;
    if (passed) {
      order =
          new Progress[] {
            Progress.COMPLETE,
            Progress.ONGOING,
            Progress.IN_PROGRESS,
            Progress.NOT_STARTED,
            Progress.NOT_REPORTED
          };
      weights = new int[] {72, 10, 12, 3, 3};
    } else {
      order =
          new Progress[] {
            Progress.IN_PROGRESS,
            Progress.NOT_STARTED,
            Progress.COMPLETE,
            Progress.ONGOING,
            Progress.NOT_REPORTED
          };
      weights = new int[] {45, 30, 8, 7, 10};
    }
    return status(r, order[Draw.weighted(r, weights)]);
  }

  /** A status of the given progress, in words that read back to it. */
  static Status status(Randomness r, Progress progress) {
    return switch (progress) {
      case IN_PROGRESS -> Status.of(progress, Draw.element(r, Vocabulary.IN_PROGRESS_TEXTS));
      case NOT_STARTED -> Status.of(progress, Draw.element(r, Vocabulary.NOT_STARTED_TEXTS));
      case COMPLETE -> Status.of(progress, Draw.element(r, Vocabulary.COMPLETE_TEXTS));
      case ONGOING -> Status.of(progress, Draw.element(r, Vocabulary.ONGOING_TEXTS));
      default -> Status.NOT_REPORTED;
    };
  }

  /**
   * Whether a milestone is overdue as judged on the date: its deadline (as judged then) has
   * passed and it is not done.
   */
  static boolean isOverdue(Target target, Status status, LocalDate asOf) {
    return !status.progress().isDone()
        && target.deadline(asOf).map(d -> d.isBefore(asOf)).orElse(false);
  }
}
