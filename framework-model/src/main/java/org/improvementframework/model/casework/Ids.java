package org.improvementframework.model.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Checks shared by the records; none of its messages quotes an id or a date of birth. */
final class Ids {

  private Ids() {}

  static String require(String id, String name) {
    Objects.requireNonNull(id, name);
    if (id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return id;
  }

  static void notBefore(
      Optional<LocalDate> later, String laterName, LocalDate earlier, String earlierName) {
    Objects.requireNonNull(later, laterName);
    if (later.isPresent() && later.get().isBefore(earlier)) {
      throw new DateOrderException(laterName, earlierName);
    }
  }
}
