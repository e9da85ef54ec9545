package org.improvementframework.model;

import java.util.Locale;
import java.util.Optional;

/** Reads the progress from the words councils write in a status cell. */
final class StatusReader {

  private StatusReader() {}

  static Status parse(String text) {
    if (text.isBlank()) {
      return Status.NOT_REPORTED;
    }
    return progress(text)
        .map(p -> Status.of(p, text))
        .orElseThrow(() -> new IllegalArgumentException("cannot read status '" + text
            + "': expected words such as Complete, In progress, Not started or Ongoing"));
  }

  static Status read(String text) {
    if (text.isBlank()) {
      return Status.NOT_REPORTED;
    }
    return Status.of(progress(text).orElse(Progress.IN_PROGRESS), text);
  }

  static Optional<Progress> progress(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    boolean complete = s.contains("complete");
    boolean ongoing = s.contains("ongoing") || s.contains("on-going");
    if (s.contains("not started") || s.contains("not yet started")) {
      return Optional.of(Progress.NOT_STARTED);
    }
    if (complete && ongoing) {
      return Optional.of(Progress.ONGOING);
    }
    if (s.contains("in progress") || s.contains("inprogress") || s.contains("underway")
        || s.contains("under way")) {
      return Optional.of(Progress.IN_PROGRESS);
    }
    if (complete) {
      return Optional.of(Progress.COMPLETE);
    }
    if (ongoing) {
      return Optional.of(Progress.ONGOING);
    }
    return Optional.empty();
  }
}
