package org.improvementframework.model;

import org.immutables.value.Value;

/**
 * A numbered step of an action ({@code 2.1.3}): a description, a target and a status.
 *
 * <pre>{@code
 * Milestone m = Milestone.builder()
 *     .ref(MilestoneRef.parse("10.1.2"))
 *     .description("Revised monitoring arrangements available")
 *     .target(Target.parse("Jun-15"))
 *     .status(Status.IN_PROGRESS)
 *     .build();
 * }</pre>
 *
 * <p>Copies: every attribute has a {@code with} method returning a changed copy, checked like
 * a newly built one ({@code milestone.withStatus(Status.COMPLETE)}); the value itself never
 * changes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Milestone implements WithMilestone {

  Milestone() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the milestone's reference.
   *
   * @return the reference; not null
   */
  public abstract MilestoneRef ref();

  /**
   * Gets what is to be done, as written.
   *
   * @return the description; not null, not blank
   */
  public abstract String description();

  /**
   * Gets when it is due; {@link Target#none()} where nothing was written.
   *
   * @return the target; not null
   */
  @Value.Default
  public Target target() {
    return Target.none();
  }

  /**
   * Gets how far it has got; {@link Status#NOT_REPORTED} where nothing was written.
   *
   * @return the status; not null
   */
  @Value.Default
  public Status status() {
    return Status.NOT_REPORTED;
  }

  @Value.Check
  void check() {
    Texts.nonBlank("milestone", ref(), "description", description());
  }

  /** Builds a {@link Milestone}; obtained from {@link Milestone#builder()}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
