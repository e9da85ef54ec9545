package org.improvementframework.testing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The size and the dates of the plans {@link PlanGenerators#plans(PlanShape)} generates: how
 * many areas, actions per area and milestones per action, and the window in which the plan's
 * "as at" date falls.
 *
 * <pre>{@code
 * PlanShape small = PlanShape.builder().areas(1, 3).actionsPerArea(1, 2).build();
 * PlanShape big = PlanShape.exactly(100, 50, 20);   // 100,000 milestones
 * }</pre>
 *
 * <p>Every range shrinks towards its lower bound. A generator draws every slot up to the
 * maximum, used or not, so that a shrinking engine can drop any one area, action or milestone;
 * so the time to generate a plan follows the maximum sizes, not the mean (the mean is the middle
 * of each range). Where minimum and maximum are equal, nothing is wasted. A lower bound of 0
 * milestones per action allows actions without milestones, which is valid for the model but
 * breaks the plan rule
 * {@link PlanRuleBreak#ACTION_WITHOUT_MILESTONES}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanShape {

  private static final PlanShape DEFAULTS = builder().build();

  private final int minAreas;
  private final int maxAreas;
  private final int minActionsPerArea;
  private final int maxActionsPerArea;
  private final int minMilestonesPerAction;
  private final int maxMilestonesPerAction;
  private final LocalDate earliestAsAt;
  private final LocalDate latestAsAt;

  private PlanShape(Builder b) {
    this.minAreas = b.minAreas;
    this.maxAreas = b.maxAreas;
    this.minActionsPerArea = b.minActionsPerArea;
    this.maxActionsPerArea = b.maxActionsPerArea;
    this.minMilestonesPerAction = b.minMilestonesPerAction;
    this.maxMilestonesPerAction = b.maxMilestonesPerAction;
    this.earliestAsAt = b.earliestAsAt;
    this.latestAsAt = b.latestAsAt;
  }

  /**
   * Obtains the default shape: 1 to 5 areas, 1 to 4 actions per area, 1 to 4 milestones per
   * action, reported ("as at") between 1 April 2013 and 31 March 2020. Small enough for fast
   * property tests and quick shrinking; councils' plans are larger (the 2015 example has 17
   * areas), for which set the sizes.
   *
   * @return the default shape; not null
   */
  public static PlanShape defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a shape of exact sizes, with the default as-at window; for benchmarks, where the
   * number of milestones must be known: {@code areas * actionsPerArea * milestonesPerAction}.
   *
   * @param areas the number of areas, 0 or more
   * @param actionsPerArea the number of actions in each area, 0 or more
   * @param milestonesPerAction the number of milestones in each action, 0 or more
   * @return the shape; not null
   * @throws IllegalArgumentException if a number is negative
   */
  public static PlanShape exactly(int areas, int actionsPerArea, int milestonesPerAction) {
    return builder()
        .areas(areas, areas)
        .actionsPerArea(actionsPerArea, actionsPerArea)
        .milestonesPerAction(milestonesPerAction, milestonesPerAction)
        .build();
  }

  /**
   * Obtains a builder starting from the default shape.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a builder starting from this shape.
   *
   * @return a new builder; not null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minAreas = minAreas;
    b.maxAreas = maxAreas;
    b.minActionsPerArea = minActionsPerArea;
    b.maxActionsPerArea = maxActionsPerArea;
    b.minMilestonesPerAction = minMilestonesPerAction;
    b.maxMilestonesPerAction = maxMilestonesPerAction;
    b.earliestAsAt = earliestAsAt;
    b.latestAsAt = latestAsAt;
    return b;
  }

  /**
   * Gets the fewest areas a plan has.
   *
   * @return the number, 0 or more
   */
  public int minAreas() {
    return minAreas;
  }

  /**
   * Gets the most areas a plan has.
   *
   * @return the number, not less than {@link #minAreas()}
   */
  public int maxAreas() {
    return maxAreas;
  }

  /**
   * Gets the fewest actions an area has.
   *
   * @return the number, 0 or more
   */
  public int minActionsPerArea() {
    return minActionsPerArea;
  }

  /**
   * Gets the most actions an area has.
   *
   * @return the number, not less than {@link #minActionsPerArea()}
   */
  public int maxActionsPerArea() {
    return maxActionsPerArea;
  }

  /**
   * Gets the fewest milestones an action has.
   *
   * @return the number, 0 or more
   */
  public int minMilestonesPerAction() {
    return minMilestonesPerAction;
  }

  /**
   * Gets the most milestones an action has.
   *
   * @return the number, not less than {@link #minMilestonesPerAction()}
   */
  public int maxMilestonesPerAction() {
    return maxMilestonesPerAction;
  }

  /**
   * Gets the earliest "as at" date of a plan.
   *
   * @return the date; not null
   */
  public LocalDate earliestAsAt() {
    return earliestAsAt;
  }

  /**
   * Gets the latest "as at" date of a plan.
   *
   * @return the date, not before {@link #earliestAsAt()}; not null
   */
  public LocalDate latestAsAt() {
    return latestAsAt;
  }

  /**
   * Gets the most milestones a plan of this shape can have.
   *
   * @return the product of the three maximum sizes
   */
  public long maxMilestones() {
    return (long) maxAreas * maxActionsPerArea * maxMilestonesPerAction;
  }

  /**
   * Checks whether another object is a shape with the same ranges and window.
   *
   * @param other the other object; may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PlanShape o)) {
      return false;
    }
    return minAreas == o.minAreas
        && maxAreas == o.maxAreas
        && minActionsPerArea == o.minActionsPerArea
        && maxActionsPerArea == o.maxActionsPerArea
        && minMilestonesPerAction == o.minMilestonesPerAction
        && maxMilestonesPerAction == o.maxMilestonesPerAction
        && earliestAsAt.equals(o.earliestAsAt)
        && latestAsAt.equals(o.latestAsAt);
  }

  /**
   * Gets a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        minAreas,
        maxAreas,
        minActionsPerArea,
        maxActionsPerArea,
        minMilestonesPerAction,
        maxMilestonesPerAction,
        earliestAsAt,
        latestAsAt);
  }

  /**
   * Describes the shape, such as {@code PlanShape{areas 1-5, actions 1-4, milestones 1-4, as at
   * 2013-04-01/2020-03-31}}.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "PlanShape{areas "
        + minAreas
        + "-"
        + maxAreas
        + ", actions "
        + minActionsPerArea
        + "-"
        + maxActionsPerArea
        + ", milestones "
        + minMilestonesPerAction
        + "-"
        + maxMilestonesPerAction
        + ", as at "
        + earliestAsAt
        + "/"
        + latestAsAt
        + "}";
  }

  /** Builds a {@link PlanShape}; obtained from {@link PlanShape#builder()}. */
  public static final class Builder {

    private int minAreas = 1;
    private int maxAreas = 5;
    private int minActionsPerArea = 1;
    private int maxActionsPerArea = 4;
    private int minMilestonesPerAction = 1;
    private int maxMilestonesPerAction = 4;
    private LocalDate earliestAsAt = LocalDate.of(2013, 4, 1);
    private LocalDate latestAsAt = LocalDate.of(2020, 3, 31);

    private Builder() {}

    /**
     * Sets how many areas a plan has.
     *
     * @param min the fewest, 0 or more
     * @param max the most, not less than {@code min}
     * @return this builder; not null
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} less than it
     */
    public Builder areas(int min, int max) {
      check("areas", min, max);
      minAreas = min;
      maxAreas = max;
      return this;
    }

    /**
     * Sets how many actions each area has.
     *
     * @param min the fewest, 0 or more
     * @param max the most, not less than {@code min}
     * @return this builder; not null
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} less than it
     */
    public Builder actionsPerArea(int min, int max) {
      check("actions per area", min, max);
      minActionsPerArea = min;
      maxActionsPerArea = max;
      return this;
    }

    /**
     * Sets how many milestones each action has.
     *
     * @param min the fewest, 0 or more
     * @param max the most, not less than {@code min}
     * @return this builder; not null
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} less than it
     */
    public Builder milestonesPerAction(int min, int max) {
      check("milestones per action", min, max);
      minMilestonesPerAction = min;
      maxMilestonesPerAction = max;
      return this;
    }

    /**
     * Sets the window in which a plan's "as at" date falls; the dates of its targets, statuses
     * and indicators follow from it.
     *
     * @param earliest the earliest date; not null
     * @param latest the latest date, not before {@code earliest}; not null
     * @return this builder; not null
     * @throws IllegalArgumentException if {@code latest} is before {@code earliest}, or either
     *     lies outside the years 1900 to 9000
     */
    public Builder asAtBetween(LocalDate earliest, LocalDate latest) {
      Objects.requireNonNull(earliest, "earliest");
      Objects.requireNonNull(latest, "latest");
      if (latest.isBefore(earliest)) {
        throw new IllegalArgumentException(
            "as-at window must not end before it starts, but was " + earliest + " to " + latest);
      }
      // Plans span a few years around the as-at date; keep those years four-digit and positive.
      if (earliest.getYear() < 1900 || latest.getYear() > 9000) {
        throw new IllegalArgumentException(
            "as-at window must lie within the years 1900 to 9000,"
                + " but was "
                + earliest
                + " to "
                + latest);
      }
      earliestAsAt = earliest;
      latestAsAt = latest;
      return this;
    }

    /**
     * Builds the shape.
     *
     * @return the shape; not null
     */
    public PlanShape build() {
      return new PlanShape(this);
    }

    private static void check(String what, int min, int max) {
      if (min < 0) {
        throw new IllegalArgumentException(
            "number of " + what + " must not be negative, but the minimum was " + min);
      }
      if (max < min) {
        throw new IllegalArgumentException(
            "number of " + what + " must have max >= min, but was min " + min + ", max " + max);
      }
    }
  }
}
