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
