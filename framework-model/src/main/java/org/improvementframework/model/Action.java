package org.improvementframework.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A numbered action within an area ({@code 2.1}): a description, its milestones, the RAG rating
 * reported for it, the resolution written for its overdue milestones, the areas, actions or
 * milestones it depends on, and notes.
 *
 * <p>Invariants, checked when built: every milestone's reference starts with this action's, and
 * no two milestones share a reference.
 *
 * <p>Copies: every attribute has a {@code with} method returning a changed copy, checked like
 * a newly built one ({@code action.withReportedRag(Rag.GREEN)}); the value itself never changes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Action implements WithAction {

  /** Up to this many milestones, duplicates are found by comparing each with those before. */
  private static final int FEW_MILESTONES = 16;

  Action() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the action's reference.
   *
   * @return the reference; not null
   */
  public abstract ActionRef ref();

  /**
   * Gets what is to be done, as written.
   *
   * @return the description; not null, not blank
   */
  public abstract String description();

  /**
   * Gets the milestones, in the order written.
   *
   * @return the milestones; not null
   */
  public abstract List<Milestone> milestones();

  /**
   * Gets the RAG rating the plan reports for this action.
   *
   * @return the rating, or empty where none was written; not null
   */
  public abstract Optional<Rag> reportedRag();

  /**
   * Gets the resolution written for overdue milestones.
   *
   * @return the text, or empty; not null
   */
  public abstract Optional<String> resolution();

  /**
   * Gets the areas, actions or milestones this action depends on.
   *
   * @return the references, in the order written; not null
   */
  public abstract List<Reference> dependencies();

  /**
   * Gets notes: text that fits no field, kept by an importer, or a curator's record of a repair.
   *
   * @return the notes; not null
   */
  public abstract List<String> notes();

  @Value.Check
  void check() {
    Texts.nonBlank("action", ref(), "description", description());
    List<Milestone> milestones = milestones();
    // A few milestones are compared by number (References.numberAppearsBefore); long lists use
    // a set.
    Set<MilestoneRef> seen = milestones.size() > FEW_MILESTONES ? new HashSet<>() : null;
    for (int i = 0; i < milestones.size(); i++) {
      MilestoneRef m = milestones.get(i).ref();
      if (!m.action().equals(ref())) {
        throw new IllegalArgumentException(
            "milestone " + m + " belongs to action " + m.action() + ", not " + ref());
      }
      if (seen != null
          ? !seen.add(m)
          : References.numberAppearsBefore(milestones, i, x -> x.ref().number())) {
        throw new IllegalArgumentException("milestone " + m + " appears twice in action " + ref());
      }
    }
    if (resolution().isPresent()) {
      Texts.nonBlank("action", ref(), "resolution", resolution().get());
    }
    Texts.noBlankElements("action", ref(), "notes", notes());
  }

  /** Builds an {@link Action}; obtained from {@link Action#builder()}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
