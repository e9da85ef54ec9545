package org.improvementframework.model;

import java.util.Collection;
import java.util.Objects;

/** Argument checks shared by the value types, with messages that name the field. */
final class Texts {

  private Texts() {}

  /**
   * Checks a text of an owner named by kind and reference ("milestone 2.1.3 description"); the
   * name is built only when the check fails, since plans of a million milestones pass here.
   */
  static String nonBlank(String kind, Object ref, String field, String value) {
    if (value == null || value.isBlank()) {
      return nonBlank(kind + " " + ref + " " + field, value);
    }
    return value;
  }

  /** Checks the elements of a list of an owner named by kind and reference, as above. */
  static void noBlankElements(String kind, Object ref, String field, Collection<String> values) {
    for (String value : values) {
      if (value.isBlank()) {
        noBlankElements(kind + " " + ref + " " + field, values);
      }
    }
  }

  static String nonBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, but was '" + value + "'");
    }
    return value;
  }

  static void noBlankElements(String field, Collection<String> values) {
    int i = 0;
    for (String value : values) {
      if (value.isBlank()) {
        throw new IllegalArgumentException(
            field + "[" + i + "] must not be blank, but was '" + value + "'");
      }
      i++;
    }
  }
}
