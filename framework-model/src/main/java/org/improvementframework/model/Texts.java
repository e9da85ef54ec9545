package org.improvementframework.model;

import java.util.Collection;

/** Argument checks shared by the value types, with messages that name the field. */
final class Texts {

  private Texts() {}

  static String nonBlank(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field);
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, but was '" + value + "'");
    }
    return value;
  }

  /**
   * As {@link #nonBlank(String, String)} for the field {@code kind ref field} of a part of a plan,
   * such as {@code milestone 2.1.3 description}; the name is only put together for the message,
   * because checks run on every part of a plan read, and most values are fine.
   */
  static String nonBlank(String kind, Object ref, String field, String value) {
    if (value != null && !value.isBlank()) {
      return value;
    }
    return nonBlank(kind + " " + ref + " " + field, value);
  }

  /** As {@link #noBlankElements(String, Collection)}, naming the field only for the message. */
  static void noBlankElements(String kind, Object ref, String field, Collection<String> values) {
    for (String value : values) {
      if (value.isBlank()) {
        noBlankElements(kind + " " + ref + " " + field, values);
        return;
      }
    }
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
