package org.improvementframework.model;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * The status of a milestone: its {@link Progress} and the words that were written
 * ({@code "Meeting booked 30/3"}).
 *
 * <p>The words are always kept: reading {@code "Completed- ongoing monthly reviewing"} gives
 * {@link Progress#ONGOING} and keeps the text. A status that was not reported has progress
 * {@link Progress#NOT_REPORTED} and an empty text.
 *
 * <pre>{@code
 * Status s = Status.read("In progress");   // IN_PROGRESS, text "In progress"
 * s.progress().isDone();                    // false
 * Status.read("Meeting booked 30/3");      // IN_PROGRESS: a meeting is arranged
 * }</pre>
 *
 * <p>How the words are read, first match wins, on whole words in any case:
 * <ol>
 *   <li>nothing has begun or been fixed ({@code Not started}, {@code Not yet commenced},
 *       {@code TBC}, {@code To be confirmed}): {@link Progress#NOT_STARTED};</li>
 *   <li>work is going on or arranged, or something is still awaited ({@code In progress},
 *       {@code Review is underway}, {@code commenced}, {@code Reworked model in draft},
 *       {@code Draft strategy published for consultation}, {@code Being considered alongside CF
 *       upgrades}, {@code Meeting booked 30/3}, {@code scheduled}, {@code To be agreed at March
 *       Transformation Board}, {@code dependent on}, {@code not complete}):
 *       {@link Progress#IN_PROGRESS}. A decision that is due at a meeting or board counts as in
 *       progress, like a booked meeting: the work is arranged, not yet done. Because this rule
 *       comes before the words of completion, text that mixes several milestones' statuses
 *       ({@code Complete Appointment process underway}) reads as in progress, never as
 *       complete. So does a count of fewer parts than the whole, written {@code N of M} or
 *       {@code N out of M} with N less than M ({@code Cap in place in 3 of 5 teams}): the words
 *       of completion describe the parts done, and the milestone is done only when all are
 *       ({@code 5 of 5 teams in place} reads as complete). A slash ({@code 3/5}) is not read
 *       as a count, since councils write dates that way;</li>
 *   <li>done and continuing ({@code Completed- ongoing monthly reviewing}, {@code In place and
 *       monitored}, {@code Included and ongoing}): {@link Progress#ONGOING};</li>
 *   <li>done ({@code Complete}, {@code Completed}, {@code Agreed and complete}, {@code in place},
 *       {@code achieved}, {@code published}): {@link Progress#COMPLETE};</li>
 *   <li>continuing alone ({@code Ongoing}, {@code business as usual}):
 *       {@link Progress#ONGOING}.</li>
 * </ol>
 * Text that none of these rules recognises ({@code Nov 2015}, a RAG letter in the wrong column)
 * fails {@link #parse(CharSequence)} and reads as in progress with {@link #read(CharSequence)}.
 * Splitting a numbered list of statuses ({@code 1.Complete 2.In progress}) into one status per
 * milestone is the importer's job.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Status {

  /** Not started, written "Not started". */
  public static final Status NOT_STARTED = of(Progress.NOT_STARTED, "Not started");

  /** In progress, written "In progress". */
  public static final Status IN_PROGRESS = of(Progress.IN_PROGRESS, "In progress");

  /** Complete, written "Complete". */
  public static final Status COMPLETE = of(Progress.COMPLETE, "Complete");

  /** Ongoing, written "Ongoing". */
  public static final Status ONGOING = of(Progress.ONGOING, "Ongoing");

  /** Not reported: nothing was written. */
  public static final Status NOT_REPORTED = of(Progress.NOT_REPORTED, "");

  Status() {}

  /**
   * Obtains a status from its progress and the words written.
   *
   * @param progress the progress; not null
   * @param text the words as written; not null; empty only when not reported
   * @return the status; not null
   * @throws IllegalArgumentException if the text is blank but the progress is reported, or the
   *     text is not empty but the progress is {@link Progress#NOT_REPORTED}
   */
  public static Status of(Progress progress, String text) {
    return ImmutableStatus.of(progress, text);
  }

  /**
   * Obtains a status by reading the words as written, strictly.
   *
   * @param text the words; not null
   * @return the status, keeping the words; not null
   * @throws IllegalArgumentException if the words say nothing recognisable about progress
   */
  public static Status parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return StatusReader.parse(text.toString());
  }

  /**
   * Obtains a status by reading the words as written, leniently: blank text is
   * {@link Progress#NOT_REPORTED}, and words that say nothing recognisable about progress are
   * read as {@link Progress#IN_PROGRESS}, since someone reported activity.
   * Use {@link #parse(CharSequence)} to find out whether the words were recognised.
   *
   * @param text the words; not null
   * @return the status, keeping the words; not null
   */
  public static Status read(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return StatusReader.read(text.toString());
  }

  /**
   * Gets how far the milestone has got.
   *
   * @return the progress; not null
   */
  @Value.Parameter
  public abstract Progress progress();

  /**
   * Gets the words that were written, exactly.
   *
   * @return the text; not null, empty when not reported
   */
  @Value.Parameter
  public abstract String text();

  @Value.Check
  void check() {
    boolean blank = text().isBlank();
    if (progress() == Progress.NOT_REPORTED && !text().isEmpty()) {
      throw new IllegalArgumentException(
          "status text must be empty when progress is NOT_REPORTED, but was '" + text() + "'");
    }
    if (progress() != Progress.NOT_REPORTED && blank) {
      throw new IllegalArgumentException(
          "status text must not be blank when progress is " + progress());
    }
  }

  /**
   * Gets the words as written, or {@code (not reported)}.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return text().isEmpty() ? "(not reported)" : text();
  }
}
