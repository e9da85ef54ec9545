package org.improvementframework.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An improvement plan: a title, the organisation, the date its statuses were reported ("as at"),
 * optionally the period it covers, its areas for improvement in number order, and notes.
 *
 * <pre>{@code
 * ImprovementPlan plan = ImprovementPlan.builder()
 *     .title("Children's Services Improvement Monitoring Framework")
 *     .organisation("Plymouth City Council")
 *     .asAt(LocalDate.of(2015, 3, 31))
 *     .addAreas(area)
 *     .build();
 * }</pre>
 *
 * <p>Invariants, checked when built: the title is not blank; areas are in strictly increasing
 * number order, so no number repeats; and (through {@link Area} and {@link Action}) every
 * reference is unique and starts with its parent's.
 *
 * <p>Copies: every attribute has a {@code with} method returning a changed copy, checked like
 * a newly built one ({@code plan.withAsAt(LocalDate.of(2015, 4, 30))}); the value itself never
 * changes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImprovementPlan implements WithImprovementPlan {

  ImprovementPlan() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the plan's title.
   *
   * @return the title; not null, not blank
   */
  public abstract String title();

  /**
   * Gets the organisation whose plan it is, where known.
   *
   * @return the organisation, or empty; not null
   */
  public abstract Optional<String> organisation();

  /**
   * Gets the date on which its statuses were reported ("as at").
   *
   * @return the date; not null
   */
  public abstract LocalDate asAt();

  /**
   * Gets the period the plan covers, where stated.
   *
   * @return the period, or empty; not null
   */
  public abstract Optional<DateRange> period();

  /**
   * Gets the areas for improvement, in number order.
   *
   * @return the areas; not null
   */
  public abstract List<Area> areas();

  /**
   * Gets notes about the plan as a whole.
   *
   * @return the notes; not null
   */
  public abstract List<String> notes();

  @Value.Check
  void check() {
    Texts.nonBlank("plan title", title());
    if (organisation().isPresent()) {
      Texts.nonBlank("plan organisation", organisation().get());
    }
    Texts.noBlankElements("plan notes", notes());
    int previous = 0;
    for (Area area : areas()) {
      if (area.number() <= previous) {
        throw new IllegalArgumentException(
            "areas must be in increasing number order, but area "
                + area.number()
                + " follows area "
                + previous);
      }
      previous = area.number();
    }
  }

  /**
   * Gets every action of the plan, area by area.
   *
   * @return the actions, in plan order; not null
   */
  public Stream<Action> actions() {
    return areas().stream().flatMap(a -> a.actions().stream());
  }

  /**
   * Gets every milestone of the plan, action by action.
   *
   * @return the milestones, in plan order; not null
   */
  public Stream<Milestone> milestones() {
    return actions().flatMap(a -> a.milestones().stream());
  }

  /**
   * Finds the area with the given number.
   *
   * @param ref the area's reference; not null
   * @return the area, or empty; not null
   */
  public Optional<Area> area(AreaRef ref) {
    Objects.requireNonNull(ref, "ref");
    return areas().stream().filter(a -> a.ref().equals(ref)).findFirst();
  }

  /**
   * Finds the action with the given reference.
   *
   * @param ref the action's reference; not null
   * @return the action, or empty; not null
   */
  public Optional<Action> action(ActionRef ref) {
    Objects.requireNonNull(ref, "ref");
    return area(ref.area())
        .flatMap(a -> a.actions().stream().filter(x -> x.ref().equals(ref)).findFirst());
  }

  /**
   * Finds the milestone with the given reference.
   *
   * @param ref the milestone's reference; not null
   * @return the milestone, or empty; not null
   */
  public Optional<Milestone> milestone(MilestoneRef ref) {
    Objects.requireNonNull(ref, "ref");
    return action(ref.action())
        .flatMap(a -> a.milestones().stream().filter(x -> x.ref().equals(ref)).findFirst());
  }

  /**
   * Checks whether the plan holds an area, action or milestone with the given reference.
   *
   * @param ref the reference; not null
   * @return true if it exists in this plan
   */
  public boolean contains(Reference ref) {
    Objects.requireNonNull(ref, "ref");
    if (ref instanceof AreaRef areaRef) {
      return area(areaRef).isPresent();
    }
    if (ref instanceof ActionRef actionRef) {
      return action(actionRef).isPresent();
    }
    return milestone((MilestoneRef) ref).isPresent();
  }

  /** Builds an {@link ImprovementPlan}; obtained from {@link ImprovementPlan#builder()}. */
  public static final class Builder extends ImmutableImprovementPlan.Builder {
    Builder() {}
  }
}
