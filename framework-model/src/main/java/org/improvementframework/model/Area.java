package org.improvementframework.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An area for improvement: a number, a title, its leads, objectives, outcomes, the measures it
 * is "measured by", its actions, and notes.
 *
 * <p>An area usually has one lead; it may have several ({@code Anne Osborne/Joy Howick}) or
 * none, where the plan names none.
 *
 * <p>Invariants, checked when built: the title is not blank, every action's reference starts
 * with this area's number, and no two actions share a reference.
 *
 * <p>Copies: every attribute has a {@code with} method returning a changed copy, checked like
 * a newly built one ({@code area.withTitle("Reasonable workloads")}); the value itself never
 * changes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Area implements WithArea {

  /** Up to this many actions, duplicates are found by comparing each with those before. */
  private static final int FEW_ACTIONS = 16;

  Area() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the area's reference, its number.
   *
   * @return the reference; not null
   */
  public abstract AreaRef ref();

  /**
   * Gets the area's title.
   *
   * @return the title; not null, not blank
   */
  public abstract String title();

  /**
   * Gets the people who lead the area, usually one.
   *
   * @return the leads' names; not null, possibly empty
   */
  public abstract List<String> leads();

  /**
   * Gets the objectives, each as written.
   *
   * @return the objectives; not null
   */
  public abstract List<String> objectives();

  /**
   * Gets the outcomes, each as written.
   *
   * @return the outcomes; not null
   */
  public abstract List<String> outcomes();

  /**
   * Gets the measures of success ("measured by").
   *
   * @return the measures; not null
   */
  public abstract List<Measure> measures();

  /**
   * Gets the actions, in the order written.
   *
   * @return the actions; not null
   */
  public abstract List<Action> actions();

  /**
   * Gets notes: text that fits no field, kept by an importer, or a curator's record of a repair.
   *
   * @return the notes; not null
   */
  public abstract List<String> notes();

  /**
   * Gets the area's number.
   *
   * @return the number, 1 or more
   */
  public int number() {
    return ref().number();
  }

  @Value.Check
  void check() {
    Texts.nonBlank("area", ref(), "title", title());
    Texts.noBlankElements("area", ref(), "leads", leads());
    Texts.noBlankElements("area", ref(), "objectives", objectives());
    Texts.noBlankElements("area", ref(), "outcomes", outcomes());
    Texts.noBlankElements("area", ref(), "notes", notes());
    List<Action> actions = actions();
    // A few actions are compared by number (References.numberAppearsBefore); long lists use a set.
    Set<ActionRef> seen = actions.size() > FEW_ACTIONS ? new HashSet<>() : null;
    for (int i = 0; i < actions.size(); i++) {
      ActionRef a = actions.get(i).ref();
      if (!a.area().equals(ref())) {
        throw new IllegalArgumentException(
            "action " + a + " belongs to area " + a.area() + ", not " + ref());
      }
      if (seen != null
          ? !seen.add(a)
          : References.numberAppearsBefore(actions, i, x -> x.ref().number())) {
        throw new IllegalArgumentException("action " + a + " appears twice in area " + ref());
      }
    }
  }

  /** Builds an {@link Area}; obtained from {@link Area#builder()}. */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {}
  }
}
