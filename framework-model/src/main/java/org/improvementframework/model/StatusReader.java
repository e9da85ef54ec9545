package org.improvementframework.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the progress from the words councils write in a status cell, by the rules described on
 * {@link Status}.
 */
final class StatusReader {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern NOT_STARTED =
      Pattern.compile(
          "\\b(?:"
              + "not\\s+(?:yet\\s+)?(?:started|begun|commenced)"
              + "|yet\\s+to\\s+(?:start|begin|commence)"
              + "|tbc|tba|to\\s+be\\s+confirmed|to\\s+be\\s+decided)\\b",
          FLAGS);

  private static final Pattern IN_PROGRESS =
      Pattern.compile(
          "\\b(?:in\\s*progress|progressing|under\\s*way|started|commenced|begun|in\\s+hand"
              + "|in\\s+draft|drafts?|drafted|drafting|in\\s+development|developing|being"
              + "|meetings?|booked|scheduled|arranged|planned|planning"
              + "|to\\s+be\\s+(?:agreed|set|held)"
              + "|dependent\\s+on|depends\\s+on|awaiting|pending|delayed|partially|partly"
              + "|not\\s+(?:yet\\s+)?(?:complete|completed|finished|done)|incomplete)\\b",
          FLAGS);

  private static final Pattern DONE =
      Pattern.compile(
          "\\b(?:"
              + "complete|completed|done|finished|achieved|in\\s+place|agreed|included|implemented"
              + "|delivered|published|signed\\s+off|closed)\\b",
          FLAGS);

  private static final Pattern CONTINUING =
      Pattern.compile(
          "\\b(?:"
              + "on\\s*-?\\s*going|continuing|continues|continuous|monitored|monitoring"
              + "|business\\s+as\\s+usual|bau)\\b",
          FLAGS);

  /**
   * A count of parts done out of a whole ({@code 3 of 5 teams}, {@code 2 out of 4}). Written as
   * words of a sentence, not as a fraction with a slash, which councils use for dates.
   */
  private static final Pattern COUNT =
      Pattern.compile("\\b(\\d{1,9})\\s+(?:out\\s+)?of\\s+(\\d{1,9})\\b", FLAGS);

  private StatusReader() {}

  static Status parse(String text) {
    if (text.isBlank()) {
      return Status.NOT_REPORTED;
    }
    return progress(text)
        .map(p -> Status.of(p, text))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot read status '"
                        + text
                        + "': expected words such as Complete, In progress, Not started or"
                        + " Ongoing"));
  }

  static Status read(String text) {
    if (text.isBlank()) {
      return Status.NOT_REPORTED;
    }
    return Status.of(progress(text).orElse(Progress.IN_PROGRESS), text);
  }

  static Optional<Progress> progress(String text) {
    if (NOT_STARTED.matcher(text).find()) {
      return Optional.of(Progress.NOT_STARTED);
    }
    if (IN_PROGRESS.matcher(text).find() || partialCount(text)) {
      return Optional.of(Progress.IN_PROGRESS);
    }
    boolean done = DONE.matcher(text).find();
    boolean continuing = CONTINUING.matcher(text).find();
    if (done) {
      return Optional.of(continuing ? Progress.ONGOING : Progress.COMPLETE);
    }
    return continuing ? Optional.of(Progress.ONGOING) : Optional.empty();
  }

  /**
   * Whether the text counts fewer parts than the whole ({@code in place in 3 of 5 teams}): words
   * of completion beside such a count describe the parts done, not the milestone.
   */
  private static boolean partialCount(String text) {
    Matcher count = COUNT.matcher(text);
    while (count.find()) {
      if (Long.parseLong(count.group(1)) < Long.parseLong(count.group(2))) {
        return true;
      }
    }
    return false;
  }
}
