package org.improvementframework.model;

import org.immutables.value.Value;

/**
 * A reference found in free text by {@link ReferenceFinder}: the reference, where its number was
 * written ({@link #start()} inclusive to {@link #end()} exclusive), that number as written, and
 * the kind of words that introduced it.
 *
 * <p>The span covers the number only ({@code 15} in {@code improvement area 15 & 16}), so that
 * {@code text.subSequence(found.start(), found.end())} equals {@link #text()}, and two references
 * of one phrase never share a span.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FoundReference {

  /** The kind of words that introduced a found reference. */
  public enum Cue {
    /**
     * A word naming an area: {@code Improvement 3}, {@code improvement area 15},
     * {@code area for improvement 2}, {@code Area 3}.
     */
    AREA,
    /** The word action: {@code Action 2.1}. */
    ACTION,
    /** The word milestone: {@code Milestone 2.1.3}. */
    MILESTONE,
    /** A section mark: {@code s 3}, {@code s3}, {@code section 3}. */
    SECTION,
    /**
     * Words that point elsewhere, followed by a number: {@code As per 10.1}, {@code see 2 above},
     * {@code Dependency: 3}, {@code linked to 4.2}.
     */
    POINTER,
    /** A dotted number alone in brackets: {@code (2.1)}. */
    BRACKETS
  }

  FoundReference() {}

  /**
   * Obtains a found reference.
   *
   * @param reference the reference; not null
   * @param start the index of the first character of the number as written, 0 or more
   * @param text the number as written; not null, not blank
   * @param cue the kind of words that introduced it; not null
   * @return the found reference; not null
   * @throws IllegalArgumentException if {@code start} is negative or the text is blank
   */
  public static FoundReference of(Reference reference, int start, String text, Cue cue) {
    return ImmutableFoundReference.builder()
        .reference(reference)
        .start(start)
        .text(text)
        .cue(cue)
        .build();
  }

  /**
   * Gets the reference found.
   *
   * @return the reference; not null
   */
  public abstract Reference reference();

  /**
   * Gets the index of the first character of the number as written.
   *
   * @return the index, 0 or more
   */
  public abstract int start();

  /**
   * Gets the number as written, such as {@code 10.1}.
   *
   * @return the text; not null, not blank
   */
  public abstract String text();

  /**
   * Gets the kind of words that introduced the reference.
   *
   * @return the cue; not null
   */
  public abstract Cue cue();

  /**
   * Gets the index just after the last character of the number as written.
   *
   * @return {@code start() + text().length()}
   */
  public int end() {
    return start() + text().length();
  }

  @Value.Check
  void check() {
    if (start() < 0) {
      throw new IllegalArgumentException(
          "found reference start must not be negative, but was " + start());
    }
    Texts.nonBlank("found reference text", text());
  }
}
